# Reference streams of R's default RNG (Mersenne-Twister, sample.kind "Rejection") for the C# port in
# shared/HccMesh.Modeling/Statistics/Sampling. Run from this folder:  Rscript make-r-sampling-fixture.R
library(jsonlite)
RNGkind("Mersenne-Twister", "Inversion", "Rejection") # R's defaults since 3.6.0, stated explicitly
stopifnot(identical(RNGkind(), c("Mersenne-Twister", "Inversion", "Rejection")))
# jsonlite prints at most 15 significant digits; emit doubles verbatim with 17 instead.
num <- function(v) structure(paste0("[", paste(sprintf("%.17g", v), collapse = ","), "]"), class = "json")
ints <- function(v) structure(paste0("[", paste(sprintf("%d", as.integer(v)), collapse = ","), "]"), class = "json")
# The fold ids cv.glmnet (glmnet 4.x, R/cv.glmnet.R) draws when foldid is not given; glmnet itself is not needed.
cv_glmnet_folds <- function(nfolds, N) sample(rep(seq(nfolds), length = N))
# Two exact order-sensitive checksums (all sums < 2^53) for vectors too long to store in full.
checksums <- function(v) {
  i <- seq_along(v)
  c(sum(as.double(i) * v), sum(((as.double(i) * 7919) %% 100003) * v))
}

seeds <- c(1L, 42L, 2025L, 123456789L, -7L, 0L, 2147483647L, -2147483647L)
sizes <- c(10L, 20L, 277L, 374L, 1000L)
cases <- list()
for (seed in seeds) {
  set.seed(seed); u <- runif(5)
  per_n <- list()
  for (n in sizes) {
    set.seed(seed); perm <- sample.int(n)
    set.seed(seed); f10 <- cv_glmnet_folds(10, n)
    set.seed(seed); f5 <- cv_glmnet_folds(5, n)
    per_n[[length(per_n) + 1]] <- list(n = n, sample_int = ints(perm), folds10 = ints(f10), folds5 = ints(f5))
  }
  cases[[length(cases) + 1]] <- list(seed = seed, runif5 = num(u), by_n = per_n)
}

# One long case: n = 100000 (seed 2025). First/last 500 values and exact checksums of the whole vector.
large_n <- 100000L
set.seed(2025L); perm <- sample.int(large_n)
set.seed(2025L); f10 <- cv_glmnet_folds(10, large_n)
set.seed(2025L); f5 <- cv_glmnet_folds(5, large_n)
summary_of <- function(v) list(head = ints(head(v, 500)), tail = ints(tail(v, 500)), checksums = num(checksums(v)))
large <- list(seed = 2025L, n = large_n, sample_int = summary_of(perm), folds10 = summary_of(f10), folds5 = summary_of(f5))

# A long uniform stream (several 624-word blocks) and a mixed sequence sharing one stream.
set.seed(42L); long_runif <- runif(2000)
set.seed(7L)
mixed <- list(runif3 = num(runif(3)), sample_int_10 = ints(sample.int(10)), sample_int_1000_size_7 = ints(sample.int(1000, 7)),
              sample_int_5_size_1 = ints(sample.int(5, 1)), sample_int_1_size_1 = ints(sample.int(1, 1)),
              sample_int_65536 = summary_of(sample.int(65536)), sample_int_65537_size_3 = ints(sample.int(65537, 3)),
              runif2 = num(runif(2)))
# n > 1e7 and size <= n/2: sample.int takes its hash path (.Internal(sample2)).
set.seed(99L); hashed <- sample.int(20000000L, 1000L)
set.seed(99L); pooled_small <- sample.int(20000000L, 1000L, useHash = FALSE)

out <- list(r_version = R.version.string, rng_kind = RNGkind(), cases = cases, large = large,
            long_runif = list(seed = 42L, values = num(long_runif)), mixed = list(seed = 7L, draws = mixed),
            hash_path = list(seed = 99L, n = 20000000L, size = 1000L, values = ints(hashed),
                             differs_from_pool_path = !identical(hashed, pooled_small)))
writeLines(toJSON(out, auto_unbox = TRUE, json_verbatim = TRUE, pretty = FALSE), "r-sampling-expected.json")

# Optional cross-check against glmnet itself (does not change the fixture): the fold ids cv.glmnet keeps.
if (requireNamespace("glmnet", quietly = TRUE)) {
  set.seed(99L); x <- matrix(rnorm(277 * 5), 277); y <- rbinom(277, 1, 0.3)
  for (seed in seeds) for (k in c(10L, 5L)) {
    set.seed(seed); kept <- glmnet::cv.glmnet(x, y, family = "binomial", nfolds = k, keep = TRUE)$foldid
    set.seed(seed); stopifnot(identical(as.integer(kept), as.integer(cv_glmnet_folds(k, 277))))
  }
  message("cv.glmnet (glmnet ", packageVersion("glmnet"), ") fold ids equal sample(rep(seq(k), length = N)) for all seeds")
}
