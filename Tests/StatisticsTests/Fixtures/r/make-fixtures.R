# Reference fixtures for Octant's Statistics module, computed with R.
# Regenerate from this folder with:  Rscript make-fixtures.R
# Writes groups.json, paired.json, mixed.json, manova.json, cld.json and p_adjust.json next to this script.
# Every dataset is generated deterministically (set.seed per dataset); README.md documents the schema.

suppressPackageStartupMessages({
  library(jsonlite)
  library(car)
  library(multcompView)
  library(psych)
})

MU0 <- 4.5                 # reference value of the one-sample t test (centre of the 1..8 scale)
SCALE <- 1:8               # the 8-point agreement scale

# ---------------------------------------------------------------- helpers

# Runs expr, collecting warnings and turning an error into a message instead of stopping.
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

# A scalar for JSON: NULL, NA, NaN and +-Inf all become null.
num <- function(x) {
  if (is.null(x) || length(x) == 0) return(NA)
  x <- unname(x[[1]])
  if (is.logical(x) && is.na(x)) return(NA)
  if (!is.finite(x)) return(NA)
  x
}
nonfinite_note <- function(...) {
  vals <- list(...)
  bad <- names(vals)[vapply(vals, function(v) is.null(v) || length(v) == 0 || !is.finite(v[[1]]), logical(1))]
  if (length(bad) == 0) NULL else paste0("non-finite value(s) written as null: ", paste(bad, collapse = ", "))
}
# A numeric array for JSON (never unboxed); non-finite entries become null.
arr <- function(x) { x <- unname(as.numeric(x)); x[!is.finite(x)] <- NA; I(x) }
iarr <- function(x) I(unname(as.integer(x)))
sarr <- function(x) I(unname(as.character(x)))
str_or_null <- function(x) if (is.null(x) || length(x) == 0) NA_character_ else paste(x, collapse = "; ")

# Common trailer of every test object: a human note (why a statistic is null), R's error and warnings.
trailer <- function(note = NULL, error = NULL, warnings = character(0)) {
  list(note = str_or_null(note), r_error = str_or_null(error), r_warnings = sarr(warnings))
}

likert <- function(n, mean, sd = 1.6) {
  as.integer(pmin(8, pmax(1, round(rnorm(n, mean, sd)))))
}
with_missing <- function(x, rate) {
  if (rate <= 0 || length(x) < 3) return(x)
  x[runif(length(x)) < rate] <- NA
  if (all(is.na(x))) x[1] <- 4L
  x
}

# Relabels letters by order of first appearance when groups are scanned in group order, and sorts
# each group's letters: a canonical form independent of which letter R happened to pick.
canonical_letters <- function(letters_per_group) {
  mapping <- character(0)
  alphabet <- c(letters, LETTERS)
  out <- character(length(letters_per_group))
  for (g in seq_along(letters_per_group)) {
    chars <- strsplit(letters_per_group[[g]], "")[[1]]
    chars <- chars[chars != " "]
    for (ch in chars) if (!(ch %in% names(mapping))) mapping[ch] <- alphabet[length(mapping) + 1]
    out[g] <- paste(sort(unname(mapping[chars])), collapse = "")
  }
  out
}

# ---------------------------------------------------------------- studentized range, precisely

# R's ptukey is accurate to about 1e-6 absolute only (worse at df = 2: errors of 4e-5 seen here) and
# returns 0 or noise below ~1e-14. For a sharper reference, the upper tail
#   P(Q > q) = integral over s of f_s(s) * P(range of k N(0,1) > q s) ds,   s = sqrt(chi2_df / df),
#   P(range > w) = k * integral phi(z) [Phi(z)^(k-1) - (Phi(z) - Phi(z-w))^(k-1)] dz
# is evaluated directly (no 1 - cdf cancellation) by Gauss-Legendre quadrature on pieces placed around
# the integrands' features. Checked against the mpmath reference in ../studentized_range_mpmath_ref.json
# (worst absolute error 3e-14) and, for k = 2, against the exact 2 * pt(-q / sqrt(2), df) (relative
# error below 1e-12 for df >= 2 and p > 1e-50; 1e-8 for 1 < df < 2 or p ~ 1e-100).
gauss_legendre <- function(n) {
  i <- seq_len(n - 1); b <- i / sqrt(4 * i^2 - 1)
  J <- matrix(0, n, n); J[cbind(i, i + 1)] <- b; J[cbind(i + 1, i)] <- b
  e <- eigen(J, symmetric = TRUE)
  list(x = e$values, w = 2 * e$vectors[1, ]^2)
}
GL32 <- gauss_legendre(32)
range_sf <- function(w, k) {
  if (w <= 0) return(1)
  br <- sort(unique(c(-40, -10, -5, -2, 0, 2, 5, w / 2 + c(-5, -2, 0, 2, 5), w + c(-5, -2, 0, 2, 5, 10), w + 40)))
  br <- br[br >= -40 & br <= w + 40]
  lo <- br[-length(br)]; hi <- br[-1]
  z <- outer((hi - lo) / 2, GL32$x) + (hi + lo) / 2
  wt <- outer((hi - lo) / 2, GL32$w)
  a <- pnorm(z); b <- pnorm(z - w)
  v <- k * dnorm(z) * (-(a^(k - 1)) * expm1((k - 1) * log1p(-b / a)))
  v[a == 0] <- 0
  sum(wt * v)
}
ptukey_upper_precise <- function(q, k, df) {
  if (!is.finite(q) || !is.finite(df) || df <= 1) return(NA)
  logc <- (df / 2) * log(df) - lgamma(df / 2) - (df / 2 - 1) * log(2)
  br <- sort(unique(c(0, 1e-4 * 2^(0:13), 0.9, 0.95, 0.98, 1, 1.02, 1.05, 1.1, 1.2, 1.4, 1.8, 2.2, 2.6, 3, 4, 5, 7, 10, 15, 25)))
  lo <- br[-length(br)]; hi <- br[-1]
  s <- as.vector(outer((hi - lo) / 2, GL32$x) + (hi + lo) / 2)
  wt <- as.vector(outer((hi - lo) / 2, GL32$w))
  dens <- exp(logc + (df - 1) * log(s) - df * s^2 / 2)
  keep <- dens > 0
  min(1, sum(wt[keep] * dens[keep] * vapply(s[keep], function(si) range_sf(q * si, k), numeric(1))))
}

# ---------------------------------------------------------------- descriptives

descriptives <- function(x, likert_scale) {
  n_missing <- sum(is.na(x))
  x <- as.numeric(x[!is.na(x)])
  n <- length(x)
  notes <- NULL
  m <- if (n >= 1) mean(x) else NA
  s <- if (n >= 2) sd(x) else NA
  se <- if (n >= 2) s / sqrt(n) else NA
  half <- if (n >= 2) qt(0.975, n - 1) * se else NA
  if (n < 2) notes <- c(notes, "n < 2: sd, se and CI undefined")
  q7 <- if (n >= 1) quantile(x, c(0.25, 0.5, 0.75), type = 7) else rep(NA, 3)
  q6 <- if (n >= 1) quantile(x, c(0.25, 0.5, 0.75), type = 6) else rep(NA, 3)
  c(list(n = n, n_missing = n_missing, mean = num(m), sd = num(s), se = num(se),
         ci95_lower = num(m - half), ci95_upper = num(m + half),
         median = num(if (n >= 1) median(x) else NA),
         quartiles_type7 = arr(q7), quartiles_type6 = arr(q6),
         min = num(if (n >= 1) min(x) else NA), max = num(if (n >= 1) max(x) else NA),
         counts = if (likert_scale) iarr(tabulate(factor(x, levels = SCALE), nbins = 8)) else NA),
    trailer(notes))
}

