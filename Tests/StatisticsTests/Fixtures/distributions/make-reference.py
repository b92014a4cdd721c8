#!/usr/bin/env python3
"""Reference values for Octant's Statistics distributions, computed with mpmath at 60 significant digits.

Writes reference.json beside this script. Every input is a double, converted to mpmath exactly, so the
reference is the correctly rounded value of the function at that double. Each tail is computed as its own
integral (never as 1 - the other), so values down to 1e-300 are exact to double precision.
Run:  python3 make-reference.py
"""
import json
import math
import os

import mpmath as mp

mp.mp.dps = 60
TINY = 1e-300  # smallest tail kept: below it a double loses relative precision (subnormals)


def series_applies(a, b, x):
    return (a + b) * x < mp.mpf("0.8") * (a + 1) and x < mp.mpf("0.8")


def beta_series(a, b, x):
    """I_x(a,b) = x^a (1-x)^b / (a B(a,b)) * sum_n (a+b)_n / (a+1)_n x^n; terms shrink at least 0.8-fold."""
    term, total, n = mp.mpf(1), mp.mpf(1), 0
    while abs(term) > mp.mpf(10) ** -70 * total and n < 20000:
        term *= (a + b + n) / (a + 1 + n) * x
        total += term
        n += 1
    front = mp.exp(a * mp.log(x) + b * mp.log1p(-x) - mp.log(a) - mp.log(mp.beta(a, b)))
    return front * total


def ibeta(a, b, x, y):
    """I_x(a, b) for mp numbers. mpmath's betainc (hypergeometric series) when a or b is moderate; when both
    are large its series stalls, so the beta density is integrated by tanh-sinh quadrature instead, with
    breakpoints every 2 standard deviations around the mode."""
    a, b, x, y = mp.mpf(a), mp.mpf(b), mp.mpf(x), mp.mpf(y)  # y = 1 - x, passed exactly
    if x <= 0:
        return mp.mpf(0)
    if y <= 0:  # x may round to 1 at 60 digits while y = 1 - x is still exact and positive
        return mp.mpf(1)
    if series_applies(a, b, x):
        return beta_series(a, b, x)
    if series_applies(b, a, y):
        return 1 - beta_series(b, a, y)
    if min(a, b) < 200:
        return mp.betainc(a, b, 0, x, regularized=True)
    return beta_by_quadrature(a, b, x, y)


def beta_by_quadrature(a, b, x, y):
    """I_x(a, b) for large a, b: Gauss-Legendre over short pieces of the small side only, from the limit out to where
    the (log-concave) density has fallen by e^-170, pieces no wider than half the local scale (tanh-sinh over a few
    wide intervals was off by 1e-5 here)."""
    mean = a / (a + b)
    if x > mean:
        return 1 - beta_by_quadrature(b, a, y, x)
    log_norm = -mp.log(mp.beta(a, b))

    def density(u):
        return mp.exp((a - 1) * mp.log(u) + (b - 1) * mp.log1p(-u) + log_norm)

    sd = mp.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
    rate = (a - 1) / x - (b - 1) / y  # d/du log density at the limit, >= 0 below the mode
    scale = min(sd, 1 / rate) if rate > 0 else sd
    span = min(x, max(40 * sd, 170 / rate if rate > 0 else 0))
    pieces = int(mp.ceil(span / (scale / 2)))
    return mp.quad(density, mp.linspace(x - span, x, pieces + 1), method="gauss-legendre")


def normal_tails(x):
    x = mp.mpf(x)
    return mp.ncdf(x), mp.ncdf(-x)


