# Reference numbers for `hccmesh train` on training.csv / validation.csv (see README.md).
# Run from this folder:  Rscript train-vs-r.R   → writes train-vs-r-expected.json
#
# The paper's workflow in plain R: set.seed(1); cv.glmnet(binomial, alpha = 1, nfolds = 10) → radscore = linear
# predictor at lambda.min → univariate glm screen of BMI, MVI, PV, ALB (Wald p < 0.05) → multivariate glm of the
# survivors → independent factors (multivariate p < 0.05) refit = clinical model → combined glm(ehm ~ factors + radscore)
# → pROC AUC, DeLong CI, Youden cutoff (training) applied to validation, paired DeLong tests, logistic calibration.
suppressPackageStartupMessages({
  library(glmnet)
  library(pROC)
})

# ---- JSON writer: every double printed with 17 significant digits (jsonlite stops at 15) -------------------------
A <- function(x) structure(x, class = c("json_array", class(x)))  # force an array even for length 1
json <- function(x) {
  if (is.null(x)) return("null")
  if (is.list(x) && !inherits(x, "json_array")) {
    if (!is.null(names(x))) {
      return(paste0("{", paste0('"', names(x), '":', vapply(x, json, ""), collapse = ","), "}"))
    }
    return(paste0("[", paste0(vapply(x, json, ""), collapse = ","), "]"))
  }
  array <- inherits(x, "json_array") || length(x) != 1
  x <- unclass(x)
  cells <- if (is.character(x)) {
    paste0('"', gsub('"', '\\"', x, fixed = TRUE), '"')
  } else if (is.logical(x)) {
    ifelse(x, "true", "false")
  } else if (is.integer(x)) {
    as.character(x)
  } else {
    ifelse(is.infinite(x), ifelse(x > 0, '"Infinity"', '"-Infinity"'), sprintf("%.17g", x))
  }
  if (array) paste0("[", paste0(cells, collapse = ","), "]") else cells
}

# ---- data ---------------------------------------------------------------------------------------------------------
training <- read.csv("training.csv", check.names = FALSE)
validation <- read.csv("validation.csv", check.names = FALSE)
clinical <- c("BMI", "MVI", "PV", "ALB")
features <- setdiff(names(training), c("id", "ehm", clinical))
x <- as.matrix(training[, features])
y <- training$ehm
xv <- as.matrix(validation[, features])

# ---- LASSO cross-validation ---------------------------------------------------------------------------------------
set.seed(1)
cv_default <- cv.glmnet(x, y, family = "binomial", alpha = 1, nfolds = 10, keep = TRUE)
foldid <- cv_default$foldid
# Same folds, converged tightly (glmnet's default thresh = 1e-7 stops short of the optimum) ...
cv_tight <- cv.glmnet(x, y, family = "binomial", alpha = 1, foldid = foldid, thresh = 1e-14, keep = TRUE)
# ... and to the end: glmnet's thresh bounds the weighted *squared* coefficient change of a sweep, so 1e-14 still
# leaves changes of ~1e-7; at 1e-22 (changes ~1e-11) going on to 1e-24 moves the lambda.min coefficients by ~1e-12
# (standardized scale) and cvm by ~2e-10 relative (see README).
cv_converged <- cv.glmnet(x, y, family = "binomial", alpha = 1, foldid = foldid, thresh = 1e-22, maxit = 1e7, keep = TRUE)

