# Reference fixtures for the statistics of the evaluation reports (issue 15), computed with R.
# Regenerate from this folder with:  Rscript make-fixtures-reports.R
# Writes k_groups_reports.json, two_groups_rank.json, p_adjust_reports.json, power_t.json, alpha_missing.json and
# standardized_difference.json next to this script. Every random dataset calls set.seed(seed) first (the seed is stored).
# README.md documents the schema; the number format and the note/r_error/r_warnings trailer are those of
# make-fixtures.R (whose helpers are copied here, so that the older script stays untouched).

suppressPackageStartupMessages({
  library(jsonlite)
  library(car)
  library(psych)
  library(effectsize)
  library(rstatix)
})

# ---------------------------------------------------------------- helpers (as in make-fixtures.R)

attempt <- function(expr) {
  warns <- character(0)
  value <- tryCatch(
    withCallingHandlers(expr, warning = function(w) {
      warns <<- c(warns, conditionMessage(w))
      invokeRestart("muffleWarning")
    }),
    error = function(e) structure(list(message = conditionMessage(e)), class = "r_failure"))
  failed <- inherits(value, "r_failure")
  list(value = if (failed) NULL else value,
       error = if (failed) value$message else NULL,
       warnings = unique(warns))
}
num <- function(x) {
  if (is.null(x) || length(x) == 0) return(NA)
  x <- unname(x[[1]])
  if (is.logical(x) && is.na(x)) return(NA)
  if (!is.finite(x)) return(NA)
  as.numeric(x)
}
nonfinite_note <- function(...) {
  vals <- list(...)
  bad <- names(vals)[vapply(vals, function(v) is.null(v) || length(v) == 0 || !is.finite(v[[1]]), logical(1))]
  if (length(bad) == 0) NULL else paste0("non-finite value(s) written as null: ", paste(bad, collapse = ", "))
}
arr <- function(x) { x <- unname(as.numeric(x)); x[!is.finite(x)] <- NA; I(x) }
iarr <- function(x) I(unname(as.integer(x)))
sarr <- function(x) I(unname(as.character(x)))
str_or_null <- function(x) if (is.null(x) || length(x) == 0) NA_character_ else paste(x, collapse = "; ")
trailer <- function(note = NULL, error = NULL, warnings = character(0)) {
  list(note = str_or_null(note), r_error = str_or_null(error), r_warnings = sarr(warnings))
}
rel_diff <- function(a, b) ifelse(a == b, 0, abs(a - b) / pmax(abs(b), 1e-300))

# Answers on a 1..points scale, from a rounded normal.
likert_scale <- function(n, mean, sd, points) as.integer(pmin(points, pmax(1, round(rnorm(n, mean, sd)))))
with_missing <- function(x, rate) {
  if (rate <= 0 || length(x) < 3) return(x)
  x[runif(length(x)) < rate] <- NA
  if (all(is.na(x))) x[1] <- x[!is.na(x)][1]
  x
}
points_of <- function(value_kind) switch(value_kind, likert8 = 8L, likert5 = 5L, NA_integer_)
values_json <- function(v, value_kind) if (value_kind == "continuous") arr(v) else iarr(v)

# ---------------------------------------------------------------- k groups: Welch, Levene, Kruskal-Wallis, Dunn, eta^2

levene <- function(y, g, center) {
  r <- attempt(leveneTest(y ~ g, center = center))
  if (is.null(r$value))
    return(c(list(F = NA, df1 = NA, df2 = NA, p = NA, r_F_raw = NA), trailer("not computable (see r_error)", r$error, r$warnings)))
  tab <- r$value
  # Absolute deviations constant within every group: perfect fit, F is +Inf or 0/0, R's value is noise.
  z <- abs(y - ave(y, g, FUN = center))
  ssw <- sum((z - ave(z, g))^2); sst <- sum((z - mean(z))^2)
  if (ssw <= 1e-20 * max(sst, sum(z^2))) {
    return(c(list(F = NA, df1 = num(tab[1, "Df"]), df2 = num(tab[2, "Df"]), p = NA, r_F_raw = num(tab[1, "F value"])),
             trailer(paste0("absolute deviations are constant within every group: perfect fit, F undefined ",
                            if (sst > 0) "(+Inf)" else "(0/0)", "; R's value (r_F_raw) is rounding noise"), NULL, r$warnings)))
  }
  c(list(F = num(tab[1, "F value"]), df1 = num(tab[1, "Df"]), df2 = num(tab[2, "Df"]), p = num(tab[1, "Pr(>F)"]),
         r_F_raw = num(tab[1, "F value"])),
    trailer(nonfinite_note(F = tab[1, "F value"], p = tab[1, "Pr(>F)"]), NULL, r$warnings))
}

welch_anova <- function(y, g) {
  ow <- attempt(oneway.test(y ~ g, var.equal = FALSE))
  if (is.null(ow$value))
    return(c(list(F = NA, df1 = NA, df2 = NA, p = NA), trailer("not computable (see r_error)", ow$error, ow$warnings)))
  o <- ow$value
  note <- nonfinite_note(F = o$statistic, df2 = o$parameter[2], p = o$p.value)
  vars <- tapply(y, g, var)
  if (any(vars == 0, na.rm = TRUE)) note <- c(note, "a group has zero variance: its weight n/s^2 is infinite")
  c(list(F = num(o$statistic), df1 = num(o$parameter[1]), df2 = num(o$parameter[2]), p = num(o$p.value)),
    trailer(note, NULL, ow$warnings))
}

kruskal <- function(y, g) {
  N <- length(y)
  ties <- as.numeric(table(y))
  correction <- 1 - sum(ties^3 - ties) / (N^3 - N)
  r <- rank(y)
  n <- as.numeric(table(g)); rbar <- as.numeric(tapply(r, g, mean))
  h_unc <- 12 / (N * (N + 1)) * sum(n * rbar^2) - 3 * (N + 1)
  kw <- attempt(kruskal.test(y ~ g))
  if (is.null(kw$value))
    return(c(list(H = NA, df = NA, p = NA, H_uncorrected = h_unc, tie_correction = correction, mean_ranks = arr(rbar)),
             trailer("not computable (see r_error)", kw$error, kw$warnings)))
  H <- unname(kw$value$statistic)
  if (is.finite(H) && rel_diff(h_unc / correction, H) > 1e-12) stop("Kruskal-Wallis H by hand disagrees with kruskal.test")
  c(list(H = num(H), df = num(kw$value$parameter), p = num(kw$value$p.value),
         H_uncorrected = num(h_unc), tie_correction = num(correction), mean_ranks = arr(rbar)),
    trailer(c(nonfinite_note(H = H, p = kw$value$p.value),
              if (correction == 0) "every value is tied: tie correction 0, H = 0/0"), NULL, kw$warnings))
}

# Dunn (1964) on the ranks of all groups together, with the usual tie correction of the variance:
#   z = (mean rank j - mean rank i) / sqrt((N (N + 1) / 12 - sum(t^3 - t) / (12 (N - 1))) (1/n_i + 1/n_j)),
#   p = 2 P(Z > |z|); Holm, Bonferroni and BH over the k (k - 1) / 2 pairs.
# Checked against rstatix::dunn_test (same formula; its "statistic" is also mean rank j - mean rank i).
dunn <- function(y, g, labels) {
  N <- length(y); k <- length(labels)
  ties <- as.numeric(table(y))
  tie_term <- sum(ties^3 - ties) / (12 * (N - 1))
  r <- rank(y)
  n <- as.numeric(table(g)); rbar <- as.numeric(tapply(r, g, mean))
  pairs <- list(); z <- numeric(0); p <- numeric(0)
  for (i in 1:(k - 1)) for (j in (i + 1):k) {
    diff <- rbar[j] - rbar[i]
    se <- sqrt((N * (N + 1) / 12 - tie_term) * (1 / n[i] + 1 / n[j]))
    zz <- diff / se
    pp <- 2 * pnorm(-abs(zz))
    z <- c(z, zz); p <- c(p, pp)
    pairs[[length(pairs) + 1]] <- list(i = i, j = j, group1 = labels[i], group2 = labels[j], n1 = n[i], n2 = n[j],
                                       mean_rank1 = rbar[i], mean_rank2 = rbar[j], mean_rank_difference = diff,
                                       se = num(se), z = num(zz), p = num(pp))
  }
  holm <- p.adjust(p, "holm"); bonf <- p.adjust(p, "bonferroni"); bh <- p.adjust(p, "BH")
  for (m in seq_along(pairs)) pairs[[m]] <- c(pairs[[m]], list(p_holm = num(holm[m]), p_bonferroni = num(bonf[m]), p_BH = num(bh[m])))
  # cross-check
  rs <- attempt(as.data.frame(rstatix::dunn_test(data.frame(y = y, g = g), y ~ g, p.adjust.method = "holm")))
  check <- if (is.null(rs$value)) list(package = "rstatix", version = as.character(packageVersion("rstatix")),
                                       agrees = NA, r_error = rs$error) else {
    t <- rs$value
    idx <- vapply(seq_along(pairs), function(m) which(t$group1 == pairs[[m]]$group1 & t$group2 == pairs[[m]]$group2), integer(1))
    dz <- max(abs(t$statistic[idx] - z)); dp <- max(rel_diff(t$p[idx], p)); dh <- max(rel_diff(t$p.adj[idx], holm))
    if (dz > 1e-12 || dp > 1e-10 || dh > 1e-10) stop("Dunn by hand disagrees with rstatix::dunn_test")
    list(package = "rstatix::dunn_test", version = as.character(packageVersion("rstatix")), agrees = TRUE,
         max_abs_z_difference = dz, max_rel_p_difference = dp, max_rel_p_holm_difference = dh)
  }
  c(list(N = N, tie_term = tie_term, variance_base = N * (N + 1) / 12 - tie_term, pairs = pairs, cross_check = check),
    trailer(if (tie_term == N * (N + 1) / 12) "every value is tied: variance 0, z undefined" else NULL))
}

