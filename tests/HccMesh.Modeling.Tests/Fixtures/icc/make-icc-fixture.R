# Generates synthetic repeat-segmentation data sets and psych::ICC reference results.
# Run from this folder:  Rscript make-icc-fixture.R
library(psych)
library(jsonlite)
# jsonlite prints at most 15 significant digits; emit numbers verbatim with 17 instead.
num <- function(v) structure(sprintf("%.17g", v), class = "json")
set.seed(20261203)

n <- 30
truth <- rnorm(n, mean = 100, sd = 15)
sets <- list(
  # two readers, strong agreement, reader 2 biased by +3
  two_readers_strong = cbind(r1 = truth + rnorm(n, 0, 3), r2 = truth + 3 + rnorm(n, 0, 3)),
  # one reader twice, weak agreement
  one_reader_twice_weak = cbind(t1 = truth + rnorm(n, 0, 20), t2 = truth + rnorm(n, 0, 20)),
  # three readers, moderate agreement, reader effects
  three_readers_moderate = cbind(a = truth + rnorm(n, 0, 10), b = truth + 5 + rnorm(n, 0, 10),
                                 c = truth - 4 + rnorm(n, 0, 10))
)

out <- list(r_version = R.version.string, psych_version = as.character(packageVersion("psych")),
            alpha = 0.05, sets = list())
for (name in names(sets)) {
  x <- sets[[name]]
  write.csv(x, paste0(name, ".csv"), row.names = FALSE)
  # read back the CSV as written so the C# test sees exactly the same doubles
  x <- as.matrix(read.csv(paste0(name, ".csv")))
  # lmer = FALSE: ANOVA mean squares (closed form). The default lmer = TRUE rebuilds them from
  # lme4 REML variance components, which agree only to optimizer tolerance (~1e-7 relative).
  r <- ICC(x, lmer = FALSE)$results
  rows <- lapply(seq_len(nrow(r)), function(i) list(
    type = r$type[i], icc = num(r$ICC[i]), f = num(r$F[i]), df1 = num(r$df1[i]), df2 = num(r$df2[i]),
    p = num(r$p[i]), lower = num(r[["lower bound"]][i]), upper = num(r[["upper bound"]][i])))
  out$sets[[name]] <- list(csv = paste0(name, ".csv"), subjects = nrow(x), raters = ncol(x), results = rows)
}
writeLines(toJSON(out, auto_unbox = TRUE, json_verbatim = TRUE, pretty = TRUE), "icc-expected.json")