one_sample <- function(x) {
  x <- x[!is.na(x)]
  r <- attempt(t.test(x, mu = MU0))
  if (is.null(r$value)) {
    return(c(list(n = length(x), t = NA, df = NA, p = NA, ci95_lower = NA, ci95_upper = NA, mean = num(mean(x))),
             trailer("t test not computable (see r_error)", r$error, r$warnings)))
  }
  tt <- r$value
  c(list(n = length(x), t = num(tt$statistic), df = num(tt$parameter), p = num(tt$p.value),
         ci95_lower = num(tt$conf.int[1]), ci95_upper = num(tt$conf.int[2]), mean = num(tt$estimate)),
    trailer(nonfinite_note(t = tt$statistic, p = tt$p.value), r$error, r$warnings))
}

# ---------------------------------------------------------------- two groups

t_two <- function(x1, x2, equal) {
  r <- attempt(t.test(x1, x2, var.equal = equal))
  if (is.null(r$value))
    return(c(list(t = NA, df = NA, p = NA, ci95_lower = NA, ci95_upper = NA, mean_difference = NA),
             trailer("not computable (see r_error)", r$error, r$warnings)))
  tt <- r$value
  c(list(t = num(tt$statistic), df = num(tt$parameter), p = num(tt$p.value),
         ci95_lower = num(tt$conf.int[1]), ci95_upper = num(tt$conf.int[2]),
         mean_difference = num(tt$estimate[1] - tt$estimate[2])),
    trailer(nonfinite_note(t = tt$statistic, p = tt$p.value), NULL, r$warnings))
}

levene <- function(y, g, center) {
  r <- attempt(leveneTest(y ~ g, center = center))
  if (is.null(r$value))
    return(c(list(F = NA, df1 = NA, df2 = NA, p = NA), trailer("not computable (see r_error)", r$error, r$warnings)))
  tab <- r$value
  # Absolute deviations that are constant within every group make the ANOVA fit perfect: F is +Inf
  # (or 0/0) mathematically, and R's finite F (e.g. 9e30) is rounding noise. Such cases are nulled.
  z <- abs(y - ave(y, g, FUN = center))
  ssw <- sum((z - ave(z, g))^2); sst <- sum((z - mean(z))^2)
  if (ssw <= 1e-20 * max(sst, sum(z^2))) {
    return(c(list(F = NA, df1 = num(tab[1, "Df"]), df2 = num(tab[2, "Df"]), p = NA, r_F_raw = num(tab[1, "F value"])),
             trailer(paste0("absolute deviations are constant within every group: perfect fit, F undefined ",
                            if (sst > 0) "(+Inf)" else "(0/0)", "; R's value (r_F_raw) is rounding noise"), NULL, r$warnings)))
  }
  c(list(F = num(tab[1, "F value"]), df1 = num(tab[1, "Df"]), df2 = num(tab[2, "Df"]), p = num(tab[1, "Pr(>F)"]), r_F_raw = num(tab[1, "F value"])),
    trailer(nonfinite_note(F = tab[1, "F value"], p = tab[1, "Pr(>F)"]), NULL, r$warnings))
}

wilcox_two <- function(x1, x2, ...) {
  r <- attempt(wilcox.test(x1, x2, ...))
  if (is.null(r$value))
    return(c(list(W = NA, p = NA, exact = NA, continuity_correction = NA, method = NA),
             trailer("not computable (see r_error)", r$error, r$warnings)))
  w <- r$value
  exact <- grepl("exact", w$method)
  c(list(W = num(w$statistic), p = num(w$p.value), exact = exact,
         continuity_correction = grepl("continuity correction", w$method), method = w$method),
    trailer(NULL, NULL, r$warnings))
}

two_groups <- function(values, labels) {
  x1 <- as.numeric(na.omit(values[[1]])); x2 <- as.numeric(na.omit(values[[2]]))
  n1 <- length(x1); n2 <- length(x2)
  head <- list(group1 = labels[1], group2 = labels[2], n1 = n1, n2 = n2)
  if (n1 < 2 || n2 < 2) {
    return(c(head, list(available = FALSE),
             trailer(sprintf("two-group tests need n >= 2 in each of the first two groups (n1 = %d, n2 = %d)", n1, n2))))
  }
  y <- c(x1, x2); g <- factor(rep(labels[1:2], c(n1, n2)), levels = labels[1:2])
  vt <- attempt(var.test(x1, x2))
  var_test <- if (is.null(vt$value)) {
    c(list(F = NA, df1 = NA, df2 = NA, p = NA), trailer("not computable (see r_error)", vt$error, vt$warnings))
  } else {
    v <- vt$value
    c(list(F = num(v$statistic), df1 = num(v$parameter[1]), df2 = num(v$parameter[2]), p = num(v$p.value)),
      trailer(nonfinite_note(F = v$statistic, p = v$p.value), NULL, vt$warnings))
  }
  df <- n1 + n2 - 2
  sp <- sqrt(((n1 - 1) * var(x1) + (n2 - 1) * var(x2)) / df)
  d <- (mean(x1) - mean(x2)) / sp
  j_exact <- exp(lgamma(df / 2) - lgamma((df - 1) / 2)) / sqrt(df / 2)
  j_approx <- 1 - 3 / (4 * df - 1)
  effect <- c(list(mean_difference = mean(x1) - mean(x2), pooled_sd = num(sp), df = df, cohen_d = num(d),
                   hedges_j_exact = j_exact, hedges_j_approx = j_approx,
                   hedges_g_exact = num(j_exact * d), hedges_g_approx = num(j_approx * d)),
              trailer(if (sp == 0) "pooled SD is zero: d and g undefined" else NULL))
  c(head, list(available = TRUE,
               student_t = t_two(x1, x2, TRUE),
               welch_t = t_two(x1, x2, FALSE),
               var_test = var_test,
               levene_mean = levene(y, g, mean),
               brown_forsythe_median = levene(y, g, median),
               wilcoxon_default = wilcox_two(x1, x2),
               wilcoxon_normal_cc = wilcox_two(x1, x2, exact = FALSE, correct = TRUE),
               effect_size = effect),
    trailer(NULL))
}

# ---------------------------------------------------------------- k groups

