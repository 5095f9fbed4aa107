# Generates the synthetic data set and the reference values that org.radwb.modeling's tests compare with.
# Independent implementations: glmnet, survival, pROC, rms, Hmisc, psych (Debian r-cran-* packages).
# Run from this folder:  Rscript make_reference.R   (writes ../resources/fixtures/modeling/*.csv)
# The data are synthetic (generated here with a fixed seed), so no data licence applies.
suppressPackageStartupMessages({
  library(glmnet); library(survival); library(pROC); library(rms); library(Hmisc); library(psych)
})
out <- "../resources/fixtures/modeling"
dir.create(out, recursive = TRUE, showWarnings = FALSE)
w <- function(df, name) write.csv(df, file.path(out, name), row.names = FALSE, quote = TRUE)
fmt <- function(x) trimws(formatC(x, digits = 15, format = "g"))

# ---------------------------------------------------------------- the synthetic lesion table
set.seed(20261204)
npat <- 150
lesions_per_patient <- sample(1:3, npat, replace = TRUE, prob = c(0.6, 0.3, 0.1))
patient <- rep(sprintf("P%03d", 1:npat), lesions_per_patient)
n <- length(patient)
p <- 12
z <- matrix(rnorm(n * p), n, p)
x <- z
x[, 2] <- 0.7 * z[, 1] + 0.3 * z[, 2]          # correlated pair
x[, 5] <- 2 + 3 * z[, 5]                        # different scale and location
colnames(x) <- sprintf("f%02d", 1:p)
kps <- round(runif(n, 60, 100), 0)
dose <- round(runif(n, 15, 24), 1)
lp <- -0.5 + 1.2 * x[, 1] - 0.8 * x[, 3] + 0.5 * x[, 4] - 0.02 * (kps - 80) + rnorm(n, sd = 0.3)
y <- rbinom(n, 1, plogis(lp))
score_a <- lp + rnorm(n, sd = 0.8)
score_b <- 0.6 * x[, 1] + rnorm(n, sd = 1.2)
# time to local failure, continuous (no ties), with independent censoring
haz <- exp(0.7 * x[, 1] - 0.5 * x[, 3] + 0.3 * x[, 6])
t_event <- rexp(n, 0.1 * haz)
t_cens <- runif(n, 2, 30)
time <- pmin(t_event, t_cens)
event <- as.integer(t_event <= t_cens)
risk_group <- as.integer(x[, 1] > 0)
data <- data.frame(patient = patient, lesion = sprintf("L%03d", 1:n), x, kps = kps, dose = dose,
                   outcome = y, score_a = score_a, score_b = score_b, time = time, event = event,
                   risk_group = risk_group)
data$prob_a <- plogis(0.8 * score_a)
foldid <- rep_len(1:5, n)                     # fixed folds for cv.glmnet comparison
data$foldid <- foldid
numcols <- sapply(data, is.numeric)
d2 <- data; d2[numcols] <- lapply(d2[numcols], fmt)
w(d2, "lesions.csv")

kv <- function(...) { v <- c(...); data.frame(name = names(v), value = fmt(unname(v))) }

# ---------------------------------------------------------------- ROC, DeLong, Youden (pROC)
ra <- roc(y, score_a, direction = "<", levels = c(0, 1), quiet = TRUE)
rb <- roc(y, score_b, direction = "<", levels = c(0, 1), quiet = TRUE)
cia <- ci.auc(ra, method = "delong")
tst <- roc.test(ra, rb, method = "delong", paired = TRUE)
best <- coords(ra, "best", best.method = "youden", ret = c("threshold", "sensitivity", "specificity", "accuracy"), transpose = FALSE)
w(kv(auc_a = as.numeric(auc(ra)), var_a = var(ra, method = "delong"), ci_lower_a = cia[1], ci_upper_a = cia[3],
     auc_b = as.numeric(auc(rb)), var_b = var(rb, method = "delong"),
     delong_z = unname(tst$statistic), delong_p = tst$p.value,
     cov_ab = cov(ra, rb, method = "delong"),
     youden_threshold = best$threshold[1], youden_sensitivity = best$sensitivity[1],
     youden_specificity = best$specificity[1], youden_accuracy = best$accuracy[1]), "roc_reference.csv")

