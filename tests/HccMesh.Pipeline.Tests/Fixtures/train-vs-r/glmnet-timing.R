# Wall-clock time of R's cv.glmnet for the fit `hccmesh train` makes, on the training CSV `bench train --keep DIR` writes.
#   dotnet run --project services/Cli -c Release -- bench train --keep /tmp/bench-r
#   Rscript glmnet-timing.R /tmp/bench-r/training.csv [repetitions = 3] [thresh = 1e-7, glmnet's default]
# Prints the load average before each repetition (the machine is shared) and the elapsed / user / system seconds.
# With the default thresh the call is exactly cv.glmnet(x, y, family = "binomial", alpha = 1, nfolds = 10) (maxit 1e5 is
# glmnet's default); a tighter thresh gets maxit = 1e7 so that it converges instead of stopping at the iteration limit.
suppressPackageStartupMessages(library(glmnet))
args <- commandArgs(trailingOnly = TRUE)
path <- if (length(args) >= 1) args[1] else "/tmp/bench-r/training.csv"
repetitions <- if (length(args) >= 2) as.integer(args[2]) else 3L
thresh <- if (length(args) >= 3) as.numeric(args[3]) else 1e-7
load_average <- function() paste(scan("/proc/loadavg", what = "", n = 3, quiet = TRUE), collapse = " ")

read_time <- system.time(training <- read.csv(path, check.names = FALSE))
features <- setdiff(names(training), c("id", "ehm", "BMI", "MVI", "PV", "ALB"))
x <- as.matrix(training[, features])
y <- training$ehm
cat(sprintf("%s: %d patients (%d events) x %d features; read.csv %.2f s; R %s, glmnet %s, thresh %g\n", path, nrow(x), sum(y), ncol(x),
            read_time[["elapsed"]], paste(R.version$major, R.version$minor, sep = "."), packageVersion("glmnet"), thresh))
for (r in seq_len(repetitions)) {
  before <- load_average()
  set.seed(1)
  t <- system.time(cv <- cv.glmnet(x, y, family = "binomial", alpha = 1, nfolds = 10, thresh = thresh, maxit = if (thresh < 1e-7) 1e7 else 1e5))
  cat(sprintf("repetition %d: elapsed %.2f s, user %.2f s, system %.2f s (load average before: %s); lambda.min = lambda[%d] of %d, %d features\n",
              r, t[["elapsed"]], t[["user.self"]], t[["sys.self"]], before, which(cv$lambda == cv$lambda.min), length(cv$lambda),
              cv$nzero[cv$lambda == cv$lambda.min]))
}