# Noncentral F cdf as the Poisson mixture of incomplete betas (Johnson, Kotz & Balakrishnan):
#   P(F' <= f; df1, df2, ncp) = sum_j dpois(j, ncp / 2) I_x(df1 / 2 + j, df2 / 2),  x = df1 f / (df1 f + df2).
# Written out because R's pf(ncp = ) (nmath pnbeta) stops at an absolute error of 1e-9; this sum is accurate
# to about 1e-15, which fixes the confidence limits of the noncentrality to about 1e-12 relative.
pf_nc <- function(f, df1, df2, ncp) {
  if (ncp == 0) return(pf(f, df1, df2))
  m <- ncp / 2
  j <- seq(max(0, floor(m - 15 * sqrt(m) - 30)), ceiling(m + 15 * sqrt(m) + 60))
  y <- df2 / (df1 * f + df2)          # 1 - x, kept exact
  sum(dpois(j, m) * pbeta(y, df2 / 2, df1 / 2 + j, lower.tail = FALSE))
}
# ncp with P(F' <= f; ncp) = prob (the cdf falls as ncp grows); 0 when even ncp = 0 gives a cdf <= prob.
ncp_for <- function(f, df1, df2, prob) {
  if (pf(f, df1, df2) <= prob) return(0)
  hi <- max(4, 2 * f * df1)
  while (pf_nc(f, df1, df2, hi) > prob) hi <- hi * 2
  uniroot(function(l) pf_nc(f, df1, df2, l) - prob, c(0, hi), tol = 1e-300, maxiter = 5000)$root
}
# Confidence interval of eta^2 by inverting the noncentral F (Steiger 2004), both conversions of the ncp.
eta_ci <- function(f, df1, df2, level, alternative) {
  alpha <- 1 - level
  if (alternative == "two.sided") {
    lo <- ncp_for(f, df1, df2, 1 - alpha / 2); hi <- ncp_for(f, df1, df2, alpha / 2)
  } else {
    lo <- ncp_for(f, df1, df2, 1 - alpha); hi <- Inf
  }
  N <- df1 + df2 + 1
  conv <- function(l, d) if (is.infinite(l)) 1 else l / (l + d)
  # R's own pf(ncp =) at the limits, to show the agreement (to ~1e-9, its accuracy)
  r_check <- max(c(if (lo > 0) abs(pf(f, df1, df2, ncp = lo) - (if (alternative == "two.sided") 1 - alpha / 2 else 1 - alpha)),
                   if (is.finite(hi) && hi > 0) abs(pf(f, df1, df2, ncp = hi) - alpha / 2), 0))
  list(level = level, alternative = alternative,
       ncp_lower = lo, ncp_upper = if (is.finite(hi)) hi else NA,
       steiger_lower = conv(lo, N), steiger_upper = conv(hi, N),
       effectsize_lower = conv(lo, df2), effectsize_upper = conv(hi, df2),
       r_pf_ncp_max_abs_error_at_limits = r_check)
}

anova_effect_sizes <- function(y, g) {
  tab <- anova(lm(y ~ g))
  ssb <- tab[1, "Sum Sq"]; ssw <- tab[2, "Sum Sq"]; sst <- ssb + ssw
  df1 <- tab[1, "Df"]; df2 <- tab[2, "Df"]; msw <- tab[2, "Mean Sq"]; F <- tab[1, "F value"]
  if (!is.finite(F) || df2 < 1)
    return(c(list(ss_between = ssb, ss_within = ssw, ss_total = sst, df1 = df1, df2 = df2, F = num(F), p = NA,
                  eta_squared = num(ssb / sst), omega_squared = num((ssb - df1 * msw) / (sst + msw)), effectsize_omega_F = NA,
                  ci = list()),
             trailer("F not finite: no confidence interval")))
  cis <- list(eta_ci(F, df1, df2, 0.95, "two.sided"), eta_ci(F, df1, df2, 0.95, "greater"), eta_ci(F, df1, df2, 0.90, "two.sided"))
  # effectsize 0.8.3's omega^2 interval (.es_aov_simple, also F_to_omega2 via .F_to_pve) does not map the limits of
  # eta^2's lambda: it turns the clamped point estimate w = max(0, omega^2) back into an F,
  # F* = (w / df1) / ((1 - w) / df2) = max(0, (F - 1) df2 / N), N = df1 + df2 + 1, inverts the noncentral F at F*
  # and maps those limits with lambda / (lambda + df2) (F_to_eta2). The same inversion, at full precision:
  omega_F <- max(0, (F - 1) * df2 / (df1 + df2 + 1))
  fit <- aov(y ~ g)
  warns <- character(0)
  for (m in seq_along(cis)) {
    om <- eta_ci(omega_F, df1, df2, cis[[m]]$level, cis[[m]]$alternative)
    cis[[m]]$effectsize_omega_ncp_lower <- om$ncp_lower
    cis[[m]]$effectsize_omega_ncp_upper <- om$ncp_upper
    cis[[m]]$effectsize_omega_lower <- om$effectsize_lower
    cis[[m]]$effectsize_omega_upper <- om$effectsize_upper
    e <- attempt(effectsize::eta_squared(fit, partial = FALSE, ci = cis[[m]]$level, alternative = cis[[m]]$alternative, verbose = FALSE))
    warns <- c(warns, e$warnings)
    cis[[m]]$r_effectsize_CI_low <- if (is.null(e$value)) NA else num(e$value$CI_low)
    cis[[m]]$r_effectsize_CI_high <- if (is.null(e$value)) NA else num(e$value$CI_high)
    if (!is.null(e$value)) {
      if (abs(e$value$Eta2 - ssb / sst) > 1e-12) stop("effectsize eta^2 differs from SSb/SSt")
      gap <- max(abs(c(e$value$CI_low - cis[[m]]$effectsize_lower, e$value$CI_high - cis[[m]]$effectsize_upper)))
      cis[[m]]$r_effectsize_max_abs_difference <- gap
      if (gap > 1e-3) stop(sprintf("effectsize CI differs from the ncp inversion by %g", gap))
    }
    o <- attempt(effectsize::omega_squared(fit, partial = FALSE, ci = cis[[m]]$level, alternative = cis[[m]]$alternative, verbose = FALSE))
    warns <- c(warns, o$warnings)
    cis[[m]]$r_effectsize_omega_CI_low <- if (is.null(o$value)) NA else num(o$value$CI_low)
    cis[[m]]$r_effectsize_omega_CI_high <- if (is.null(o$value)) NA else num(o$value$CI_high)
    if (!is.null(o$value)) {
      if (abs(o$value$Omega2 - max(0, (ssb - df1 * msw) / (sst + msw))) > 1e-12) stop("effectsize omega^2 differs from max(0, omega^2)")
      gap <- max(abs(c(o$value$CI_low - cis[[m]]$effectsize_omega_lower, o$value$CI_high - cis[[m]]$effectsize_omega_upper)))
      cis[[m]]$r_effectsize_omega_max_abs_difference <- gap
      if (gap > 1e-3) stop(sprintf("effectsize omega^2 CI differs from the ncp inversion at F* by %g", gap))
    }
  }
  c(list(ss_between = ssb, ss_within = ssw, ss_total = sst, df1 = df1, df2 = df2, F = F, p = tab[1, "Pr(>F)"],
         eta_squared = ssb / sst, omega_squared = (ssb - df1 * msw) / (sst + msw), effectsize_omega_F = omega_F, ci = cis),
    trailer(NULL, NULL, unique(warns)))
}