def t_tails_by_density(df, t):
    """For large df mpmath's betainc stalls; integrate the t density itself by Gauss-Legendre on 160 short pieces
    over [|t|, |t| + L], beyond which the density has fallen by more than e^-150 (tanh-sinh on [a, inf) was not
    reliable to 1e-16 here)."""
    log_c = mp.loggamma((df + 1) / 2) - mp.loggamma(df / 2) - mp.log(df * mp.pi) / 2

    def density(u):
        return mp.exp(log_c - (df + 1) / 2 * mp.log1p(u * u / df))

    magnitude = abs(t)
    slope = (df + 1) * magnitude / (df + magnitude * magnitude)  # -d/du log density at |t|
    length = max(mp.mpf(1), 150 / max(slope, mp.mpf("0.1")) if slope > 1 else mp.mpf(30))
    outside = 2 * mp.quad(density, mp.linspace(magnitude, magnitude + length, 161), method="gauss-legendre")
    if magnitude < 1:
        inside = 2 * mp.quad(density, [0, magnitude], method="gauss-legendre")
    else:
        inside = 1 - outside
    if t < 0:
        return outside / 2, mp.mpf(1) / 2 + inside / 2
    return mp.mpf(1) / 2 + inside / 2, outside / 2


def t_tails(df, t):
    df, t = mp.mpf(df), mp.mpf(t)
    if df >= 200:
        return t_tails_by_density(df, t)
    x, y = df / (df + t * t), t * t / (df + t * t)  # y directly: 1 - x would lose digits when x is near 1
    outside = ibeta(df / 2, mp.mpf(1) / 2, x, y)          # P(|T| >= |t|)
    inside = ibeta(mp.mpf(1) / 2, df / 2, y, x)           # P(|T| < |t|), computed as its own integral
    if t < 0:
        return outside / 2, mp.mpf(1) / 2 + inside / 2
    return mp.mpf(1) / 2 + inside / 2, outside / 2


def f_tails(d1, d2, f):
    d1, d2, f = mp.mpf(d1), mp.mpf(d2), mp.mpf(f)
    x, y = d1 * f / (d1 * f + d2), d2 / (d1 * f + d2)
    return ibeta(d1 / 2, d2 / 2, x, y), ibeta(d2 / 2, d1 / 2, y, x)


def chi2_tails(k, x):
    a, half = mp.mpf(k) / 2, mp.mpf(x) / 2
    return mp.gammainc(a, 0, half, regularized=True), mp.gammainc(a, half, mp.inf, regularized=True)


def keep(lower, upper):
    return min(lower, upper) >= TINY


def tail_rows(tails, params, xs):
    rows = []
    for x in xs:
        try:
            lower, upper = tails(*params, x)
        except (ValueError, mp.libmp.NoConvergence):
            # mpmath gives up only on tails far below 1e-300 (e.g. t = 100 with 1e6 df): nothing to keep there.
            continue
        if keep(lower, upper):
            rows.append({"params": list(params), "x": x, "cdf": float(lower), "sf": float(upper)})
    return rows


def quantile(tails, params, p, guess, positive):
    """Root of the log of the relevant tail minus log of its target, bracketed around the starting guess and
    refined by the Illinois variant of regula falsi to 45 digits."""
    p = mp.mpf(p)
    use_lower = p <= mp.mpf(1) / 2
    target = mp.log(p if use_lower else 1 - p)

    def g(x):  # increasing in x
        lower, upper = tails(*params, x)
        return mp.log(lower) - target if use_lower else target - mp.log(upper)

    guess = mp.mpf(guess)
    factor = mp.mpf("1e-6")
    for _ in range(400):
        if positive:
            lo, hi = guess / (1 + factor), guess * (1 + factor)
        else:
            step = factor * max(abs(guess), mp.mpf(1))
            lo, hi = guess - step, guess + step
        glo, ghi = g(lo), g(hi)
        if glo <= 0 <= ghi:
            break
        factor *= 2
    else:
        raise RuntimeError("no bracket for %s %s" % (params, p))
    side = 0
    for _ in range(400):
        x = (lo * ghi - hi * glo) / (ghi - glo)
        gx = g(x)
        if gx == 0 or hi - lo <= mp.mpf(10) ** -45 * abs(x):
            break
        if gx < 0:
            lo, glo = x, gx
            if side == -1:
                ghi /= 2
            side = -1
        else:
            hi, ghi = x, gx
            if side == 1:
                glo /= 2
            side = 1
    lower, upper = tails(*params, x)
    value = lower if use_lower else upper
    assert abs(value / (p if use_lower else 1 - p) - 1) < mp.mpf(10) ** -30, (params, p)
    return x