k_groups <- function(y, g) {
  k <- nlevels(g); N <- length(y)
  fit <- aov(y ~ g)
  tab <- anova(lm(y ~ g))
  ssb <- tab[1, "Sum Sq"]; ssw <- tab[2, "Sum Sq"]; sst <- ssb + ssw
  msw <- tab[2, "Mean Sq"]
  anova_obj <- c(list(ss_between = ssb, ss_within = ssw, ss_total = sst,
                      df_between = tab[1, "Df"], df_within = tab[2, "Df"],
                      ms_between = tab[1, "Mean Sq"], ms_within = msw,
                      F = num(tab[1, "F value"]), p = num(tab[1, "Pr(>F)"])),
                 trailer(nonfinite_note(F = tab[1, "F value"], p = tab[1, "Pr(>F)"])))
  ow <- attempt(oneway.test(y ~ g, var.equal = FALSE))
  welch <- if (is.null(ow$value)) {
    c(list(F = NA, df1 = NA, df2 = NA, p = NA), trailer("not computable (see r_error)", ow$error, ow$warnings))
  } else {
    o <- ow$value
    note <- nonfinite_note(F = o$statistic, df2 = o$parameter[2], p = o$p.value)
    sizes <- table(g); vars <- tapply(y, g, var)
    if (any(sizes < 2)) note <- c(note, "a group has n < 2: its variance (and weight n/s^2) is undefined")
    if (any(vars == 0, na.rm = TRUE)) note <- c(note, "a group has zero variance: its weight n/s^2 is infinite")
    c(list(F = num(o$statistic), df1 = num(o$parameter[1]), df2 = num(o$parameter[2]), p = num(o$p.value)),
      trailer(note, NULL, ow$warnings))
  }
  kw <- attempt(kruskal.test(y ~ g))
  kruskal <- if (is.null(kw$value)) {
    c(list(H = NA, df = NA, p = NA), trailer("not computable (see r_error)", kw$error, kw$warnings))
  } else {
    c(list(H = num(kw$value$statistic), df = num(kw$value$parameter), p = num(kw$value$p.value)),
      trailer(nonfinite_note(H = kw$value$statistic, p = kw$value$p.value), NULL, kw$warnings))
  }
  list(k = k, n_total = N, anova = anova_obj, welch_anova = welch,
       levene_mean = levene(y, g, mean), brown_forsythe_median = levene(y, g, median),
       kruskal_wallis = kruskal,
       eta_squared = num(ssb / sst),
       omega_squared = num((ssb - (k - 1) * msw) / (sst + msw)))
}

# ---------------------------------------------------------------- post hoc

games_howell_pair <- function(xi, xj, k) {
  ni <- length(xi); nj <- length(xj)
  if (ni < 2 || nj < 2)
    return(c(list(diff = num(mean(xj) - mean(xi)), se = NA, q = NA, df = NA, p = NA, lwr = NA, upr = NA, p_precise = NA),
             trailer("Games-Howell needs n >= 2 in both groups")))
  vi <- var(xi) / ni; vj <- var(xj) / nj
  diff <- mean(xj) - mean(xi)
  se <- sqrt((vi + vj) / 2)
  if (se == 0)
    return(c(list(diff = diff, se = 0, q = NA, df = NA, p = NA, lwr = NA, upr = NA, p_precise = NA),
             trailer("both groups have zero variance: q and Welch df undefined")))
  df <- (vi + vj)^2 / (vi^2 / (ni - 1) + vj^2 / (nj - 1))
  q <- abs(diff) / se
  p <- suppressWarnings(ptukey(q, k, df, lower.tail = FALSE))
  crit <- suppressWarnings(qtukey(0.95, k, df))
  note <- if (df < 2) sprintf("Welch df = %.4g < 2: R's ptukey/qtukey return NaN for df < 2, so p, lwr and upr are null", df) else
    nonfinite_note(p = p, lwr = diff - crit * se)
  c(list(diff = diff, se = se, q = q, df = df, p = num(p), lwr = num(diff - crit * se), upr = num(diff + crit * se),
         p_precise = num(ptukey_upper_precise(q, k, df))),
    trailer(note))
}

post_hoc <- function(y, g, values, labels) {
  k <- length(labels)
  pw <- function(method) pairwise.t.test(y, g, pool.sd = TRUE, p.adjust.method = method)$p.value
  lsd <- pw("none"); bonf <- pw("bonferroni"); holm <- pw("holm")
  # pairwise.t.test pools sd * (n - 1) per group, and sd of a group of size 1 is NA, so R returns NA for
  # every pair as soon as one group has n = 1. The same LSD test from the ANOVA's MSW (which gives such a
  # group weight 0) is computed here, checked against R wherever R answers, and used where R gives NA.
  sizes <- as.numeric(table(g)); means <- tapply(y, g, mean)
  msw <- sum((y - means[as.integer(g)])^2) / (length(y) - k)
  own_lsd <- matrix(NA, k, k, dimnames = list(labels, labels))
  for (i in 1:(k - 1)) for (j in (i + 1):k) {
    tstat <- (means[j] - means[i]) / sqrt(msw * (1 / sizes[i] + 1 / sizes[j]))
    own_lsd[j, i] <- 2 * pt(-abs(tstat), length(y) - k)
  }
  own_vec <- own_lsd[lower.tri(own_lsd)]
  own_bonf <- own_lsd; own_bonf[lower.tri(own_bonf)] <- p.adjust(own_vec, "bonferroni")
  own_holm <- own_lsd; own_holm[lower.tri(own_holm)] <- p.adjust(own_vec, "holm")
  r_vec <- lsd[lower.tri(lsd, diag = TRUE)]
  if (any(!is.na(r_vec))) {
    rel <- abs(own_vec - r_vec) / pmax(r_vec, 1e-300)
    if (any(rel > 1e-9, na.rm = TRUE)) stop("own LSD p-values disagree with pairwise.t.test")
  }
  lsd_from_r <- !any(is.na(r_vec))
  if (!lsd_from_r) { lsd <- own_lsd[-1, -k, drop = FALSE]; bonf <- own_bonf[-1, -k, drop = FALSE]; holm <- own_holm[-1, -k, drop = FALSE] }
  tk <- attempt(TukeyHSD(aov(y ~ g))$g)
  pairs <- list()
  for (i in 1:(k - 1)) for (j in (i + 1):k) {
    li <- labels[i]; lj <- labels[j]
    tukey <- if (is.null(tk$value)) {
      c(list(diff = NA, lwr = NA, upr = NA, p_adj = NA, q = NA, df = NA, p_adj_precise = NA),
        trailer("TukeyHSD failed", tk$error, tk$warnings))
    } else {
      row <- tk$value[paste(lj, li, sep = "-"), ]
      q_tk <- abs(means[j] - means[i]) / sqrt(msw / 2 * (1 / sizes[i] + 1 / sizes[j]))
      c(list(diff = num(row["diff"]), lwr = num(row["lwr"]), upr = num(row["upr"]), p_adj = num(row["p adj"]),
             q = num(q_tk), df = length(y) - k, p_adj_precise = num(ptukey_upper_precise(q_tk, k, length(y) - k))),
        trailer(nonfinite_note(diff = row["diff"], lwr = row["lwr"], upr = row["upr"], p_adj = row["p adj"]),
                NULL, tk$warnings))
    }
    xi <- as.numeric(na.omit(values[[i]])); xj <- as.numeric(na.omit(values[[j]]))
    pairs[[length(pairs) + 1]] <- list(
      i = i, j = j, group1 = li, group2 = lj,
      mean_difference = mean(xj) - mean(xi),
      lsd_p = num(lsd[lj, li]), bonferroni_p = num(bonf[lj, li]), holm_p = num(holm[lj, li]),
      tukey = tukey,
      games_howell = games_howell_pair(xi, xj, k))
  }
  list(lsd_source = if (lsd_from_r) "pairwise.t.test" else "anova_msw",
       note = if (lsd_from_r) NA else
         "pairwise.t.test returned NA (a group has n = 1); LSD, Bonferroni and Holm p computed from the ANOVA MSW with df = N - k",
       pairs = pairs)
}