k_groups_dataset <- function(id, description, seed, value_kind, labels, values) {
  ys <- lapply(values, function(v) as.numeric(na.omit(v)))
  y <- unlist(ys)
  g <- factor(rep(labels, lengths(ys)), levels = labels)
  kw <- kruskal(y, g)
  dn <- dunn(y, g, labels)
  # for k = 2 Dunn's z^2 is the tie-corrected Kruskal-Wallis H
  if (length(labels) == 2 && is.finite(dn$pairs[[1]]$z) && rel_diff(dn$pairs[[1]]$z^2, kw$H) > 1e-12) stop("k = 2: z^2 != H")
  list(id = id, description = description, seed = seed, value_kind = value_kind,
       group_order = sarr(labels),
       groups = lapply(seq_along(labels), function(i) list(label = labels[i], values = values_json(values[[i]], value_kind))),
       k = length(labels), n_total = length(y), sizes = iarr(lengths(ys)),
       welch_anova = welch_anova(y, g),
       levene_mean = levene(y, g, mean),
       brown_forsythe_median = levene(y, g, median),
       kruskal_wallis = kw,
       dunn = dn,
       anova_effect_sizes = anova_effect_sizes(y, g))
}

build_k_groups <- function() {
  L <- list()
  add <- function(d) L[[length(L) + 1]] <<- d
  gen <- function(id, description, seed, value_kind, labels, sizes, means, sds, missing = 0) {
    set.seed(seed)
    sds <- rep_len(sds, length(sizes))
    values <- lapply(seq_along(sizes), function(i) {
      v <- if (value_kind == "continuous") rnorm(sizes[i], means[i], sds[i]) else
        likert_scale(sizes[i], means[i], sds[i], points_of(value_kind))
      with_missing(v, missing)
    })
    add(k_groups_dataset(id, description, seed, value_kind, labels, values))
  }
  fixed <- function(id, description, value_kind, labels, values) add(k_groups_dataset(id, description, NA, value_kind, labels, values))
  gen("kg_likert8_k3_small_unequal", "3 small unequal groups (4, 7, 11) on the 8-point scale", 11001, "likert8",
      c("A", "B", "C"), c(4, 7, 11), c(4, 5.5, 6), 1.5)
  gen("kg_likert5_k3_ties", "5-point scale, 3 groups of 20-25: ties everywhere", 11002, "likert5",
      c("Jamais", "Parfois", "Souvent"), c(20, 25, 18), c(2.6, 3.1, 3.8), 1.1)
  gen("kg_likert8_k2", "2 groups on the 8-point scale", 11003, "likert8", c("Non", "Oui"), c(15, 22), c(4.2, 5.6), 1.6)
  gen("kg_likert5_k2_small", "2 small groups (6, 9) on the 5-point scale", 11004, "likert5", c("X", "Y"), c(6, 9), c(2.5, 3.6), 1)
  gen("kg_likert8_k5", "5 groups of sizes 8 to 30 on the 8-point scale", 11005, "likert8",
      c("G1", "G2", "G3", "G4", "G5"), c(12, 30, 8, 20, 15), c(3.5, 4.2, 5, 5.2, 6.1), 1.5)
  gen("kg_likert5_k5_ties", "5 groups on the 5-point scale: heavy ties", 11006, "likert5",
      c("V1", "V2", "V3", "V4", "V5"), c(10, 25, 40, 18, 30), c(3, 3.2, 3.5, 3.9, 4.2), 0.9)
  gen("kg_continuous_k3_unequal_var", "continuous, very unequal variances (sd 0.3, 2, 6)", 11007, "continuous",
      c("Serre", "Moyen", "Large"), c(10, 25, 8), c(10, 11, 14), c(0.3, 2, 6))
  gen("kg_continuous_k5_unequal_var", "continuous, 5 groups, sd from 0.2 to 5", 11008, "continuous",
      c("a", "b", "c", "d", "e"), c(9, 14, 6, 20, 11), c(0, 0.5, 1, 0.2, 2), c(0.2, 1, 5, 0.5, 3))
  gen("kg_likert8_k3_unequal_var", "8-point scale, spreads 0.4 / 1.5 / 3", 11009, "likert8",
      c("Homogene", "Moyen", "Disperse"), c(25, 30, 20), c(5, 5, 5), c(0.4, 1.5, 3))
  set.seed(11010)
  fixed("kg_likert8_k3_n2_group", "a group of n = 2 (Welch df small)", "likert8", c("Duo", "Grand A", "Grand B"),
        list(c(2L, 7L), likert_scale(18, 4.5, 1.5, 8), likert_scale(24, 5.5, 1.5, 8)))
  set.seed(11011)
  fixed("kg_likert5_k5_n2_group", "k = 5 with a group of n = 2", "likert5", paste0("P", 1:5),
        list(likert_scale(12, 3, 1, 5), c(4L, 5L), likert_scale(9, 3.5, 1, 5), likert_scale(15, 2.5, 1, 5), likert_scale(7, 4, 1, 5)))
  gen("kg_likert5_k3_many_ties", "5-point ceiling: almost only 4 and 5", 11012, "likert5",
      c("A", "B", "C"), c(30, 28, 33), c(4.6, 4.4, 4.8), 0.6)
  gen("kg_likert8_k3_missing", "8-point scale with 15% missing answers", 11013, "likert8",
      c("Vague 1", "Vague 2", "Vague 3"), c(30, 35, 28), c(4, 4.6, 5.3), 1.6, missing = 0.15)
  gen("kg_continuous_k3_no_ties", "continuous, no ties: tie corrections are exactly 1 / 0", 11014, "continuous",
      c("L", "M", "H"), c(8, 12, 10), c(0, 0.8, 1.5), 1)
  gen("kg_likert8_k3_huge_effect", "3 x 60, means 2, 5, 7: tiny p-values, narrow eta^2 interval", 11015, "likert8",
      c("T", "A", "P"), c(60, 60, 60), c(2, 5, 7), 1.4)
  gen("kg_likert5_k3_no_effect", "no effect: F < 1, both eta^2 limits can be 0", 11016, "likert5",
      c("A", "B", "C"), c(20, 22, 19), c(3, 3, 3), 1.1)
  fixed("kg_likert5_k2_tiny_F", "two groups with equal means (3 and 3): F = 0 exactly, R returns rounding noise", "likert5", c("A", "B"),
        list(c(1L, 2L, 3L, 3L, 4L, 5L, 3L), c(2L, 3L, 3L, 4L, 2L, 4L, 3L, 3L)))
  set.seed(11018)
  fixed("kg_likert8_k3_zero_variance_group", "a group answers 6 every time: Welch NaN (infinite weight)", "likert8",
        c("Constant", "B", "C"), list(rep(6L, 8), likert_scale(15, 4, 1.5, 8), likert_scale(12, 5, 1.5, 8)))
  set.seed(11019)
  fixed("kg_likert5_k3_group_of_size_1", "a group of n = 1: oneway.test refuses", "likert5", c("Seul", "B", "C"),
        list(4L, likert_scale(10, 3, 1, 5), likert_scale(12, 3.5, 1, 5)))
  fixed("kg_likert5_k2_n2_each", "two groups of n = 2", "likert5", c("A", "B"), list(c(1L, 3L), c(4L, 5L)))
  L
}

# ---------------------------------------------------------------- two groups: Mann-Whitney and Cliff's delta

wilcox_two <- function(x1, x2, correct) {
  r <- attempt(wilcox.test(x1, x2, exact = FALSE, correct = correct))
  n1 <- length(x1); n2 <- length(x2); N <- n1 + n2
  rk <- rank(c(x1, x2)); ties <- as.numeric(table(rk))
  W <- sum(rk[seq_len(n1)]) - n1 * (n1 + 1) / 2
  mu <- n1 * n2 / 2
  sigma <- sqrt(n1 * n2 / 12 * ((N + 1) - sum(ties^3 - ties) / (N * (N - 1))))
  cc <- if (correct) sign(W - mu) * 0.5 else 0
  z <- (W - mu - cc) / sigma
  if (is.null(r$value))
    return(c(list(W = W, p = NA, z = num(z), mu = mu, sigma = sigma, continuity_correction = correct, method = NA),
             trailer("not computable (see r_error)", r$error, r$warnings)))
  w <- r$value
  if (W != unname(w$statistic)) stop("W by hand disagrees with wilcox.test")
  if (is.finite(w$p.value) && rel_diff(2 * pnorm(-abs(z)), w$p.value) > 1e-12) stop("Mann-Whitney p by hand disagrees")
  c(list(W = num(w$statistic), p = num(w$p.value), z = num(z), mu = mu, sigma = sigma,
         continuity_correction = grepl("continuity correction", w$method), method = w$method),
    trailer(c(nonfinite_note(p = w$p.value), if (sigma == 0) "every value is tied: sigma = 0, z = 0/0"), NULL, r$warnings))
}

