# Binned calibration curves (quantile groups as in the Hosmer-Lemeshow test, observed rate with an exact
# Clopper-Pearson or a Wilson interval) for the C# CalibrationCurve.Binned. Run from this folder:
#   Rscript make-calibration-curve-fixture.R
# stats-tiny is read where it lies (HCCMESH_TESTDATA, default ../shared/testdata beside the repository); none of it is copied here.
library(jsonlite)
num <- function(v) structure(paste0("[", paste(sprintf("%.17g", v), collapse = ","), "]"), class = "json")
ints <- function(v) structure(paste0("[", paste(sprintf("%d", as.integer(v)), collapse = ","), "]"), class = "json")

testdata <- Sys.getenv("HCCMESH_TESTDATA", file.path("..", "..", "..", "..", "..", "shared", "testdata"))
tiny <- read.csv(file.path(testdata, "stats-tiny", "tiny.csv"), check.names = FALSE)
tiny_expected <- fromJSON(file.path(testdata, "stats-tiny", "expected.json"))
stopifnot(unname(tools::md5sum(file.path(testdata, "stats-tiny", "tiny.csv"))) == tiny_expected$meta$input_md5)

# Groups as hoslem.test forms them (stats-tiny README): distinct type-7 quantiles at seq(0, 1, 1/g),
# right-closed bins, the first one including its lower end. Empty bins are dropped (the C# omits them too).
# A constant p gives a single break, which cut() cannot use; the C# then returns one bin holding everything.
bins_of <- function(p, y, g, interval, conf.level) {
  breaks <- unique(quantile(p, probs = seq(0, 1, 1 / g), type = 7, names = FALSE))
  group <- if (length(breaks) > 1) cut(p, breaks = breaks, right = TRUE, include.lowest = TRUE, labels = FALSE) else rep(1L, length(p))
  rows <- list()
  for (b in sort(unique(group))) {
    pb <- p[group == b]; yb <- y[group == b]
    n <- length(pb); x <- sum(yb)
    ci <- if (interval == "ClopperPearson") binom.test(x, n, conf.level = conf.level)$conf.int
          else suppressWarnings(prop.test(x, n, correct = FALSE, conf.level = conf.level))$conf.int # small-n chi-square warning only
    rows[[length(rows) + 1]] <- c(n, x, mean(pb), x / n, ci[1], ci[2], min(pb), max(pb))
  }
  m <- do.call(rbind, rows)
  list(breaks = num(breaks), count = ints(m[, 1]), events = ints(m[, 2]), mean_predicted = num(m[, 3]),
       observed_rate = num(m[, 4]), lower = num(m[, 5]), upper = num(m[, 6]),
       predicted_min = num(m[, 7]), predicted_max = num(m[, 8]))
}

# Synthetic 200-patient validation set: a miscalibrated model (true logit = 0.3 + 0.7 * model logit).
set.seed(20261203)
lp <- rnorm(200, -0.8, 1.4)
synthetic <- data.frame(p = plogis(lp), y = rbinom(200, 1, plogis(0.3 + 0.7 * lp)))
write.table(data.frame(p = sprintf("%.17g", synthetic$p), y = synthetic$y), "synthetic-200.csv",
            sep = ",", quote = FALSE, row.names = FALSE)
synthetic <- read.csv("synthetic-200.csv") # read back: the C# test parses exactly these doubles