lasso_block <- function(cv, thresh) {
  fit <- cv$glmnet.fit
  imin <- which(fit$lambda == cv$lambda.min)
  i1se <- which(fit$lambda == cv$lambda.1se)
  beta_at <- function(k) A(as.numeric(fit$beta[, k]))
  list(
    thresh = thresh,
    lambda = A(fit$lambda),
    n_lambda = length(fit$lambda),
    lambda_min = cv$lambda.min,
    lambda_1se = cv$lambda.1se,
    index_min = imin,
    index_1se = i1se,
    cvm = A(cv$cvm),
    cvsd = A(cv$cvsd),
    nzero = A(as.integer(cv$nzero)),
    dev_ratio = A(fit$dev.ratio),
    null_deviance = fit$nulldev,
    a0_min = as.numeric(fit$a0[imin]),
    beta_min = beta_at(imin),
    a0_1se = as.numeric(fit$a0[i1se]),
    beta_1se = beta_at(i1se),
    nonzero_min = A(features[fit$beta[, imin] != 0]),
    radscore_training = A(as.numeric(fit$a0[imin] + x %*% fit$beta[, imin])),
    radscore_validation = A(as.numeric(fit$a0[imin] + xv %*% fit$beta[, imin]))
  )
}
lasso_default <- lasso_block(cv_default, 1e-7)
lasso_tight <- lasso_block(cv_tight, 1e-14)
lasso_converged <- lasso_block(cv_converged, 1e-22)

# ---- clinical and combined logistic models (radscore from the converged fit) ----------------------------------------
training$radscore <- lasso_converged$radscore_training
validation$radscore <- lasso_converged$radscore_validation
z975 <- qnorm(0.975)
glm_block <- function(fit) {
  s <- coef(summary(fit))
  list(
    terms = A(rownames(s)),
    beta = A(s[, 1]),
    se = A(s[, 2]),
    z = A(s[, 3]),
    p = A(s[, 4]),
    or = A(exp(s[, 1])),
    or_lower = A(exp(s[, 1] - z975 * s[, 2])),
    or_upper = A(exp(s[, 1] + z975 * s[, 2])),
    deviance = fit$deviance,
    null_deviance = fit$null.deviance,
    aic = fit$aic,
    iter = fit$iter
  )
}
fit_glm <- function(vars) glm(reformulate(vars, "ehm"), data = training, family = binomial)

univariate <- lapply(setNames(clinical, clinical), function(v) glm_block(fit_glm(v)))
univariate_p <- vapply(clinical, function(v) univariate[[v]]$p[2], 0)
survivors <- clinical[univariate_p < 0.05]
multivariate_fit <- fit_glm(survivors)
multivariate <- glm_block(multivariate_fit)
independent <- survivors[coef(summary(multivariate_fit))[survivors, 4] < 0.05]
clinical_fit <- fit_glm(independent)
combined_fit <- fit_glm(c(independent, "radscore"))

# ---- predicted probabilities ----------------------------------------------------------------------------------------
prob <- list(
  training = list(
    Radiomics = plogis(training$radscore),
    Clinical = as.numeric(fitted(clinical_fit)),
    Combined = as.numeric(fitted(combined_fit))),
  validation = list(
    Radiomics = plogis(validation$radscore),
    Clinical = as.numeric(predict(clinical_fit, newdata = validation, type = "response")),
    Combined = as.numeric(predict(combined_fit, newdata = validation, type = "response"))))
outcome <- list(training = training$ehm, validation = validation$ehm)
models <- c("Radiomics", "Clinical", "Combined")

# ---- ROC, DeLong, Youden, calibration -------------------------------------------------------------------------------
rocs <- lapply(names(prob), function(cohort) lapply(setNames(models, models), function(m)
  roc(outcome[[cohort]], prob[[cohort]][[m]], levels = c(0, 1), direction = "<", quiet = TRUE)))
names(rocs) <- names(prob)

youden <- lapply(setNames(models, models), function(m) {
  best <- coords(rocs$training[[m]], x = "best", best.method = "youden",
                 ret = c("threshold", "sensitivity", "specificity"), transpose = FALSE)
  list(n_best = nrow(best), threshold = A(best$threshold), sensitivity = A(best$sensitivity), specificity = A(best$specificity))
})