# Cliff's delta = P(X > Y) - P(X < Y), X = group 1, and its confidence interval as effsize::cliff.delta
# (Torchiano; effsize is not packaged for Debian, so its method is written out here from its documented
# formulas and checked on its published example):
#   d_ij = sign(x_i - y_j), d = mean(d_ij); d. = d * (n1 n2 - 1) / (n1 n2) when |d| = 1, else d;
#   d_i. = row means, d_.j = column means, SSR = sum (d_ij - d.)^2;
#   unbiased variance (Cliff 1993, effsize default use.unbiased = TRUE):
#     S = (n2^2 sum(d_i. - d.)^2 + n1^2 sum(d_.j - d.)^2 - SSR) / (n1 n2 (n1 - 1) (n2 - 1));
#   consistent variance (use.unbiased = FALSE):
#     S = ((n2 - 1) S_i + (n1 - 1) S_j + S_ij) / (n1 n2), S_i = sum(d_i. - d.)^2 / (n1 - 1),
#     S_j = sum(d_.j - d.)^2 / (n2 - 1), S_ij = SSR / ((n1 - 1)(n2 - 1));
#   quantile Z = qt(1 - a/2, n1 + n2 - 2) (effsize default use.normal = FALSE, Feng & Cliff 2004) or qnorm;
#   limits (Cliff 1996 asymmetric interval) = (d. - d.^3 -/+ Z sqrt(S) sqrt((1 - d.^2)^2 + Z^2 S)) / (1 - d.^2 + Z^2 S);
#   when d = 1 the upper limit is set to 1, when d = -1 the lower limit to -1.
cliff_delta <- function(x1, x2) {
  n1 <- length(x1); n2 <- length(x2)
  dm <- sign(outer(x1, x2, "-"))
  d <- mean(dm)
  dd <- if (abs(d) == 1) d * (n1 * n2 - 1) / (n1 * n2) else d
  di <- rowMeans(dm); dj <- colMeans(dm); ssr <- sum((dm - dd)^2)
  v_unbiased <- (n2^2 * sum((di - dd)^2) + n1^2 * sum((dj - dd)^2) - ssr) / (n1 * n2 * (n1 - 1) * (n2 - 1))
  v_consistent <- ((n2 - 1) * sum((di - dd)^2) / (n1 - 1) + (n1 - 1) * sum((dj - dd)^2) / (n2 - 1) +
                     ssr / ((n1 - 1) * (n2 - 1))) / (n1 * n2)
  interval <- function(variance, quantile_name, level = 0.95) {
    Z <- if (quantile_name == "t") qt(1 - (1 - level) / 2, n1 + n2 - 2) else qnorm(1 - (1 - level) / 2)
    s <- suppressWarnings(sqrt(variance))
    root <- sqrt((1 - dd^2)^2 + Z^2 * variance)
    lo <- (dd - dd^3 - Z * s * root) / (1 - dd^2 + Z^2 * variance)
    hi <- (dd - dd^3 + Z * s * root) / (1 - dd^2 + Z^2 * variance)
    if (d == 1) hi <- 1
    if (d == -1) lo <- -1
    list(level = level, quantile = if (quantile_name == "t") "t(n1 + n2 - 2)" else "normal", Z = Z,
         lower = num(lo), upper = num(hi))
  }
  ci <- function(variance, variance_name) {
    list(variance = variance_name, variance_value = num(variance),
         t = c(interval(variance, "t"), trailer(if (!is.finite(variance) || variance < 0) "variance negative or undefined: limits null")),
         normal = c(interval(variance, "normal"), trailer(if (!is.finite(variance) || variance < 0) "variance negative or undefined: limits null")))
  }
  c(list(delta = d, delta_rescaled = dd, p_greater = mean(dm > 0), p_less = mean(dm < 0), p_equal = mean(dm == 0),
         unbiased = ci(v_unbiased, "unbiased"), consistent = ci(v_consistent, "consistent")),
    trailer(c(if (abs(d) == 1) "groups fully disjoint: effsize rescales d by (n1 n2 - 1)/(n1 n2) in the variance and CI and sets the far limit to +-1",
              if (n1 < 2 || n2 < 2) "a group of n < 2: both variances divide by zero")))
}

# effsize's published example (R/CliffDelta.R and tests/testthat/testCliff.R of effsize): delta = -0.25 and the
# interval (-0.7265846, 0.3890062). The comment there labels it "use.unbiased = F, use.normal = T", but the numbers
# are those of the defaults (unbiased variance, t quantile); the consistent variance is checked through the three
# terms given in effsize's source (S_i. = 0.2669753, S_.j = 0.447, S_ij = 1.0055556).
local({
  x <- c(10, 10, 20, 20, 20, 30, 30, 30, 40, 50); y <- c(10, 20, 30, 40, 40, 50)
  cd <- cliff_delta(x, y)
  stopifnot(cd$delta == -0.25,
            abs(cd$unbiased$t$lower - (-0.7265846)) < 5e-8,
            abs(cd$unbiased$t$upper - 0.3890062) < 5e-8)
  dm <- sign(outer(x, y, "-"))
  stopifnot(abs(sum((rowMeans(dm) + 0.25)^2) / 9 - 0.2669753) < 5e-8,
            abs(sum((colMeans(dm) + 0.25)^2) / 5 - 0.447) < 5e-8,
            abs(sum((dm + 0.25)^2) / 45 - 1.0055556) < 5e-8)
})

two_groups_dataset <- function(id, description, seed, value_kind, labels, x1, x2) {
  a <- as.numeric(na.omit(x1)); b <- as.numeric(na.omit(x2))
  mw_cc <- wilcox_two(a, b, TRUE)
  cd <- cliff_delta(a, b)
  if (abs(cd$delta - (2 * mw_cc$W / (length(a) * length(b)) - 1)) > 1e-14) stop("delta != 2W/(n1 n2) - 1")
  list(id = id, description = description, seed = seed, value_kind = value_kind,
       group_order = sarr(labels),
       groups = list(list(label = labels[1], values = values_json(x1, value_kind)),
                     list(label = labels[2], values = values_json(x2, value_kind))),
       n1 = length(a), n2 = length(b),
       mann_whitney_cc = mw_cc,
       mann_whitney_no_cc = wilcox_two(a, b, FALSE),
       cliff_delta = cd)
}