inputs <- list(
  tiny_p_ext = list(p = tiny$p_ext, y = tiny$ehm, source = "stats-tiny tiny.csv p_ext / ehm"),
  tiny_p_combined = list(p = tiny_expected$predictions$p_combined, y = tiny$ehm,
                         source = "stats-tiny expected.json predictions.p_combined / tiny.csv ehm"),
  synthetic_200 = list(p = synthetic$p, y = synthetic$y, source = "synthetic-200.csv"),
  # bins of size 1 (g = 4 on 5 distinct values), with 0 and with all events
  five_patients = list(p = c(0.1, 0.2, 0.3, 0.4, 0.5), y = c(0, 1, 0, 1, 1), source = "inline"),
  # type-7 breaks between widely spaced values leave empty bins: (0, 0.003] holds no patient
  sparse_with_empty_bins = list(p = c(0, 0.01, 0.02, 1), y = c(0, 0, 1, 1), source = "inline"),
  # all events / no events overall
  all_events = list(p = c(0.2, 0.4, 0.6, 0.8, 0.9, 0.95), y = rep(1, 6), source = "inline"),
  no_events = list(p = c(0.01, 0.02, 0.03, 0.05, 0.08, 0.13), y = rep(0, 6), source = "inline"),
  constant_p = list(p = rep(0.3, 7), y = c(0, 1, 0, 0, 1, 0, 0), source = "inline")
)
runs <- list(
  list("tiny_p_ext", 10, "ClopperPearson", 0.95), list("tiny_p_ext", 10, "Wilson", 0.95),
  list("tiny_p_ext", 5, "ClopperPearson", 0.95), list("tiny_p_ext", 5, "Wilson", 0.90),
  list("tiny_p_combined", 10, "ClopperPearson", 0.95), list("tiny_p_combined", 10, "Wilson", 0.95),
  list("synthetic_200", 10, "ClopperPearson", 0.95), list("synthetic_200", 10, "Wilson", 0.95),
  list("synthetic_200", 20, "ClopperPearson", 0.90), list("synthetic_200", 2, "ClopperPearson", 0.99),
  list("five_patients", 4, "ClopperPearson", 0.95), list("five_patients", 4, "Wilson", 0.95),
  list("sparse_with_empty_bins", 10, "ClopperPearson", 0.95), list("sparse_with_empty_bins", 10, "Wilson", 0.95),
  list("all_events", 3, "ClopperPearson", 0.95), list("all_events", 3, "Wilson", 0.95),
  list("no_events", 3, "ClopperPearson", 0.95), list("no_events", 3, "Wilson", 0.95),
  list("constant_p", 10, "ClopperPearson", 0.95), list("constant_p", 10, "Wilson", 0.95))

cases <- lapply(runs, function(r) {
  input <- inputs[[r[[1]]]]
  c(list(input = r[[1]], groups = r[[2]], interval = r[[3]], conf_level = r[[4]]),
    bins_of(input$p, input$y, r[[2]], r[[3]], r[[4]]))
})
# Both intervals on a grid of (x, n) beyond the bins above, including large groups.
grid <- list()
for (level in c(0.95, 0.90, 0.99)) for (n in c(1, 2, 3, 5, 10, 28, 37, 57, 100, 200, 1000, 5000)) {
  for (x in unique(round(seq(0, n, length.out = 12)))) {
    cp <- binom.test(x, n, conf.level = level)$conf.int
    w <- suppressWarnings(prop.test(x, n, correct = FALSE, conf.level = level))$conf.int
    grid[[length(grid) + 1]] <- c(level, n, x, cp[1], cp[2], w[1], w[2])
  }
}
grid <- do.call(rbind, grid)
interval_grid <- list(conf_level = num(grid[, 1]), n = ints(grid[, 2]), x = ints(grid[, 3]),
                      clopper_pearson_lower = num(grid[, 4]), clopper_pearson_upper = num(grid[, 5]),
                      wilson_lower = num(grid[, 6]), wilson_upper = num(grid[, 7]))

inline <- lapply(Filter(function(i) i$source == "inline", inputs), function(i) list(p = num(i$p), y = ints(i$y)))
out <- list(r_version = R.version.string,
            sources = lapply(inputs, function(i) i$source), inline_inputs = inline, cases = cases,
            interval_grid = interval_grid)
writeLines(toJSON(out, auto_unbox = TRUE, json_verbatim = TRUE, pretty = TRUE), "calibration-curve-expected.json")