cld_for <- function(pvals, pair_names, labels, alpha) {
  names(pvals) <- pair_names
  r <- attempt(multcompLetters(pvals, threshold = alpha))
  if (is.null(r$value))
    return(c(list(alpha = alpha, letters = NA, letters_canonical = NA), trailer("multcompLetters failed", r$error, r$warnings)))
  lt <- r$value$Letters[labels]
  c(list(alpha = alpha, letters = sarr(lt), letters_canonical = sarr(canonical_letters(lt))),
    trailer(NULL, NULL, r$warnings))
}

# ---------------------------------------------------------------- one group dataset

group_dataset <- function(id, description, seed, labels, values, value_kind) {
  likert_scale <- value_kind == "likert8"
  ys <- lapply(values, function(v) as.numeric(na.omit(v)))
  y <- unlist(ys)
  g <- factor(rep(labels, vapply(ys, length, integer(1))), levels = labels)
  ph <- post_hoc(y, g, values, labels)
  pairs <- ph$pairs
  lsd_p <- vapply(pairs, function(p) as.numeric(p$lsd_p), numeric(1))
  pair_names <- vapply(pairs, function(p) paste(p$group1, p$group2, sep = "-"), character(1))
  list(
    id = id, description = description, seed = seed, value_kind = value_kind,
    group_order = sarr(labels),
    groups = lapply(seq_along(labels), function(i)
      list(label = labels[i], values = if (likert_scale) iarr(values[[i]]) else arr(values[[i]]))),
    descriptives = list(
      groups = lapply(seq_along(labels), function(i) c(list(label = labels[i]), descriptives(values[[i]], likert_scale))),
      overall = descriptives(unlist(values), likert_scale)),
    one_sample_t = list(
      mu = MU0,
      groups = lapply(seq_along(labels), function(i) c(list(label = labels[i]), one_sample(values[[i]]))),
      overall = one_sample(unlist(values))),
    two_groups = two_groups(values, labels),
    k_groups = k_groups(y, g),
    post_hoc = ph,
    cld = list(input = "lsd_p",
               results = list(cld_for(lsd_p, pair_names, labels, 0.05), cld_for(lsd_p, pair_names, labels, 0.10))),
    p_adjust = list(input = arr(lsd_p), holm = arr(p.adjust(lsd_p, "holm")), BH = arr(p.adjust(lsd_p, "BH")))
  )
}

# Convenience generator: Likert groups with the given sizes and means.
likert_groups <- function(id, description, seed, labels, sizes, means, sds = 1.6, missing = 0) {
  set.seed(seed)
  sds <- rep_len(sds, length(sizes)); missing <- rep_len(missing, length(sizes))
  values <- lapply(seq_along(sizes), function(i) with_missing(likert(sizes[i], means[i], sds[i]), missing[i]))
  group_dataset(id, description, seed, labels, values, "likert8")
}
continuous_groups <- function(id, description, seed, labels, sizes, means, sds = 1, missing = 0, digits = NA) {
  set.seed(seed)
  sds <- rep_len(sds, length(sizes)); missing <- rep_len(missing, length(sizes))
  values <- lapply(seq_along(sizes), function(i) {
    v <- rnorm(sizes[i], means[i], sds[i])
    if (!is.na(digits)) v <- round(v, digits)
    with_missing(v, missing[i])
  })
  group_dataset(id, description, seed, labels, values, "continuous")
}
fixed_groups <- function(id, description, labels, values, value_kind = "likert8") {
  group_dataset(id, description, NA, labels, lapply(values, function(v) if (value_kind == "likert8") as.integer(v) else v), value_kind)
}