build_two_groups <- function() {
  L <- list()
  add <- function(d) L[[length(L) + 1]] <<- d
  gen <- function(id, description, seed, value_kind, labels, sizes, means, sds, missing = 0) {
    set.seed(seed)
    sds <- rep_len(sds, 2)
    v <- lapply(1:2, function(i) with_missing(
      if (value_kind == "continuous") rnorm(sizes[i], means[i], sds[i]) else likert_scale(sizes[i], means[i], sds[i], points_of(value_kind)),
      missing))
    add(two_groups_dataset(id, description, seed, value_kind, labels, v[[1]], v[[2]]))
  }
  fixed <- function(id, description, value_kind, labels, x1, x2) add(two_groups_dataset(id, description, NA, value_kind, labels, x1, x2))
  gen("tg_likert8_small_unequal", "8-point scale, n = 5 and 9", 12001, "likert8", c("A", "B"), c(5, 9), c(4, 5.5), 1.5)
  gen("tg_likert5_ties", "5-point scale, 25 and 30: many ties", 12002, "likert5", c("Avant", "Apres"), c(25, 30), c(2.8, 3.4), 1)
  set.seed(12003)
  fixed("tg_likert8_n2", "a group of n = 2 against 7", "likert8", c("Duo", "Sept"), c(3L, 6L), likert_scale(7, 5, 1.5, 8))
  set.seed(12004)
  fixed("tg_likert5_n2_vs_40", "n = 2 against 40", "likert5", c("Duo", "Quarante"), c(5L, 4L), likert_scale(40, 3, 1, 5))
  gen("tg_likert5_many_ties", "5-point scale, answers almost only 4 and 5", 12005, "likert5", c("X", "Y"), c(30, 26), c(4.5, 4.3), 0.5)
  gen("tg_likert8_unequal_var", "8-point scale, sd 0.5 against 2.5", 12006, "likert8", c("Serre", "Large"), c(20, 24), c(5, 5.5), c(0.5, 2.5))
  gen("tg_continuous_no_ties", "continuous, no ties (tie correction exactly 1)", 12007, "continuous", c("P", "Q"), c(12, 15), c(0, 0.7), 1)
  gen("tg_continuous_unequal_var", "continuous, sd 0.2 against 4", 12008, "continuous", c("P", "Q"), c(10, 16), c(1, 1.5), c(0.2, 4))
  gen("tg_likert8_large", "8-point scale, 80 and 75", 12009, "likert8", c("T", "C"), c(80, 75), c(5.2, 4.6), 1.6, missing = 0.05)
  fixed("tg_likert8_disjoint_up", "every answer of group 1 above every answer of group 2: delta = 1", "likert8",
        c("Haut", "Bas"), c(6L, 7L, 8L, 7L), c(1L, 2L, 3L, 2L, 5L))
  fixed("tg_likert5_disjoint_down", "group 1 entirely below group 2: delta = -1", "likert5",
        c("Bas", "Haut"), c(1L, 1L, 2L), c(3L, 4L, 5L, 4L))
  fixed("tg_likert5_identical", "identical distributions: W = n1 n2 / 2, z = 0 (no correction), p = 1", "likert5",
        c("A", "B"), c(1L, 2L, 3L, 4L, 5L, 3L), c(3L, 5L, 4L, 3L, 2L, 1L))
  fixed("tg_likert5_n2_each", "two groups of n = 2", "likert5", c("A", "B"), c(2L, 4L), c(3L, 5L))
  fixed("tg_likert5_one_differs", "all answers 3 except one 4", "likert5", c("A", "B"), c(3L, 3L, 3L), c(3L, 3L, 4L))
  fixed("tg_likert5_all_tied", "every answer is 3: sigma = 0, R returns NaN", "likert5", c("A", "B"), c(3L, 3L, 3L), c(3L, 3L, 3L, 3L))
  fixed("tg_effsize_example", "effsize's published example: delta = -0.25, default interval (-0.7265846, 0.3890062)", "continuous",
        c("treatment", "control"), c(10, 10, 20, 20, 20, 30, 30, 30, 40, 50), c(10, 20, 30, 40, 40, 50))
  L
}

# ---------------------------------------------------------------- p.adjust

build_p_adjust <- function() {
  set.seed(13000)
  cases <- list(
    list(id = "padj_ties_small", p = c(0.02, 0.02, 0.02, 0.04, 0.04)),
    list(id = "padj_all_equal", p = rep(0.03, 6)),
    list(id = "padj_near_one", p = c(0.999, 0.9999, 0.95, 0.98, 1 - 1e-12)),
    list(id = "padj_ties_near_one", p = c(0.99, 0.99, 0.99, 0.5)),
    list(id = "padj_unsorted_ties", p = c(0.5, 0.001, 0.5, 0.04, 0.001, 0.9999999)),
    list(id = "padj_exact_ones", p = c(1, 1, 1)),
    list(id = "padj_ones_and_tiny", p = c(1, 1e-10, 1, 0.3, 1e-10)),
    list(id = "padj_capped_at_one", p = c(0.8, 0.9, 0.95)),
    list(id = "padj_pair", p = c(0.049, 0.051)),
    list(id = "padj_single_near_one", p = 0.9999),
    list(id = "padj_rounded_40", p = round(runif(40)^2, 3)),
    list(id = "padj_dunn_like_10", p = c(0.0012, 0.0455, 0.2301, 0.0455, 0.6672, 0.0012, 0.9871, 0.3318, 0.0103, 0.9871)),
    list(id = "padj_random_25", p = c(runif(20)^4, runif(5, 0.95, 1)))
  )
  lapply(cases, function(c) list(id = c$id, p = arr(c$p), holm = arr(p.adjust(c$p, "holm")), BH = arr(p.adjust(c$p, "BH")),
                                 bonferroni = arr(p.adjust(c$p, "bonferroni"))))
}

# ---------------------------------------------------------------- power.t.test

build_power <- function() {
  cases <- list()
  add <- function(id, solve_for, type, alternative, strict, n = NULL, delta = NULL, sd = 1, sig.level = 0.05, power = NULL) {
    args <- list(n = n, delta = delta, sd = sd, sig.level = sig.level, power = power, type = type, alternative = alternative, strict = strict)
    precise <- attempt(do.call(power.t.test, c(args, list(tol = 1e-13))))
    default <- attempt(do.call(power.t.test, args))
    res <- function(r) if (is.null(r$value)) list(n = NA, delta = NA, power = NA) else
      list(n = num(r$value$n), delta = num(r$value$delta), power = num(r$value$power))
    cases[[length(cases) + 1]] <<- c(list(
      id = id, solve_for = solve_for, type = type, alternative = alternative, strict = strict,
      input = list(n = if (is.null(n)) NA else n, delta = if (is.null(delta)) NA else delta, sd = sd, sig_level = sig.level,
                   power = if (is.null(power)) NA else power),
      result = res(precise), r_default_tol = res(default)),
      trailer(if (!is.null(precise$error)) "power.t.test refused (see r_error)" else NULL,
              precise$error, precise$warnings))
  }
  for (type in c("one.sample", "paired", "two.sample")) {
    for (delta in c(0.2, 0.5, 0.8, 1.2)) {
      add(sprintf("n_%s_d%s_two_sided", type, delta), "n", type, "two.sided", FALSE, delta = delta, power = 0.8)
    }
    add(sprintf("n_%s_d0.5_two_sided_strict", type), "n", type, "two.sided", TRUE, delta = 0.5, power = 0.8)
    add(sprintf("n_%s_d2.5_two_sided_strict", type), "n", type, "two.sided", TRUE, delta = 2.5, power = 0.8)
    add(sprintf("n_%s_d0.5_one_sided", type), "n", type, "one.sided", FALSE, delta = 0.5, power = 0.8)
    add(sprintf("n_%s_likert_sd1.6_d1_p0.9_a0.01", type), "n", type, "two.sided", FALSE, delta = 1, sd = 1.6, sig.level = 0.01, power = 0.9)
    add(sprintf("n_%s_d2.5_small_n", type), "n", type, "two.sided", FALSE, delta = 2.5, power = 0.8)
    for (n in c(3, 10, 40, 250)) {
      add(sprintf("delta_%s_n%d_two_sided", type, n), "delta", type, "two.sided", FALSE, n = n, power = 0.8)
    }
    add(sprintf("delta_%s_n10_two_sided_strict", type), "delta", type, "two.sided", TRUE, n = 10, power = 0.8)
    add(sprintf("delta_%s_n10_one_sided", type), "delta", type, "one.sided", FALSE, n = 10, power = 0.8)
    add(sprintf("delta_%s_n25.5_sd1.6_p0.9", type), "delta", type, "two.sided", FALSE, n = 25.5, sd = 1.6, power = 0.9)
    add(sprintf("power_%s_n20_d0.5", type), "power", type, "two.sided", FALSE, n = 20, delta = 0.5)
    add(sprintf("power_%s_n20_d0.5_strict", type), "power", type, "two.sided", TRUE, n = 20, delta = 0.5)
    add(sprintf("power_%s_n2_d1", type), "power", type, "two.sided", FALSE, n = 2, delta = 1)
  }
  cases
}

# ---------------------------------------------------------------- Cronbach's alpha with missing answers

feldt <- function(alpha, n, k, level = 0.95) {
  a <- 1 - level
  list(n_obs = n, n_items = k, level = level,
       lower = num(1 - (1 - alpha) * qf(1 - a / 2, n - 1, (n - 1) * (k - 1))),
       upper = num(1 - (1 - alpha) * qf(a / 2, n - 1, (n - 1) * (k - 1))))
}