at_cutoff <- function(cohort, m, cutoff) {
  p <- prob[[cohort]][[m]]
  yy <- outcome[[cohort]]
  pr <- coords(rocs[[cohort]][[m]], x = cutoff, input = "threshold", ret = c("sensitivity", "specificity"), transpose = FALSE)
  positive <- p >= cutoff
  list(cutoff = cutoff, sensitivity = pr$sensitivity, specificity = pr$specificity,
       tp = sum(positive & yy == 1), fp = sum(positive & yy == 0), tn = sum(!positive & yy == 0), fn = sum(!positive & yy == 1))
}

calibration <- function(cohort, m) {
  lp <- qlogis(prob[[cohort]][[m]])
  yy <- outcome[[cohort]]
  two <- coef(glm(yy ~ lp, family = binomial))
  citl <- coef(glm(yy ~ 1, offset = lp, family = binomial))
  list(slope = unname(two[2]), intercept_2param = unname(two[1]), intercept_citl = unname(citl[1]),
       brier = mean((prob[[cohort]][[m]] - yy)^2))
}

cohort_block <- function(cohort) {
  per_model <- lapply(setNames(models, models), function(m) {
    r <- rocs[[cohort]][[m]]
    ci <- ci.auc(r, method = "delong")
    list(
      probability = A(prob[[cohort]][[m]]),
      auc = as.numeric(auc(r)),
      var_delong = var(r, method = "delong"),
      ci_lower = ci[1],
      ci_upper = ci[3],
      at_training_youden = at_cutoff(cohort, m, youden[[m]]$threshold[1]),
      calibration = calibration(cohort, m))
  })
  # Same pair order as PerformanceEvaluator: (Combined, Clinical), (Combined, Radiomics), (Clinical, Radiomics).
  pairs <- list(c("Combined", "Clinical"), c("Combined", "Radiomics"), c("Clinical", "Radiomics"))
  tests <- lapply(pairs, function(pair) {
    a <- rocs[[cohort]][[pair[1]]]
    b <- rocs[[cohort]][[pair[2]]]
    t <- roc.test(a, b, method = "delong", paired = TRUE)
    list(first = pair[1], second = pair[2], auc1 = unname(t$estimate[1]), auc2 = unname(t$estimate[2]),
         var1 = var(a, method = "delong"), var2 = var(b, method = "delong"), covariance = cov(a, b, method = "delong"),
         z = unname(t$statistic), p_value = t$p.value)
  })
  list(n = length(outcome[[cohort]]), events = sum(outcome[[cohort]]), models = per_model, roc_test = tests)
}

md5 <- function(f) unname(tools::md5sum(f))
expected <- list(
  meta = list(
    r_version = R.version.string,
    glmnet = as.character(packageVersion("glmnet")),
    pROC = as.character(packageVersion("pROC")),
    training_md5 = md5("training.csv"),
    validation_md5 = md5("validation.csv"),
    seed = 1L,
    nfolds = 10L,
    features = A(features),
    indices = "1-based (R)"),
  training_ids = A(training$id),
  validation_ids = A(validation$id),
  foldid = A(as.integer(foldid)),
  lasso_default = lasso_default,
  lasso_tight = lasso_tight,
  lasso_converged = lasso_converged,
  clinical = list(
    univariate = univariate,
    survivors = A(survivors),
    multivariate = multivariate,
    independent = A(independent),
    clinical_model = glm_block(clinical_fit),
    combined_model = glm_block(combined_fit)),
  youden_training = youden,
  cohorts = list(training = cohort_block("training"), validation = cohort_block("validation")))

writeLines(json(expected), "train-vs-r-expected.json")
cat("lambda.min index default", lasso_default$index_min, "tight", lasso_tight$index_min, "converged", lasso_converged$index_min,
    "| n_lambda", lasso_default$n_lambda, lasso_tight$n_lambda, lasso_converged$n_lambda,
    "| survivors", survivors, "| independent", independent, "\n")