# ---------------------------------------------------------------- Brier, calibration (glm, rms::val.prob)
pr <- data$prob_a
lgt <- qlogis(pr)
citl <- coef(glm(y ~ offset(lgt), family = binomial))[1]
cs <- coef(glm(y ~ lgt, family = binomial))
vp <- val.prob(pr, y, pl = FALSE)
w(kv(brier = mean((pr - y)^2), brier_rms = unname(vp["Brier"]), calibration_in_the_large = unname(citl),
     calibration_slope = unname(cs[2]), calibration_intercept_joint = unname(cs[1]),
     valprob_slope = unname(vp["Slope"]), valprob_intercept = unname(vp["Intercept"])), "calibration_reference.csv")

# ---------------------------------------------------------------- decision curve (textbook formula, Vickers 2006)
pts <- seq(0.05, 0.60, by = 0.05)
nb <- sapply(pts, function(pt) { tp <- sum(pr >= pt & y == 1); fp <- sum(pr >= pt & y == 0); tp / n - fp / n * pt / (1 - pt) })
nball <- sapply(pts, function(pt) mean(y) - (1 - mean(y)) * pt / (1 - pt))
w(data.frame(threshold = fmt(pts), net_benefit = fmt(nb), net_benefit_all = fmt(nball)), "decision_curve_reference.csv")

# ---------------------------------------------------------------- Harrell's C, KM, log-rank (survival, Hmisc)
cc <- concordance(Surv(time, event) ~ score_a, reverse = TRUE)
rc <- rcorr.cens(-score_a, Surv(time, event))
lr <- survdiff(Surv(time, event) ~ risk_group)
w(kv(cindex = unname(cc$concordance), cindex_se = sqrt(unname(cc$var)), cindex_hmisc = unname(rc["C Index"]),
     dxy_sd_hmisc = unname(rc["S.D."]), logrank_chisq = lr$chisq,
     logrank_p = pchisq(lr$chisq, 1, lower.tail = FALSE)), "survival_reference.csv")
km <- survfit(Surv(time, event) ~ 1, conf.type = "log")
w(data.frame(time = fmt(km$time), n_risk = km$n.risk, n_event = km$n.event, survival = fmt(km$surv),
             std_err_log = fmt(km$std.err), lower = fmt(km$lower), upper = fmt(km$upper)), "km_reference.csv")

# ---------------------------------------------------------------- glmnet logistic (lasso and elastic net), cv.glmnet
coefs <- function(fit, prefix) {
  b <- as.matrix(coef(fit))
  df <- data.frame(lambda = fmt(fit$lambda), t(apply(b, 2, fmt)), check.names = FALSE)
  names(df) <- c("lambda", rownames(b)); df
}
X <- as.matrix(data[, sprintf("f%02d", 1:p)])
for (a in c(1, 0.5)) {
  fit <- glmnet(X, y, family = "binomial", alpha = a, thresh = 1e-14, maxit = 1e6, nlambda = 30)
  w(coefs(fit), sprintf("glmnet_logistic_alpha%s.csv", a * 100))
}
cvf <- cv.glmnet(X, y, family = "binomial", alpha = 1, foldid = foldid, type.measure = "deviance",
                 thresh = 1e-14, maxit = 1e6, nlambda = 30)
w(data.frame(lambda = fmt(cvf$lambda), cvm = fmt(cvf$cvm), cvsd = fmt(cvf$cvsd)), "cv_glmnet_logistic.csv")
w(kv(lambda_min = cvf$lambda.min, lambda_1se = cvf$lambda.1se), "cv_glmnet_choice.csv")
g0 <- glm(y ~ X, family = binomial)
w(data.frame(name = c("(Intercept)", colnames(X)), value = fmt(unname(coef(g0)))), "glm_logistic_unpenalized.csv")