build_group_datasets <- function() {
  L <- list()
  add <- function(d) L[[length(L) + 1]] <<- d
  add(likert_groups("likert_k3_huge_effect", "3 groups x 80, means 2, 5, 7: p far below 1e-12",
                    1001, c("Temoins", "Atelier", "Parcours complet"), c(80, 80, 80), c(2, 5, 7)))
  add(likert_groups("likert_k2_no_effect", "2 unequal groups, same mean", 1002, c("Femmes", "Hommes"), c(25, 31), c(5, 5)))
  add(likert_groups("likert_k2_small_effect", "2 groups, small shift, some missing", 1003, c("Avant 2024", "Depuis 2024"),
                    c(40, 35), c(4.6, 5.3), missing = 0.08))
  add(likert_groups("likert_k2_clear_effect", "2 groups, clear effect", 1004, c("Non", "Oui"), c(60, 55), c(3, 6)))
  add(likert_groups("likert_k2_small_n", "2 small groups", 1005, c("A", "B"), c(5, 7), c(4, 6)))
  add(likert_groups("likert_k3_no_effect", "3 groups, no effect", 1006, c("Lyon", "Lille", "Nantes"), c(20, 25, 30), c(5, 5, 5)))
  add(likert_groups("likert_k4_unequal_moderate", "4 very unequal groups, moderate effect, missing answers",
                    1007, c("18 a 25 ans", "26 a 40 ans", "41 a 60 ans", "61 ans et plus"), c(12, 45, 8, 30), c(5.5, 5, 4.2, 3.8),
                    missing = 0.1))
  add(likert_groups("likert_k5_chain", "5 groups with evenly spaced means: chain-like letters",
                    1008, c("G1", "G2", "G3", "G4", "G5"), c(30, 32, 28, 35, 30), c(3, 3.8, 4.6, 5.4, 6.2), sds = 1.3))
  add(likert_groups("likert_k6_mixed_sizes", "6 groups of sizes 2 to 80", 1009,
                    c("Paris", "Marseille", "Toulouse", "Bordeaux", "Rennes", "Brest"), c(80, 2, 17, 44, 5, 61),
                    c(5, 4, 5.5, 4.5, 6, 5), missing = 0.05))
  # one group with zero variance
  set.seed(1010)
  add(fixed_groups("likert_k3_zero_variance_group", "the second group answers 8 every time (zero variance)",
                   c("Debutants", "Tous 8", "Confirmes"),
                   list(likert(15, 4), rep(8L, 12), likert(20, 6)), "likert8"))
  add(fixed_groups("likert_k3_first_group_zero_variance", "the first group answers 6 every time (zero variance, with NA)",
                   c("Constant", "Varie", "Varie aussi"),
                   list(c(6L, 6L, NA, 6L, 6L, 6L, 6L, NA), c(2L, 3L, 5L, 6L, 6L, 7L, 8L, 4L, 4L), c(1L, 2L, 2L, 3L, 5L, 8L))))
  set.seed(1012)
  add(fixed_groups("likert_k3_group_of_size_1", "a group of size 1 (third group)", c("A", "B", "Seul"),
                   list(likert(20, 5), likert(25, 4), 7L)))
  set.seed(1013)
  add(fixed_groups("likert_k3_groups_of_size_2", "two groups of size 2", c("Duo 1", "Duo 2", "Grand"),
                   list(c(3L, 5L), c(6L, 8L), likert(15, 5))))
  set.seed(1014)
  add(fixed_groups("likert_k4_first_group_size_1", "the first group has size 1: two-group tests unavailable",
                   c("Un", "Deux", "Trois", "Quatre"), list(2L, c(4L, 5L), likert(10, 5), likert(12, 6))))
  add(fixed_groups("likert_k2_size_2_each", "two groups of size 2 (df = 2)", c("X", "Y"), list(c(2L, 4L), c(5L, 8L))))
  add(likert_groups("likert_k3_heavy_missing", "30% missing answers", 1016, c("Vague 1", "Vague 2", "Vague 3"),
                    c(50, 50, 50), c(4, 4.5, 5.5), missing = 0.3))
  add(likert_groups("likert_k3_ceiling", "answers piled at 8 (ceiling), many ties", 1017, c("A", "B", "C"),
                    c(40, 30, 35), c(7.8, 7.2, 8.3), sds = 1))
  set.seed(1018)
  add(fixed_groups("likert_k2_extremes_only", "only answers 1 and 8", c("Avant", "Apres"),
                   list(sample(c(1L, 8L), 30, TRUE, c(0.6, 0.4)), sample(c(1L, 8L), 28, TRUE, c(0.3, 0.7)))))
  add(fixed_groups("likert_k3_all_equal_within_and_between", "every answer is 5 except one: near-degenerate",
                   c("A", "B", "C"), list(c(5L, 5L, 5L, 5L), c(5L, 5L, 5L, 6L), c(5L, 5L, 5L))))
  add(likert_groups("likert_k2_large_equal", "2 groups x 80, same mean: n >= 50 so Wilcoxon uses the normal approximation",
                    1020, c("Controle", "Traitement"), c(80, 78), c(4.5, 4.5)))
  add(likert_groups("likert_k6_clear_effect", "6 groups, strong effect", 1021, c("a1", "a2", "a3", "a4", "a5", "a6"),
                    c(25, 40, 33, 18, 50, 27), c(2, 2.5, 4, 5, 6.5, 7.5), sds = 1.2))
  add(likert_groups("likert_k4_unequal_variances", "4 groups with very different spreads", 1022, c("S1", "S2", "S3", "S4"),
                    c(30, 30, 25, 35), c(4.5, 5, 4.5, 5.5), sds = c(0.4, 2.5, 1, 3)))
  # continuous-valued
  add(continuous_groups("continuous_k2_small_exact", "continuous, no ties, n < 50: exact Wilcoxon", 2001, c("A", "B"),
                        c(9, 12), c(10, 11.5), sds = c(1, 1.5)))
  add(continuous_groups("continuous_k3_small", "continuous, 3 small groups", 2002, c("Low", "Mid", "High"),
                        c(6, 8, 7), c(0, 0.5, 2)))
  add(continuous_groups("continuous_k2_large_normal_approx", "continuous, n >= 50 so no exact Wilcoxon", 2003, c("P", "Q"),
                        c(55, 60), c(100, 103), sds = 10))
  add(continuous_groups("continuous_k4_heteroscedastic", "continuous, unequal variances: Welch and Games-Howell differ",
                        2004, c("W1", "W2", "W3", "W4"), c(20, 40, 15, 60), c(1, 1.2, 2.5, 1.1), sds = c(0.2, 1, 3, 0.5)))
  add(continuous_groups("continuous_k3_rounded_ties", "continuous rounded to 1 decimal: ties, with missing", 2005,
                        c("R1", "R2", "R3"), c(30, 25, 28), c(3.1, 3.3, 3.9), sds = 0.6, missing = 0.1, digits = 1))
  add(continuous_groups("continuous_k3_tiny_p", "continuous, huge separation: p-values near 1e-100 and below", 2006,
                        c("A", "B", "C"), c(60, 60, 60), c(0, 3, 6), sds = 1))
  add(continuous_groups("continuous_k5_no_effect", "continuous, 5 groups, no effect", 2007, c("V", "W", "X", "Y", "Z"),
                        c(11, 13, 17, 19, 23), rep(50, 5), sds = 5))
  # random configurations in the range of the evaluation report
  for (r in 1:16) {
    seed <- 3000 + r
    set.seed(seed)
    k <- sample(2:6, 1)
    sizes <- sample(c(2:12, 15, 20, 25, 30, 40, 50, 60, 80), k, replace = TRUE)
    means <- round(runif(k, 2.5, 6.5), 1)
    if (r %% 4 == 0) means <- rep(means[1], k)        # some with no effect at all
    sds <- round(runif(k, 0.8, 2.2), 2)
    missing <- if (r %% 3 == 0) 0.15 else 0.03
    labels <- paste("Groupe", LETTERS[1:k])
    add(likert_groups(sprintf("likert_random_%02d", r),
                      sprintf("random configuration %d: k = %d, sizes %s, means %s", r, k,
                              paste(sizes, collapse = "/"), paste(means, collapse = "/")),
                      seed, labels, sizes, means, sds = sds, missing = missing))
  }
  L
}

# ---------------------------------------------------------------- paired

paired_dataset <- function(id, description, seed, before, after, value_kind = "likert8") {
  keep <- !is.na(before) & !is.na(after)
  b <- as.numeric(before[keep]); a <- as.numeric(after[keep])
  d <- a - b
  n <- length(d)
  tr <- attempt(t.test(a, b, paired = TRUE))
  paired_t <- if (is.null(tr$value)) {
    c(list(t = NA, df = NA, p = NA, ci95_lower = NA, ci95_upper = NA, mean_difference = num(mean(d))),
      trailer("not computable (see r_error)", tr$error, tr$warnings))
  } else {
    tt <- tr$value
    c(list(t = num(tt$statistic), df = num(tt$parameter), p = num(tt$p.value),
           ci95_lower = num(tt$conf.int[1]), ci95_upper = num(tt$conf.int[2]), mean_difference = num(tt$estimate)),
      trailer(nonfinite_note(t = tt$statistic), NULL, tr$warnings))
  }
  wil <- function(...) {
    r <- attempt(wilcox.test(a, b, paired = TRUE, ...))
    if (is.null(r$value))
      return(c(list(V = NA, p = NA, exact = NA, n_nonzero = sum(d != 0), method = NA),
               trailer("not computable (see r_error)", r$error, r$warnings)))
    w <- r$value
    c(list(V = num(w$statistic), p = num(w$p.value), exact = grepl("exact", w$method), n_nonzero = sum(d != 0),
           method = w$method),
      trailer(nonfinite_note(p = w$p.value), NULL, r$warnings))
  }
  sdd <- if (n >= 2) sd(d) else NA
  likert_scale <- value_kind == "likert8"
  list(id = id, description = description, seed = seed, value_kind = value_kind,
       before = if (likert_scale) iarr(before) else arr(before),
       after = if (likert_scale) iarr(after) else arr(after),
       n_pairs = length(before), n_complete_pairs = n,
       descriptives = list(before = descriptives(b, likert_scale), after = descriptives(a, likert_scale),
                           difference = descriptives(d, FALSE)),
       paired_t = paired_t,
       wilcoxon_signed_rank_normal_cc = wil(exact = FALSE, correct = TRUE),
       wilcoxon_signed_rank_default = wil(),
       d_z = c(list(value = num(mean(d) / sdd)),
               trailer(if (!is.finite(mean(d) / sdd)) "sd of differences is zero or undefined" else NULL)),
       counts = list(improved = sum(d > 0), unchanged = sum(d == 0), worsened = sum(d < 0)))
}