def quantile_rows(name, tails, params, probabilities, guess_for):
    import scipy.stats as st  # only for starting points; the reference itself is mpmath's root
    rows = []
    for p in probabilities:
        guess = guess_for(st, params, p)
        if not math.isfinite(guess):
            continue
        root = quantile(tails, params, p, guess, positive=name in ("f", "chi2"))
        rows.append({"params": list(params), "p": p, "x": float(root)})
    return rows


def main():
    reference = {"comment": "generated by make-reference.py with mpmath (60 digits); do not edit by hand"}

    normal_x = [-37.5, -37, -30, -20, -10, -8.5, -5.7, -5.65, -3, -1.96, -1, -0.66, -0.1, -1e-8, 0,
                1e-12, 0.3, 0.67, 1, 1.5, 2.5, 4, 5.6, 6, 8, 12, 20, 30, 37]
    reference["normal"] = tail_rows(lambda x: normal_tails(x), (), normal_x)

    t_dfs = [0.1, 0.5, 1, 1.5, 2, 2.7, 3, 4.25, 5, 10, 17.3, 30, 120, 1000, 1e4, 1e6, 1e8, 1e10, 1e14]
    t_xs = [1e-9, 0.01, 0.3, 1, 1.7, 2, 3, 5, 8, 12, 20, 30, 37, 50, 100, 1e3, 1e5, 1e10, 1e50, 1e150, 1e300]
    rows = []
    for df in t_dfs:
        rows += tail_rows(t_tails, (df,), t_xs + [-x for x in t_xs[:8]])
    reference["t"] = rows

    f_params = [(1, 1), (1, 5), (2, 10), (3, 27), (4.5, 13.7), (10, 10), (1, 1000), (50, 3), (100, 100),
                (2.3, 1e4), (1000, 1000), (1e4, 1e4), (1e5, 1e5), (1e6, 1e3), (5, 1e6)]
    f_xs = [1e-10, 0.01, 0.2, 0.5, 0.9, 1, 1.1, 1.5, 3, 10, 100, 1e4, 1e10, 1e50]
    rows = []
    for d1, d2 in f_params:
        rows += tail_rows(f_tails, (d1, d2), f_xs)
    reference["f"] = rows

    chi_ks = [0.5, 1, 2, 3, 7.4, 10, 50, 100, 1000, 1e4, 1e6]
    rows = []
    for k in chi_ks:
        xs = [1e-10, 0.01, 0.5, 1, 2, 5, 10, 30, 100, 300, 1000, 1400]
        xs += [k * m for m in (0.5, 0.9, 0.99, 1, 1.01, 1.1, 1.5, 2, 3)]
        rows += tail_rows(chi2_tails, (k,), sorted(set(xs)))
    reference["chi2"] = rows

    probabilities = [1e-300, 1e-100, 1e-12, 1e-5, 0.01, 0.025, 0.3, 0.5, 0.6, 0.975, 0.999, 1 - 1e-10]
    symmetric = [p for p in probabilities if p != 0.5]  # the median 0 of t and normal is tested exactly
    reference["normal_quantile"] = quantile_rows(
        "normal", lambda x: normal_tails(x), (), symmetric, lambda st, _, p: st.norm.ppf(p))
    rows = []
    for df in [1, 2.7, 10, 30, 1e6]:
        rows += quantile_rows("t", t_tails, (df,), symmetric,
                              lambda st, prm, p: st.t.ppf(p, prm[0]))
    reference["t_quantile"] = rows
    rows = []
    for d1, d2 in [(1, 5), (3, 27), (4.5, 13.7), (100, 100)]:
        rows += quantile_rows("f", f_tails, (d1, d2), probabilities[1:], lambda st, prm, p: st.f.ppf(p, *prm))
    reference["f_quantile"] = rows
    rows = []
    for k in [1, 3, 7.4, 100]:
        rows += quantile_rows("chi2", chi2_tails, (k,), probabilities[1:], lambda st, prm, p: st.chi2.ppf(p, *prm))
    reference["chi2_quantile"] = rows

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.json")
    with open(path, "w") as out:
        json.dump(reference, out, indent=1)
    print({k: len(v) for k, v in reference.items() if isinstance(v, list)})


if __name__ == "__main__":
    main()