alpha_block <- function(X, n_for_feldt) {
  r <- attempt(psych::alpha(X, check.keys = FALSE, warnings = FALSE))
  k <- ncol(X)
  # psych: C = cov(X, use = "pairwise") (each variance over all answers to that item, each covariance over
  # the rows answering both items), R = cov2cor(C) (not cor(X, use = "pairwise"), which would use the variances
  # over the rows answering both), raw alpha = k/(k-1) (1 - tr C / sum C), std alpha = k/(k-1) (1 - k / sum R).
  C <- cov(X, use = "pairwise"); R <- cov2cor(C)
  by_hand <- (1 - sum(diag(C)) / sum(C)) * k / (k - 1)
  std_by_hand <- (1 - k / sum(R)) * k / (k - 1)
  rbar <- mean(R[upper.tri(R)])
  if (is.null(r$value))
    return(c(list(raw_alpha = NA, std_alpha = NA, average_r = NA, raw_alpha_by_hand = by_hand),
             trailer("psych::alpha failed (see r_error)", r$error, r$warnings)))
  al <- r$value
  if (rel_diff(al$total$raw_alpha, by_hand) > 1e-12) stop("raw alpha by hand disagrees with psych")
  if (rel_diff(al$total$average_r, rbar) > 1e-12) stop("average r by hand disagrees with psych")
  if (rel_diff(al$total$std.alpha, std_by_hand) > 1e-12) stop("standardized alpha by hand disagrees with psych")
  fe <- feldt(al$total$raw_alpha, n_for_feldt, k)
  ps <- al$feldt
  if (!is.null(ps) && (rel_diff(ps$lower.ci[[1]], fe$lower) > 1e-12 || rel_diff(ps$upper.ci[[1]], fe$upper) > 1e-12))
    stop("Feldt interval by formula disagrees with psych's")
  ac <- psych::alpha.ci(al$total$raw_alpha, n_for_feldt, k)
  if (rel_diff(ac$lower.ci[[1]], fe$lower) > 1e-12) stop("alpha.ci disagrees")
  c(list(raw_alpha = num(al$total$raw_alpha), std_alpha = num(al$total$std.alpha), average_r = num(al$total$average_r),
         raw_alpha_by_hand = by_hand, feldt = fe,
         psych_feldt = list(n_obs = nrow(X), lower = num(ps$lower.ci[[1]]), upper = num(ps$upper.ci[[1]]))),
    trailer(NULL, NULL, r$warnings))
}

alpha_dataset <- function(id, description, seed, value_kind, items) {
  X <- as.data.frame(items)
  Xc <- na.omit(X)
  list(id = id, description = description, seed = seed, value_kind = value_kind,
       items = lapply(names(items), function(nm) list(name = nm, values = iarr(items[[nm]]))),
       n_rows = nrow(X), n_complete = nrow(Xc), n_items = ncol(X),
       pairwise = alpha_block(X, nrow(X)),
       complete = alpha_block(Xc, nrow(Xc)))
}

build_alpha <- function() {
  L <- list()
  add <- function(d) L[[length(L) + 1]] <<- d
  gen <- function(id, description, seed, value_kind, n, k, missing, loading = 1, reverse = integer(0), item_missing = NULL) {
    set.seed(seed)
    points <- points_of(value_kind)
    trait <- rnorm(n)
    centre <- (points + 1) / 2
    items <- list()
    for (it in seq_len(k)) {
      v <- likert_scale(n, centre + loading * trait * points / 6, points / 5, points)
      if (it %in% reverse) v <- as.integer(points + 1L - v)
      rate <- if (!is.null(item_missing) && it == 1) item_missing else missing
      items[[sprintf("q%d", it)]] <- with_missing(v, rate)
    }
    add(alpha_dataset(id, description, seed, value_kind, items))
  }
  gen("alpha_likert5_k4_n60_missing5", "5-point, 4 items, 60 rows, 5% missing", 14001, "likert5", 60, 4, 0.05)
  gen("alpha_likert8_k6_n120_missing10", "8-point, 6 items, 120 rows, 10% missing", 14002, "likert8", 120, 6, 0.10)
  gen("alpha_likert5_k3_n15_missing", "5-point, 3 items, 15 rows, 10% missing", 14003, "likert5", 15, 3, 0.10)
  gen("alpha_likert8_k5_no_missing", "8-point, 5 items, no missing: pairwise = complete", 14004, "likert8", 50, 5, 0)
  gen("alpha_likert5_k8_n200_missing20", "5-point, 8 items, 200 rows, 20% missing", 14005, "likert5", 200, 8, 0.20)
  gen("alpha_likert5_k4_item_half_missing", "item q1 half missing: pairwise and complete differ", 14006, "likert5", 80, 4, 0.03,
      item_missing = 0.5)
  gen("alpha_likert8_k3_low_alpha", "weakly related items: low alpha", 14007, "likert8", 70, 3, 0.05, loading = 0.15)
  gen("alpha_likert5_k4_reverse_not_reversed", "a reverse-keyed item left as is: alpha near 0 or negative", 14008, "likert5",
      60, 4, 0.05, reverse = 2L)
  gen("alpha_likert5_k2", "two items only", 14009, "likert5", 40, 2, 0.05)
  add(alpha_dataset("alpha_hand_small", "hand-written 10 x 4 block with 5 missing answers", NA, "likert5",
                    list(q1 = c(4L, 5L, 3L, NA, 2L, 4L, 5L, 3L, 4L, 1L),
                         q2 = c(4L, 4L, 3L, 2L, NA, 5L, 5L, 2L, 4L, 2L),
                         q3 = c(5L, 4L, NA, 2L, 1L, 4L, 4L, 3L, NA, 2L),
                         q4 = c(3L, 5L, 2L, 3L, 2L, NA, 5L, 3L, 4L, 1L))))
  L
}

# ---------------------------------------------------------------- standardized mean differences: Cohen's d, Hedges' g, d_z

# Confidence limits of the noncentrality delta of T'(df, delta) at the observed t: P(T' <= t; delta_L) = 1 - a/2,
# P(T' <= t; delta_U) = a/2 (Steiger & Fouladi 1997), found by uniroot on R's own pt(t, df, ncp) at full precision
# (tol = 1e-300: Brent stops at ~4e-16 relative; extendInt widens the start bracket when needed). pt is decreasing in
# ncp. R's pnt (nmath pnt.c) sums the AS 243 series (errmax 1e-12) unless df > 4e5 or ncp^2 > 2 log(2) 1021
# (|ncp| > 37.6216), where it uses the normal approximation of Abramowitz & Stegun 26.7.10: the branch is decided
# for each evaluated ncp, so each limit is stored with the branch that holds at it. pt is discontinuous at
# |ncp| = 37.62 (the two branches differ there); when the series root lies past the switch while the approximation's
# root lies before it, pt - prob has no root, only a sign change at the jump, and uniroot returns the jump point
# (branch "jump_at_switch", residual up to ~1e-2: what R, and effectsize through it, give).
pnt_switch <- sqrt(2 * log(2) * 1021)   # DBL_MIN_EXP = -1021
ncp_branch <- function(ncp, df) if (df > 4e5 || ncp * ncp > 2 * log(2) * 1021) "normal_approximation" else "series"
ncp_limit <- function(t, df, prob) {
  f <- function(d) pt(t, df, ncp = d) - prob
  s <- 1 / (4 * df)
  start <- t * (1 - s) - qnorm(prob) * sqrt(1 + t * t * 2 * s)   # the A&S 26.7.10 root, a starting point only
  r <- uniroot(f, c(start - 1, start + 1), tol = 1e-300, maxiter = 5000, extendInt = "downX")
  residual <- f(r$root)
  branch <- ncp_branch(r$root, df)
  if (abs(residual) > 1e-12) {
    # not a root: accept only the jump of pt at |ncp| = 37.62, with the sign change across it
    inside <- sign(r$root) * pnt_switch * (1 - 1e-13); outside <- sign(r$root) * pnt_switch * (1 + 1e-13)
    if (df > 4e5 || abs(abs(r$root) / pnt_switch - 1) > 1e-14 || sign(f(inside)) == sign(f(outside)))
      stop(sprintf("ncp root with residual %g (t = %g, df = %g)", residual, t, df))
    branch <- "jump_at_switch"
  }
  list(root = r$root, residual = residual, branch = branch)
}
ncp_interval <- function(t, df, level) {
  a <- 1 - level
  lo <- ncp_limit(t, df, 1 - a / 2); hi <- ncp_limit(t, df, a / 2)
  list(level = level, ncp_lower = lo$root, ncp_upper = hi$root, ncp_lower_branch = lo$branch, ncp_upper_branch = hi$branch,
       ncp_lower_residual = lo$residual, ncp_upper_residual = hi$residual)
}
# Hedges' J(m) = Gamma(m/2) / (sqrt(m/2) Gamma((m - 1)/2)) through lbeta(a, 1/2) = lgamma(a) + lgamma(1/2) - lgamma(a + 1/2),
# a = (m - 1)/2: R's lbeta uses lgammacor for a large argument, so no cancellation of two huge lgammas (effectsize's
# exp(lgamma(m/2) - log(sqrt(m/2)) - lgamma((m - 1)/2)) loses ~1e-10 relative at m = 6e5).
hedges_j <- function(m) exp(lgamma(0.5) - lbeta((m - 1) / 2, 0.5) - 0.5 * log(m / 2))
hedges_j_effectsize <- function(m) exp(lgamma(m / 2) - log(sqrt(m / 2)) - lgamma((m - 1) / 2))
# Checked against lgamma where that is exact enough (m <= 38) and against mpmath at 40 digits (J(1000), J(399998),
# J(599998)); effectsize's lgamma form is off by 2.4e-13 at m = 1000 and 1.7e-10 at m = 599998.
local({
  for (m in c(2, 3, 5, 10, 38)) if (rel_diff(hedges_j(m), hedges_j_effectsize(m)) > 1e-14) stop("J via lbeta != J via lgamma")
  mp <- c(`1000` = 0.99924978117971636752, `399998` = 0.99999812498925775085, `599998` = 0.99999874999522567618)
  for (m in names(mp)) if (rel_diff(hedges_j(as.numeric(m)), mp[[m]]) > 1e-15) stop("J via lbeta != mpmath")
})
sd_trailer_note <- function(cis) {
  br <- unlist(lapply(cis, function(ci) c(ci$ncp_lower_branch, ci$ncp_upper_branch)))
  if (any(br == "jump_at_switch")) "a limit is the jump of R's pt at |ncp| = 37.62 (no root: the series root lies past the switch, the approximation's before it)" else
  if (all(br == "series")) NULL else if (all(br == "normal_approximation")) "every ncp limit lies where pnt uses the A&S 26.7.10 normal approximation" else
    "some ncp limits lie where pnt uses the A&S 26.7.10 normal approximation (|ncp| > 37.62), the others in the series region"
}