build_paired_datasets <- function() {
  L <- list()
  add <- function(d) L[[length(L) + 1]] <<- d
  mk <- function(id, description, seed, n, shift, noise = 1, missing = 0, base_mean = 4.5) {
    set.seed(seed)
    b <- likert(n, base_mean, 1.5)
    a <- as.integer(pmin(8, pmax(1, b + round(rnorm(n, shift, noise)))))
    add(paired_dataset(id, description, seed, with_missing(b, missing), with_missing(a, missing)))
  }
  mk("paired_n5", "5 pairs", 4001, 5, 1)
  mk("paired_n8_no_change_mostly", "8 pairs, mostly zero differences", 4002, 8, 0, noise = 0.6)
  mk("paired_n12_improvement", "12 pairs, improvement", 4003, 12, 1.2)
  mk("paired_n20_missing", "20 pairs with missing answers", 4004, 20, 0.5, missing = 0.1)
  mk("paired_n35_small", "35 pairs, small improvement", 4005, 35, 0.3)
  mk("paired_n50_none", "50 pairs, no change on average", 4006, 50, 0)
  mk("paired_n80_strong", "80 pairs, strong improvement (tiny p)", 4007, 80, 2, noise = 0.8, base_mean = 3.5)
  mk("paired_n60_worse", "60 pairs, deterioration", 4008, 60, -0.8)
  mk("paired_n25_ties", "25 pairs with heavy ties", 4009, 25, 1, noise = 0.4)
  add(paired_dataset("paired_all_zero_diff", "every difference is zero: t undefined", NA,
                     c(3L, 5L, 6L, 2L, 7L, 4L), c(3L, 5L, 6L, 2L, 7L, 4L)))
  add(paired_dataset("paired_constant_diff", "every difference is +1: sd of differences is zero", NA,
                     c(3L, 5L, 6L, 2L, 7L, 4L), c(4L, 6L, 7L, 3L, 8L, 5L)))
  set.seed(4012)
  b <- round(rnorm(15, 10, 2), 3); a <- round(b + rnorm(15, 0.7, 1), 3)
  add(paired_dataset("paired_continuous_n15", "continuous, no ties: default Wilcoxon is exact", 4012, b, a, "continuous"))
  L
}

# ---------------------------------------------------------------- mixed design

mixed_dataset <- function(id, description, seed, labels, group, before, after) {
  keep <- !is.na(before) & !is.na(after)
  gr <- factor(group[keep], levels = labels); b <- before[keep]; a <- after[keep]
  change <- a - b
  c1 <- change[gr == labels[1]]; c2 <- change[gr == labels[2]]
  welch <- t.test(c1, c2, var.equal = FALSE)
  student <- t.test(c1, c2, var.equal = TRUE)
  n <- length(b)
  long <- data.frame(id = factor(rep(seq_len(n), 2)), group = rep(gr, 2),
                     time = factor(rep(c("before", "after"), each = n), levels = c("before", "after")),
                     y = c(b, a))
  r <- attempt(summary(aov(y ~ group * time + Error(id / time), data = long)))
  interaction <- if (is.null(r$value)) {
    c(list(F = NA, df1 = NA, df2 = NA, p = NA), trailer("aov failed", r$error, r$warnings))
  } else {
    tab <- r$value[["Error: id:time"]][[1]]
    rn <- trimws(rownames(tab))
    c(list(F = num(tab[rn == "group:time", "F value"]), df1 = num(tab[rn == "group:time", "Df"]),
           df2 = num(tab[rn == "Residuals", "Df"]), p = num(tab[rn == "group:time", "Pr(>F)"])),
      trailer(NULL, NULL, r$warnings))
  }
  list(id = id, description = description, seed = seed, value_kind = "likert8",
       group_order = sarr(labels), group = sarr(group), before = iarr(before), after = iarr(after),
       n_complete = n, change_definition = "after - before",
       welch_t_change = list(t = num(welch$statistic), df = num(welch$parameter), p = num(welch$p.value),
                             ci95_lower = num(welch$conf.int[1]), ci95_upper = num(welch$conf.int[2]),
                             mean_difference = num(mean(c1) - mean(c2))),
       student_t_change = list(t = num(student$statistic), df = num(student$parameter), p = num(student$p.value),
                               t_squared = num(student$statistic^2)),
       interaction_group_time = interaction)
}

build_mixed_datasets <- function() {
  L <- list()
  mk <- function(id, description, seed, labels, sizes, shifts, missing = 0) {
    set.seed(seed)
    n <- sum(sizes)
    group <- rep(labels, sizes)
    b <- likert(n, 4.2, 1.5)
    a <- as.integer(pmin(8, pmax(1, b + round(rnorm(n, rep(shifts, sizes), 1)))))
    L[[length(L) + 1]] <<- mixed_dataset(id, description, seed, labels, group, with_missing(b, missing), with_missing(a, missing))
  }
  mk("mixed_2x2_effect", "beneficiaries improve, comparison group does not", 5001, c("Beneficiaires", "Comparaison"), c(40, 35), c(1.5, 0.1))
  mk("mixed_2x2_none", "both groups change alike", 5002, c("A", "B"), c(25, 30), c(0.5, 0.5))
  mk("mixed_2x2_small", "small groups", 5003, c("A", "B"), c(6, 9), c(1, 0))
  mk("mixed_2x2_missing", "with missing answers (subjects with a missing time are dropped)", 5004, c("A", "B"), c(50, 45), c(0.8, 0.2), missing = 0.08)
  mk("mixed_2x2_large", "80 per group", 5005, c("T", "C"), c(80, 80), c(0.6, 0.3))
  mk("mixed_2x2_unequal", "very unequal sizes", 5006, c("Petit", "Grand"), c(8, 70), c(1.2, 0.2))
  L
}

# ---------------------------------------------------------------- MANOVA and reliability