# ---------------------------------------------------------------- Cox: glmnet elastic net and coxph (Breslow)
S <- Surv(time, event)
for (a in c(1, 0.5)) {
  fit <- glmnet(X, S, family = "cox", alpha = a, thresh = 1e-14, maxit = 1e6, nlambda = 20)
  w(coefs(fit), sprintf("glmnet_cox_alpha%s.csv", a * 100))
}
cx <- coxph(S ~ X, ties = "breslow")
w(data.frame(name = colnames(X), value = fmt(unname(coef(cx)))), "coxph_breslow_unpenalized.csv")

# ---------------------------------------------------------------- ICC (psych::ICC), 3 segmentations of 60 lesions
set.seed(7)
m <- 60
truth <- matrix(rnorm(m * 4), m, 4)
icc_rows <- list()
ratings <- data.frame(lesion = rep(1:m, 3), rater = rep(1:3, each = m))
for (k in 1:4) {
  noise <- c(0.2, 0.6, 1.2, 0.4)[k]
  bias <- c(0, 0.5, 0, 1)[k]
  r <- sapply(1:3, function(j) truth[, k] + (j - 1) * bias + rnorm(m, sd = noise))
  ratings[[sprintf("g%d", k)]] <- fmt(as.vector(r))
  ic <- ICC(r, lmer = FALSE)$results
  icc_rows[[k]] <- data.frame(feature = sprintf("g%d", k), icc31 = fmt(ic$ICC[ic$type == "ICC3"]),
                              icc21 = fmt(ic$ICC[ic$type == "ICC2"]))
}
w(ratings, "icc_ratings.csv")
w(do.call(rbind, icc_rows), "icc_reference.csv")

# ---------------------------------------------------------------- mRMR (F-test relevance / mean |Pearson| redundancy, FCQ)
fstat <- sapply(1:p, function(j) summary(aov(X[, j] ~ factor(y)))[[1]][["F value"]][1])
R <- abs(cor(X))
sel <- which.max(fstat)
while (length(sel) < 6) {
  rest <- setdiff(1:p, sel)
  score <- sapply(rest, function(j) fstat[j] / mean(R[j, sel]))
  sel <- c(sel, rest[which.max(score)])
}
w(data.frame(rank = seq_along(sel), feature = colnames(X)[sel], f_statistic = fmt(fstat[sel])), "mrmr_reference.csv")
# ---------------------------------------------------------------- ties: whole-month times and a coarse score
# real follow-up is often recorded in whole months: tied event times, tied event/censoring times, tied scores
tt <- pmax(1, round(time))
score_t <- round(score_a)
ct <- concordance(Surv(tt, event) ~ score_t, reverse = TRUE)
lrt <- survdiff(Surv(tt, event) ~ risk_group)
cxt <- coxph(Surv(tt, event) ~ X, ties = "breslow")
gt <- glmnet(X, Surv(tt, event), family = "cox", alpha = 1, thresh = 1e-14, maxit = 1e6, nlambda = 10)
w(data.frame(time = tt, event = event, score = score_t, risk_group = risk_group), "ties_data.csv")
w(kv(cindex = unname(ct$concordance), cindex_se = sqrt(unname(ct$var)), logrank_chisq = lrt$chisq), "ties_reference.csv")
kmt <- survfit(Surv(tt, event) ~ 1, conf.type = "log")
w(data.frame(time = fmt(kmt$time), n_risk = kmt$n.risk, n_event = kmt$n.event, survival = fmt(kmt$surv),
             std_err_log = fmt(kmt$std.err)), "ties_km_reference.csv")
w(data.frame(name = colnames(X), value = fmt(unname(coef(cxt)))), "ties_coxph_breslow.csv")
w(coefs(gt), "ties_glmnet_cox.csv")

cat("reference values written to", normalizePath(out), "\n")