sd_levels <- c(0.95, 0.90)

two_groups_sd <- function(id, description, seed, value_kind, labels, x = NULL, y = NULL, summary = NULL) {
  if (is.null(summary)) {
    n1 <- length(x); n2 <- length(y); m1 <- mean(x); m2 <- mean(y); s1 <- sd(x); s2 <- sd(y)
  } else {
    n1 <- summary$n1; n2 <- summary$n2; m1 <- summary$mean1; m2 <- summary$mean2; s1 <- summary$sd1; s2 <- summary$sd2
  }
  df <- n1 + n2 - 2
  sp <- sqrt(((n1 - 1) * s1^2 + (n2 - 1) * s2^2) / df)
  d <- (m1 - m2) / sp
  scale <- sqrt(1 / n1 + 1 / n2)
  t <- d / scale
  J <- hedges_j(df)
  warns <- character(0)
  cis <- lapply(sd_levels, function(level) {
    ci <- ncp_interval(t, df, level)
    ci$d_lower <- ci$ncp_lower * scale; ci$d_upper <- ci$ncp_upper * scale
    ci$g_lower <- J * ci$d_lower; ci$g_upper <- J * ci$d_upper
    if (is.null(summary)) {
      ed <- attempt(effectsize::cohens_d(x, y, pooled_sd = TRUE, ci = level, verbose = FALSE))
      eg <- attempt(effectsize::hedges_g(x, y, pooled_sd = TRUE, ci = level, verbose = FALSE))
      warns <<- c(warns, ed$warnings, eg$warnings)
      if (!is.null(ed$error) || !is.null(eg$error)) stop(paste("effectsize failed:", ed$error, eg$error))
      if (rel_diff(ed$value$Cohens_d, d) > 1e-12) stop("effectsize's d differs from (m1 - m2)/pooled sd")
      if (rel_diff(eg$value$Hedges_g, J * d) > 1e-12) stop("effectsize's g differs from J d")
      e <- list(functions = "effectsize::cohens_d(x, y, pooled_sd = TRUE, ci = level) and effectsize::hedges_g(x, y, pooled_sd = TRUE, ci = level)",
                cohens_d = ed$value$Cohens_d, hedges_g = eg$value$Hedges_g,
                d_CI_low = ed$value$CI_low, d_CI_high = ed$value$CI_high, g_CI_low = eg$value$CI_low, g_CI_high = eg$value$CI_high)
    } else {
      # no raw values: effectsize's own ncp search (.get_ncp_t, what cohens_d calls) at the same t and df
      ts <- effectsize:::.get_ncp_t(t, df, level)
      Je <- hedges_j_effectsize(df)
      e <- list(functions = "effectsize:::.get_ncp_t(t, df, level) * sqrt(1/n1 + 1/n2) (cohens_d's internal search; summary statistics only), times effectsize's J for g",
                cohens_d = d, hedges_g = Je * d,
                d_CI_low = ts[1] * scale, d_CI_high = ts[2] * scale, g_CI_low = Je * ts[1] * scale, g_CI_high = Je * ts[2] * scale)
    }
    gap <- max(abs(c(e$d_CI_low - ci$d_lower, e$d_CI_high - ci$d_upper, e$g_CI_low - ci$g_lower, e$g_CI_high - ci$g_upper)))
    if (!is.finite(gap) || gap > 1e-3) stop(sprintf("%s: effectsize's interval differs from the uniroot one by %g", id, gap))
    ci$effectsize <- c(e, list(max_abs_difference = gap))
    ci
  })
  c(list(id = id, description = description, seed = seed, value_kind = value_kind, design = "two_groups",
       input = if (is.null(summary)) "raw" else "summary",
       group_order = sarr(labels),
       groups = if (is.null(summary)) list(list(label = labels[1], values = values_json(x, value_kind)),
                                           list(label = labels[2], values = values_json(y, value_kind))) else NA,
       n1 = as.integer(n1), n2 = as.integer(n2), mean1 = m1, mean2 = m2, sd1 = s1, sd2 = s2,
       df = df, pooled_sd = sp, cohens_d = d, scale = scale, t = t, hedges_j = J, hedges_g = J * d,
       intervals = cis),
    trailer(sd_trailer_note(cis), NULL, unique(warns)))
}

paired_sd <- function(id, description, seed, value_kind, before, after) {
  diff <- after - before
  n <- length(diff); m <- mean(diff); s <- sd(diff)
  dz <- m / s; df <- n - 1; root <- sqrt(n); t <- dz * root
  warns <- character(0)
  cis <- lapply(sd_levels, function(level) {
    ci <- ncp_interval(t, df, level)
    ci$dz_lower <- ci$ncp_lower / root; ci$dz_upper <- ci$ncp_upper / root
    ed <- attempt(effectsize::cohens_d(after, before, paired = TRUE, ci = level, verbose = FALSE))
    warns <<- c(warns, ed$warnings)
    if (!is.null(ed$error)) stop(paste("effectsize failed:", ed$error))
    if (rel_diff(ed$value$Cohens_d, dz) > 1e-12) stop("effectsize's paired d differs from mean(diff)/sd(diff)")
    gap <- max(abs(c(ed$value$CI_low - ci$dz_lower, ed$value$CI_high - ci$dz_upper)))
    if (!is.finite(gap) || gap > 1e-3) stop(sprintf("%s: effectsize's d_z interval differs from the uniroot one by %g", id, gap))
    ci$effectsize <- list(functions = "effectsize::cohens_d(after, before, paired = TRUE, ci = level)",
                          d_z = ed$value$Cohens_d, CI_low = ed$value$CI_low, CI_high = ed$value$CI_high, max_abs_difference = gap)
    ci
  })
  c(list(id = id, description = description, seed = seed, value_kind = value_kind, design = "paired",
       before = values_json(before, value_kind), after = values_json(after, value_kind),
       n = as.integer(n), mean_change = m, sd_change = s, d_z = dz, df = df, t = t, intervals = cis),
    trailer(sd_trailer_note(cis), NULL, unique(warns)))
}