manova_dataset <- function(id, description, seed, labels, group, items) {
  item_names <- names(items)
  Y <- do.call(cbind, items)
  keep <- complete.cases(Y) & !is.na(group)
  Yc <- Y[keep, , drop = FALSE]; gc <- factor(group[keep], levels = labels)
  fit <- attempt(manova(Yc ~ gc))
  tests <- list(); sscp <- NULL; err <- NULL; warns <- fit$warnings
  for (test in c("Wilks", "Pillai", "Hotelling-Lawley", "Roy")) {
    s <- if (is.null(fit$value)) list(value = NULL, error = fit$error, warnings = character(0)) else attempt(summary(fit$value, test = test))
    if (is.null(s$value)) {
      tests[[length(tests) + 1]] <- c(list(test = test, statistic = NA, approx_F = NA, num_df = NA, den_df = NA, p = NA),
                                      trailer("summary.manova refused (see r_error)", s$error, s$warnings))
      err <- s$error
    } else {
      st <- s$value$stats
      tests[[length(tests) + 1]] <- c(list(test = test, statistic = num(st[1, 2]), approx_F = num(st[1, 3]),
                                           num_df = num(st[1, 4]), den_df = num(st[1, 5]), p = num(st[1, 6])),
                                      trailer(nonfinite_note(approx_F = st[1, 3], p = st[1, 6]), NULL, s$warnings))
      if (is.null(sscp)) sscp <- s$value
    }
  }
  constant <- item_names[apply(Yc, 2, function(col) length(unique(col)) == 1)]
  manova_obj <- list(
    status = if (is.null(err)) "ok" else "error",
    r_error = str_or_null(err),
    constant_items = sarr(constant),
    note = if (length(constant) > 0 && is.null(err))
      paste0("R did NOT refuse: the residual SS of the constant item(s) ", paste(constant, collapse = ", "),
             " is rounding noise (not exactly 0), which summary.manova's rank check accepts after rescaling;",
             " the statistics below are numerically meaningless and must not be used as a reference") else
      if (!is.null(err)) "summary.manova refused: residual SSCP matrix is rank-deficient" else NA,
    df_hypothesis = nlevels(gc) - 1, df_residual = nrow(Yc) - nlevels(gc),
    tests = tests,
    sscp_hypothesis = if (is.null(sscp)) NA else unname(sscp$SS[[1]]),
    sscp_residual = if (is.null(sscp)) NA else unname(sscp$SS[["Residuals"]]),
    eigenvalues = if (is.null(sscp)) NA else arr(sscp$Eigenvalues[1, ]))
  ra <- attempt(psych::alpha(as.data.frame(Yc), check.keys = FALSE, warnings = FALSE))
  reliability <- if (is.null(ra$value)) {
    c(list(n_complete = nrow(Yc), raw_alpha = NA, std_alpha = NA, items = NA),
      trailer("psych::alpha failed (see r_error)", ra$error, ra$warnings))
  } else {
    al <- ra$value
    c(list(n_complete = nrow(Yc), raw_alpha = num(al$total$raw_alpha), std_alpha = num(al$total$std.alpha),
           items = lapply(seq_along(item_names), function(i) list(
             name = item_names[i], r_drop = num(al$item.stats$r.drop[i]),
             raw_alpha_if_dropped = num(al$alpha.drop$raw_alpha[i]),
             std_alpha_if_dropped = num(al$alpha.drop$std.alpha[i])))),
      trailer(NULL, NULL, ra$warnings))
  }
  list(id = id, description = description, seed = seed, value_kind = "likert8",
       group_order = sarr(labels), group = sarr(group),
       items = lapply(item_names, function(nm) list(name = nm, values = iarr(items[[nm]]))),
       n_respondents = length(group), n_complete = nrow(Yc),
       manova = manova_obj, reliability = reliability)
}

build_manova_datasets <- function() {
  L <- list()
  add <- function(d) L[[length(L) + 1]] <<- d
  # items share a latent trait (so alpha is meaningful) and the group shifts the trait
  mk <- function(id, description, seed, labels, sizes, shifts, n_items, missing = 0, loading = 1, reverse = integer(0)) {
    set.seed(seed)
    n <- sum(sizes)
    group <- rep(labels, sizes)
    trait <- rnorm(n, rep(shifts, sizes), 1)
    items <- list()
    for (it in seq_len(n_items)) {
      v <- likert(n, 4.5 + loading * trait + rnorm(n, 0, 0.3), 1.1)
      if (it %in% reverse) v <- 9L - v
      items[[sprintf("q%d", it)]] <- with_missing(v, missing)
    }
    add(manova_dataset(id, description, seed, labels, group, items))
  }
  mk("manova_k3_items4_effect", "3 groups, 4 items, clear effect", 6001, c("A", "B", "C"), c(30, 25, 35), c(-0.8, 0, 0.9), 4)
  mk("manova_k2_items3", "2 groups, 3 items (all four tests agree exactly)", 6002, c("Oui", "Non"), c(40, 36), c(0.3, -0.3), 3)
  mk("manova_k4_items6_none", "4 groups, 6 items, no effect", 6003, c("G1", "G2", "G3", "G4"), c(20, 15, 25, 18), c(0, 0, 0, 0), 6)
  mk("manova_k3_items5_missing", "3 groups, 5 items, missing answers (listwise deletion)", 6004, c("X", "Y", "Z"),
     c(50, 45, 40), c(0, 0.3, 0.6), 5, missing = 0.05)
  mk("manova_k6_items3_small", "6 small groups, 3 items", 6005, c("a", "b", "c", "d", "e", "f"), c(6, 8, 5, 9, 7, 10),
     c(-1, -0.5, 0, 0.2, 0.6, 1), 3)
  mk("manova_k3_items4_reverse_keyed", "one reverse-keyed item (alpha lowered, not reversed)", 6006, c("A", "B", "C"),
     c(30, 30, 30), c(0, 0.4, 0.8), 4, reverse = 3L)
  mk("manova_k2_items6_large", "2 groups x 80, 6 items", 6007, c("T", "C"), c(80, 80), c(0.5, 0), 6, missing = 0.02)
  mk("manova_k3_items3_weak_items", "items weakly related: low alpha", 6008, c("P", "Q", "R"), c(25, 30, 20), c(0, 0.5, 0.2), 3,
     loading = 0.15)
  # singular: a constant item
  set.seed(6009)
  labels <- c("A", "B", "C"); group <- rep(labels, c(15, 12, 18)); n <- length(group)
  add(manova_dataset("manova_singular_constant_item", "item q3 is constant (every answer 5): residual SSCP singular",
                     6009, labels, group,
                     list(q1 = likert(n, 4.5), q2 = likert(n, 5), q3 = rep(5L, n), q4 = likert(n, 4))))
  # singular: an item that is a linear combination of others
  set.seed(6010)
  q1 <- likert(n, 4); q2 <- likert(n, 4)
  add(manova_dataset("manova_singular_linear_combination", "q3 = 9 - q1 and q4 = q1 + q2 - 4 (exact linear combinations)",
                     6010, labels, group, list(q1 = q1, q2 = q2, q3 = 9L - q1, q4 = as.integer(q1 + q2 - 4L))))
  L
}

# ---------------------------------------------------------------- CLD-only cases

cld_case <- function(id, description, labels, p) {
  k <- length(labels)
  pairs <- list(); pv <- numeric(0); nm <- character(0)
  idx <- 0
  for (i in 1:(k - 1)) for (j in (i + 1):k) {
    idx <- idx + 1
    pairs[[idx]] <- list(i = i, j = j, group1 = labels[i], group2 = labels[j], p = p[idx])
    pv <- c(pv, p[idx]); nm <- c(nm, paste(labels[i], labels[j], sep = "-"))
  }
  list(id = id, description = description, group_order = sarr(labels), pairs = pairs,
       results = list(cld_for(pv, nm, labels, 0.05), cld_for(pv, nm, labels, 0.10)))
}

# p-values of all pairs from a 0/1 "significantly different" matrix (1 = different), with values
# on both sides of 0.05 and 0.10 so the two thresholds can differ.
p_from_pattern <- function(diff_matrix, seed) {
  set.seed(seed)
  k <- nrow(diff_matrix); p <- numeric(0)
  for (i in 1:(k - 1)) for (j in (i + 1):k)
    p <- c(p, if (diff_matrix[i, j] == 1) 10^runif(1, -6, -1.4) else sample(c(runif(1, 0.06, 0.099), runif(1, 0.11, 1)), 1))
  p
}

build_cld_cases <- function() {
  L <- list()
  add <- function(d) L[[length(L) + 1]] <<- d
  pair_count <- function(k) k * (k - 1) / 2
  chain <- function(k, width) {       # groups differ when their distance exceeds width
    m <- outer(1:k, 1:k, function(a, b) as.integer(abs(a - b) > width)); m
  }
  add(cld_case("cld_all_equal_k3", "no pair differs: every group 'a'", c("A", "B", "C"), rep(0.8, 3)))
  add(cld_case("cld_all_different_k4", "every pair differs", c("A", "B", "C", "D"), rep(1e-4, 6)))
  add(cld_case("cld_chain_k5", "chain a, ab, b, bc, c style (neighbours alike)", paste0("G", 1:5), p_from_pattern(chain(5, 1), 7001)))
  add(cld_case("cld_chain_k6_width2", "chain, groups within distance 2 alike", paste0("G", 1:6), p_from_pattern(chain(6, 2), 7002)))
  add(cld_case("cld_chain_k8", "long chain with 8 groups", paste0("G", 1:8), p_from_pattern(chain(8, 1), 7003)))
  add(cld_case("cld_one_outlier_k4", "one group differs from all others", c("A", "B", "C", "D"), c(0.5, 0.7, 0.001, 0.9, 0.002, 0.003)))
  add(cld_case("cld_two_clusters_k6", "two clusters of three", paste0("H", 1:6),
               p_from_pattern(outer(1:6, 1:6, function(a, b) as.integer((a <= 3) != (b <= 3))), 7004)))
  add(cld_case("cld_threshold_between_alphas_k3", "p between 0.05 and 0.10: letters differ with alpha",
               c("A", "B", "C"), c(0.07, 0.2, 0.08)))
  add(cld_case("cld_exact_alpha_k3", "p exactly 0.05 (not significant at 0.05 with '<')", c("A", "B", "C"), c(0.05, 0.5, 0.1)))
  add(cld_case("cld_k2_different", "two groups, different", c("A", "B"), 0.001))
  add(cld_case("cld_k2_same", "two groups, alike", c("A", "B"), 0.4))
  add(cld_case("cld_reversed_chain_k5", "chain with means decreasing in group order", paste0("G", 1:5),
               p_from_pattern(chain(5, 1)[5:1, 5:1], 7005)))
  for (r in 1:8) {
    seed <- 7100 + r
    set.seed(seed)
    k <- sample(3:8, 1)
    m <- matrix(0L, k, k)
    for (i in 1:(k - 1)) for (j in (i + 1):k) m[i, j] <- m[j, i] <- as.integer(runif(1) < 0.45)
    add(cld_case(sprintf("cld_random_%02d", r), sprintf("random symmetric pattern, k = %d", k),
                 paste0("R", 1:k), p_from_pattern(m, seed + 50)))
  }
  # non-transitive pattern where insert-absorb needs several letters per group
  m <- matrix(0L, 6, 6); m[1, 4] <- m[4, 1] <- 1L; m[2, 5] <- m[5, 2] <- 1L; m[3, 6] <- m[6, 3] <- 1L
  add(cld_case("cld_nontransitive_k6", "three disjoint differing pairs: groups need several letters", paste0("N", 1:6),
               p_from_pattern(m, 7200)))
  L
}

# ---------------------------------------------------------------- p.adjust cases

build_p_adjust_cases <- function() {
  set.seed(8000)
  cases <- list(
    list(id = "padj_small", p = c(0.01, 0.02, 0.03, 0.04, 0.05)),
    list(id = "padj_ties", p = c(0.01, 0.01, 0.03, 0.03, 0.5, 0.5)),
    list(id = "padj_tiny", p = c(1e-300, 1e-200, 1e-12, 0.04, 0.9)),
    list(id = "padj_single", p = 0.03),
    list(id = "padj_unsorted", p = c(0.2, 0.001, 0.6, 0.04, 0.0005, 0.049, 0.3)),
    list(id = "padj_ones", p = c(1, 1, 0.99, 0.5)),
    list(id = "padj_random_15", p = sort(runif(15))^3),
    list(id = "padj_random_28", p = 10^runif(28, -8, 0))
  )
  lapply(cases, function(c) list(id = c$id, p = arr(c$p),
                                 holm = arr(p.adjust(c$p, "holm")), BH = arr(p.adjust(c$p, "BH")),
                                 bonferroni = arr(p.adjust(c$p, "bonferroni"))))
}

# ---------------------------------------------------------------- write

meta <- list(
  generator = "Tests/StatisticsTests/Fixtures/r/make-fixtures.R",
  r_version = R.version.string,
  packages = list(jsonlite = as.character(packageVersion("jsonlite")), car = as.character(packageVersion("car")),
                  multcompView = as.character(packageVersion("multcompView")),
                  psych = as.character(packageVersion("psych")), stats = as.character(packageVersion("stats"))),
  number_format = "17 significant digits; NA, NaN and +-Inf written as null (a note explains why)",
  conventions = "see README.md in this folder")

# jsonlite prints at most 15 significant digits, so every double is pre-formatted here with
# sprintf("%.17g") (exact round trip) and inserted verbatim; NA, NaN and +-Inf become null.
format_double <- function(x) ifelse(is.finite(x), sprintf("%.17g", x), "null")
verbatim <- function(text) structure(text, class = "json")
as_exact_json <- function(x) {
  if (is.list(x)) {
    out <- lapply(x, as_exact_json)
    attributes(out) <- attributes(x)[intersect(names(attributes(x)), c("names", "class"))]
    return(out)
  }
  if (!is.double(x)) return(x)
  if (is.matrix(x))
    return(verbatim(paste0("[", paste(apply(x, 1, function(row) paste0("[", paste(format_double(row), collapse = ","), "]")),
                                      collapse = ","), "]")))
  if (inherits(x, "AsIs") || length(x) != 1)
    return(verbatim(paste0("[", paste(format_double(unclass(x)), collapse = ","), "]")))
  verbatim(format_double(x))
}

write_fixture <- function(file, datasets, what) {
  obj <- as_exact_json(list(meta = c(meta, list(content = what)), datasets = datasets))
  txt <- toJSON(obj, auto_unbox = TRUE, json_verbatim = TRUE, na = "null", null = "null", pretty = FALSE)
  writeLines(txt, file, useBytes = TRUE)
  cat(sprintf("%-16s %3d datasets, %8d bytes\n", file, length(datasets), file.size(file)))
}

write_fixture("groups.json", build_group_datasets(),
              "independent groups: descriptives, one-sample t, two-group tests, k-group tests, post hoc, CLD, p.adjust")
write_fixture("paired.json", build_paired_datasets(), "paired before/after: paired t, signed-rank, d_z, counts")
write_fixture("mixed.json", build_mixed_datasets(), "2 groups x (before, after): Welch t on change scores, group x time interaction")
write_fixture("manova.json", build_manova_datasets(), "item blocks by group: MANOVA (4 tests) and psych::alpha")
write_fixture("cld.json", build_cld_cases(), "compact letter displays from given p-values (multcompView::multcompLetters)")
write_fixture("p_adjust.json", build_p_adjust_cases(), "p.adjust holm, BH, bonferroni")