build_standardized_difference <- function() {
  L <- list()
  add <- function(d) L[[length(L) + 1]] <<- d
  gen <- function(id, description, seed, value_kind, labels, sizes, means, sds) {
    set.seed(seed)
    sds <- rep_len(sds, 2)
    v <- lapply(1:2, function(i) if (value_kind == "continuous") rnorm(sizes[i], means[i], sds[i]) else
      likert_scale(sizes[i], means[i], sds[i], points_of(value_kind)))
    add(two_groups_sd(id, description, seed, value_kind, labels, v[[1]], v[[2]]))
  }
  fixed <- function(id, description, value_kind, labels, x, y) add(two_groups_sd(id, description, NA, value_kind, labels, x, y))
  gen("sd_tg_continuous_3_vs_4", "continuous, n = 3 against 4 (df = 5)", 15001, "continuous", c("A", "B"), c(3, 4), c(1, 0), 1)
  gen("sd_tg_likert8_3_vs_4", "8-point scale, n = 3 against 4", 15002, "likert8", c("A", "B"), c(3, 4), c(5.5, 4), 1.5)
  fixed("sd_tg_likert5_2_vs_2", "two groups of n = 2 (df = 2)", "likert5", c("A", "B"), c(4L, 5L), c(2L, 4L))
  gen("sd_tg_continuous_unequal_5_vs_12", "continuous, unequal n (5 and 12)", 15004, "continuous", c("P", "Q"), c(5, 12), c(0.4, 0), 1)
  gen("sd_tg_likert8_ties_25_vs_30", "8-point scale, 25 and 30: many ties", 15005, "likert8", c("Avant", "Apres"), c(25, 30), c(4.4, 5.1), 1.6)
  gen("sd_tg_likert8_negative_12_vs_15", "8-point scale, group 1 lower: negative d", 15006, "likert8", c("Bas", "Haut"), c(12, 15), c(3.6, 5.2), 1.5)
  gen("sd_tg_likert8_150_vs_200", "8-point scale, 150 and 200", 15007, "likert8", c("T", "C"), c(150, 200), c(5.0, 4.7), 1.7)
  fixed("sd_tg_likert5_zero_effect", "equal means (3 and 3): d = 0, t = 0, limits -+qnorm(1 - a/2) exactly", "likert5",
        c("A", "B"), c(1L, 2L, 3L, 4L, 5L), c(2L, 3L, 4L))
  gen("sd_tg_huge_effect_4_vs_4", "huge effect, n = 4 and 4: lower ncp limit in the series region, upper beyond 37.62 (normal approximation)",
      15009, "continuous", c("Haut", "Bas"), c(4, 4), c(10, 0), 0.4)
  gen("sd_tg_huge_negative_effect_5_vs_4", "huge negative effect, n = 5 and 4: |ncp| limits on both sides of 37.62",
      15010, "continuous", c("Bas", "Haut"), c(5, 4), c(0, 9), 0.6)
  gen("sd_tg_huge_effect_60_vs_60", "d about 10 with 60 and 60: both ncp limits beyond 37.62 (normal approximation)",
      15011, "continuous", c("Haut", "Bas"), c(60, 60), c(10, 0), 1)
  fixed("sd_tg_jump_5_vs_6", "t = -71 on 9 df: at 95 % the upper ncp limit is the jump of R's pt at -37.62 (no root)", "continuous",
        c("Bas", "Haut"), c(-0.66, -0.23, 1.72, -0.73, -0.1), c(43.84, 42.79, 42.72, 43.54, 41.23, 43.87))
  add(two_groups_sd("sd_tg_summary_300000_each", "summary statistics only, n1 = n2 = 300000 (df = 599998 > 4e5: normal approximation), d = 0.05",
                    NA, "continuous", c("A", "B"), summary = list(n1 = 300000, n2 = 300000, mean1 = 0.05, mean2 = 0, sd1 = 1, sd2 = 1)))
  add(two_groups_sd("sd_tg_summary_200000_each", "summary statistics only, n1 = n2 = 200000 (df = 399998, just below 4e5: series), d = 0.01",
                    NA, "continuous", c("A", "B"), summary = list(n1 = 200000, n2 = 200000, mean1 = 0.01, mean2 = 0, sd1 = 1, sd2 = 1)))

  pgen <- function(id, description, seed, value_kind, n, mean_before, change, sd_before, sd_change) {
    set.seed(seed)
    if (value_kind == "continuous") {
      before <- rnorm(n, mean_before, sd_before); after <- before + rnorm(n, change, sd_change)
    } else {
      pts <- points_of(value_kind)
      before <- likert_scale(n, mean_before, sd_before, pts)
      after <- as.integer(pmin(pts, pmax(1, before + round(rnorm(n, change, sd_change)))))
    }
    add(paired_sd(id, description, seed, value_kind, before, after))
  }
  pfixed <- function(id, description, value_kind, before, after) add(paired_sd(id, description, NA, value_kind, before, after))
  pfixed("sd_paired_n2", "n = 2 pairs (df = 1)", "likert8", c(3L, 5L), c(5L, 6L))
  pfixed("sd_paired_n3", "n = 3 pairs (df = 2)", "likert5", c(2L, 3L, 4L), c(3L, 5L, 4L))
  pgen("sd_paired_continuous_n5", "continuous, n = 5", 15101, "continuous", 5, 10, 0.8, 2, 1)
  pgen("sd_paired_likert8_n12", "8-point scale, n = 12", 15102, "likert8", 12, 4.5, 0.8, 1.5, 1.2)
  pgen("sd_paired_likert8_n30_ties", "8-point scale, n = 30: many tied changes", 15103, "likert8", 30, 4.5, 0.5, 1.5, 1)
  pgen("sd_paired_likert5_n80_negative", "5-point scale, n = 80, answers fall: negative d_z", 15104, "likert5", 80, 3.5, -0.4, 1, 0.9)
  pfixed("sd_paired_zero_mean_change", "changes +1, -1, +1, -1: d_z = 0, limits -+qnorm(1 - a/2)/2", "likert5", c(1L, 2L, 3L, 4L), c(2L, 1L, 4L, 3L))
  pgen("sd_paired_huge_effect_n3", "huge effect with n = 3 (df = 2)", 15106, "continuous", 3, 10, 10, 2, 1)
  pgen("sd_paired_huge_effect_n10", "huge effect, n = 10: lower ncp limit in the series region, upper beyond 37.62",
       15107, "continuous", 10, 10, 8, 2, 0.5)
  pfixed("sd_paired_jump_n10", "t = -70.9 on 9 df: at 95 % the upper ncp limit is the jump of R's pt at -37.62 (no root)", "continuous",
         c(48.5, 45.7, 54.5, 45.8, 50.5, 46.1, 56.7, 44.5, 57.1, 50.4),
         c(29.02, 26.19, 34.34, 25.6, 30.98, 27.6, 36.49, 22.57, 37.18, 29.83))
  pgen("sd_paired_huge_effect_n40", "d_z about 10 with n = 40: both ncp limits beyond 37.62", 15108, "continuous", 40, 10, 10, 2, 1)
  L
}

# ---------------------------------------------------------------- write

packages <- c("stats", "car", "psych", "effectsize", "rstatix", "jsonlite")
meta <- list(
  generator = "Tests/StatisticsTests/Fixtures/r/make-fixtures-reports.R",
  r_version = R.version.string,
  packages = setNames(lapply(packages, function(p) as.character(packageVersion(p))), packages),
  packages_not_available = sarr(c("dunn.test", "effsize", "MBESS", "PMCMRplus", "FSA")),
  number_format = "17 significant digits; NA, NaN and +-Inf written as null (a note explains why)",
  conventions = "see README.md in this folder")

format_double <- function(x) ifelse(is.finite(x), sprintf("%.17g", x), "null")
verbatim <- function(text) structure(text, class = "json")
as_exact_json <- function(x) {
  if (is.list(x)) {
    out <- lapply(x, as_exact_json)
    attributes(out) <- attributes(x)[intersect(names(attributes(x)), c("names", "class"))]
    return(out)
  }
  if (!is.double(x)) return(x)
  if (inherits(x, "AsIs") || length(x) != 1)
    return(verbatim(paste0("[", paste(format_double(unclass(x)), collapse = ","), "]")))
  verbatim(format_double(x))
}

write_fixture <- function(file, datasets, what) {
  obj <- as_exact_json(list(meta = c(meta, list(content = what)), datasets = datasets))
  txt <- toJSON(obj, auto_unbox = TRUE, json_verbatim = TRUE, na = "null", null = "null", pretty = FALSE)
  writeLines(txt, file, useBytes = TRUE)
  cat(sprintf("%-22s %3d datasets, %8d bytes\n", file, length(datasets), file.size(file)))
}

write_fixture("k_groups_reports.json", build_k_groups(),
              "k groups: Welch ANOVA, Levene (mean, median), Kruskal-Wallis, Dunn pairs, eta^2 / omega^2 with noncentral-F intervals")
write_fixture("two_groups_rank.json", build_two_groups(),
              "two groups: Mann-Whitney normal approximation with and without continuity correction, Cliff's delta and intervals")
write_fixture("p_adjust_reports.json", build_p_adjust(), "p.adjust holm, BH, bonferroni: ties, values near 1")
write_fixture("power_t.json", build_power(), "power.t.test: n, delta or power solved, one-sample, paired, two-sample")
write_fixture("alpha_missing.json", build_alpha(), "psych::alpha with missing answers: pairwise default and complete rows, Feldt interval")
write_fixture("standardized_difference.json", build_standardized_difference(),
              "Cohen's d, Hedges' g and d_z: noncentral-t confidence limits by uniroot on pt(ncp = ), effectsize cross-check")
