#!/usr/bin/env python3
"""Studentized range upper tail P(Q > q; k, df) at low df, computed with mpmath (40 working digits).

Reference for the Games-Howell p-value, whose Welch df is real-valued and can fall to 1 (a group of n = 2
with a large variance next to a group with a tiny one). R's ptukey returns NaN for df < 2 and is accurate
to about 1e-6 absolute only; studentized_range_mpmath_ref.json (SciPy's) has df >= 3 and doubles only.
Writes games_howell_mpmath.json beside this script: every value as a string of 30 significant digits.
Run:  python3 games_howell_mpmath.py   (about 10 minutes on one core with gmpy2 installed; slower without)

Method. With s = sqrt(chi2_df / df) (density f_s) and W the range of k independent N(0, 1),
    P(Q > q) = integral_0^inf f_s(s) P(W > q s) ds,
    P(W > w) = k integral phi(z) [Phi(z)^(k-1) - (Phi(z) - Phi(z - w))^(k-1)] dz,
    P(W <= w) = k integral phi(z) (Phi(z) - Phi(z - w))^(k-1) dz.
The bracket of P(W > w) is evaluated as -Phi(z)^(k-1) expm1((k-1) log1p(-Phi(z-w)/Phi(z))), so each tail is
its own integral (no 1 - cdf cancellation), and sf and cdf are computed separately: sf + cdf = 1 is a check.
Inner integral: Gauss-Legendre (30 nodes) on 27 unit pieces of z in [-13, 14]; outside, the integrands are
below phi(z) (or phi(z) Phi(z)^(k-1)) and their mass below 1e-43, whatever w.
Outer integral: in u = log w (w = q s), so that the same u-nodes, hence the same P(W > e^u), serve every q and
df for a given k: Gauss-Legendre (24 nodes) on 9 pieces of width 4 over u in [-40, -4], then (30 nodes) on
39 pieces over [-4, log 40]. Outside: below s_min = e^-40 / q, P(W > q s) is 1 within 1e-17 (k = 2;
1e-34 for k >= 3) and P(s < s_min) = P(chi2_df < df s_min^2) < 1e-17, so that mass is added to sf exactly; for w > 40, P(W > w) < 1e-170 is dropped
from sf and P(s > 40 / q) is added to cdf exactly (regularized incomplete gamma).
Inputs are doubles converted exactly (df 1.05 is the double nearest 1.05). k = 2 is stored from the closed
form 2 P(T_df > q / sqrt 2) = I_{df / (df + q^2 / 2)}(df / 2, 1 / 2) (Student t via the incomplete beta),
and the quadrature is checked against it.

Checks written into the file (field "checks"): k = 2 quadrature against the closed form; sf + cdf - 1; the
outer nodes' mass of f_s plus the two exact tails (must be 1); the inner rule against a finer one (40 nodes on
34 pieces of [-13.5, 14.5]) at 41 values of w for every k, and for k = 2 against erfc(w / 2) (relative where
P(W > w) > 1e-40, absolute everywhere); the outer rule
against another (40 nodes, 12 + 52 pieces) for k = 5; SciPy's cdf_data of studentized_range_mpmath_ref.json
for k = 3 and 10 (doubles, so agreement to ~1e-16 is all that can be seen there).
"""
import json
import os
import sys
import time

import mpmath as mp

DPS = 40
OUT_DIGITS = 30
DFS = [1.0, 1.05, 1.1, 1.15, 1.2, 1.5, 2.0, 3.0, 5.0, 10.0, 30.0, 100.0]
KS = [2, 3, 5, 10]
QS = [0.5, 1.0, 2.0, 3.5, 6.0, 10.0]
W_MAX = 40      # P(W > 40) < 1e-170 for k <= 20
U_MIN = -40     # P(W <= e^-40) < 1e-17 (k = 2), < 1e-34 (k >= 3), and P(s < e^-40 / q) < 1e-17

mp.mp.dps = DPS


def gauss_legendre(n):
    """Nodes and weights of n-point Gauss-Legendre on [-1, 1], by Newton's method on P_n at DPS digits."""
    xs, ws = [], []
    for i in range(1, n + 1):
        x = mp.cos(mp.pi * (i - mp.mpf(1) / 4) / (n + mp.mpf(1) / 2))
        for _ in range(200):
            p0, p1 = mp.mpf(1), x
            for j in range(2, n + 1):
                p0, p1 = p1, ((2 * j - 1) * x * p1 - (j - 1) * p0) / j
            dp = n * (x * p1 - p0) / (x * x - 1)
            dx = p1 / dp
            x -= dx
            if abs(dx) < mp.mpf(10) ** (-DPS - 5):
                break
        p0, p1 = mp.mpf(1), x
        for j in range(2, n + 1):
            p0, p1 = p1, ((2 * j - 1) * x * p1 - (j - 1) * p0) / j
        dp = n * (x * p1 - p0) / (x * x - 1)
        xs.append(x)
        ws.append(2 / ((1 - x * x) * dp * dp))
    return xs, ws


def pieces(a, b, count, rule):
    """(node, weight) pairs of `rule` on `count` equal pieces of [a, b]."""
    xs, ws = rule
    out = []
    width = (b - a) / count
    for i in range(count):
        lo = a + i * width
        h, c = width / 2, lo + width / 2
        out.extend((c + h * x, h * w) for x, w in zip(xs, ws))
    return out


class RangeTails:
    """P(W > w) and P(W <= w) for the range W of k standard normals: Gauss-Legendre on equal z-pieces of
    [z_low, z_high]. Outside, the integrands are below phi(z) or phi(z) Phi(z)^(k-1): their mass is below
    1e-43 for z_low = -13 and z_high = 14, whatever w (for w > 28, P(W > w) < 1e-100 is itself negligible)."""

    def __init__(self, k, rule, count, z_low=-13, z_high=14):
        self.k = k
        self.nodes = [(z, wt, mp.npdf(z), mp.ncdf(z)) for z, wt in pieces(mp.mpf(z_low), mp.mpf(z_high), count, rule)]

    def tails(self, w):
        k = self.k
        sf = mp.mpf(0)
        cdf = mp.mpf(0)
        for z, wt, phi, big in self.nodes:
            small = mp.ncdf(z - w)
            sf += wt * phi * (-(big ** (k - 1)) * mp.expm1((k - 1) * mp.log1p(-small / big)))
            cdf += wt * phi * (big - small) ** (k - 1)
        return k * sf, k * cdf


class Outer:
    """Nodes in u = log w shared by every q and df; P(W > e^u) evaluated once per node and k."""

    def __init__(self, k, left_rule, main_rule, left_pieces, main_pieces, inner):
        self.nodes = pieces(mp.mpf(U_MIN), mp.mpf(-4), left_pieces, left_rule) + \
            pieces(mp.mpf(-4), mp.log(W_MAX), main_pieces, main_rule)
        self.values = [inner.tails(mp.exp(u)) for u, _ in self.nodes]

    def tails(self, q, df):
        q, df = mp.mpf(q), mp.mpf(df)
        log_c = mp.log(2) + (df / 2) * mp.log(df / 2) - mp.loggamma(df / 2)
        sf = mp.mpf(0)
        cdf = mp.mpf(0)
        mass = mp.mpf(0)
        for (u, wt), (range_sf, range_cdf) in zip(self.nodes, self.values):
            s = mp.exp(u) / q
            # f_s(s) ds = f_s(s) s du
            h = wt * mp.exp(log_c + df * mp.log(s) - df * s * s / 2)
            sf += h * range_sf
            cdf += h * range_cdf
            mass += h
        s_min = mp.exp(U_MIN) / q
        s_max = W_MAX / q
        below = mp.gammainc(df / 2, 0, df * s_min ** 2 / 2, regularized=True)
        above = mp.gammainc(df / 2, df * s_max ** 2 / 2, mp.inf, regularized=True)
        return sf + below, cdf + above, mass + below + above


def t_pair_sf(q, df):
    """Exact P(Q > q) for k = 2: P(|Z1 - Z2| / s > q) = 2 P(T_df > q / sqrt 2)."""
    q, df = mp.mpf(q), mp.mpf(df)
    x = df / (df + q * q / 2)
    return mp.betainc(df / 2, mp.mpf(1) / 2, 0, x, regularized=True)


def rel(a, b):
    return abs(a - b) / abs(b)


def main():
    started = time.time()
    base_inner_rule = gauss_legendre(30)
    left_rule, main_rule = gauss_legendre(24), gauss_legendre(30)
    fine_rule = gauss_legendre(40)
    outers = {}
    for k in KS:
        outers[k] = Outer(k, left_rule, main_rule, 9, 39, RangeTails(k, base_inner_rule, 27))
        print(f"k = {k}: {len(outers[k].nodes)} outer nodes, {time.time() - started:.0f} s", file=sys.stderr)

    checks = {"k2_quadrature_vs_closed_form_max_rel": mp.mpf(0), "sf_plus_cdf_minus_1_max_abs": mp.mpf(0),
              "density_mass_minus_1_max_abs": mp.mpf(0)}
    cases = []
    for k in KS:
        for df in DFS:
            for q in QS:
                sf, cdf, mass = outers[k].tails(q, df)
                checks["sf_plus_cdf_minus_1_max_abs"] = max(checks["sf_plus_cdf_minus_1_max_abs"], abs(sf + cdf - 1))
                checks["density_mass_minus_1_max_abs"] = max(checks["density_mass_minus_1_max_abs"], abs(mass - 1))
                method = "quadrature"
                if k == 2:
                    exact = t_pair_sf(q, df)
                    checks["k2_quadrature_vs_closed_form_max_rel"] = max(checks["k2_quadrature_vs_closed_form_max_rel"],
                                                                         rel(sf, exact))
                    sf, cdf, method = exact, 1 - exact, "closed form 2 P(T_df > q / sqrt 2)"
                cases.append({"src_case": {"q": q, "k": k, "v": df},
                              "sf": mp.nstr(sf, OUT_DIGITS, min_fixed=1, max_fixed=0),
                              "cdf": mp.nstr(cdf, OUT_DIGITS, min_fixed=1, max_fixed=0),
                              "method": method})

    # Inner rule against a finer one (40 nodes on 34 pieces of [-13.5, 14.5]) at 41 values of w, and for k = 2
    # against the exact P(W > w) = erfc(w / 2). Relative errors are taken where P(W > w) > 1e-40: beyond w ~ 26
    # the mass of the sf integrand (around z = w / 2) leaves [-13, 14], but P(W > w) < 1e-70 there, far below
    # what the outer integral can notice (the smallest sf here is ~1e-10), hence the absolute error as well.
    inner_rel, inner_abs = mp.mpf(0), mp.mpf(0)
    for k in KS:
        base, fine = RangeTails(k, base_inner_rule, 27), RangeTails(k, fine_rule, 34, -13.5, 14.5)
        for i in range(41):
            w = mp.exp(U_MIN + (mp.log(W_MAX) - U_MIN) * i / 40)
            a, b = base.tails(w), fine.tails(w)
            refs = [(a[0], b[0]), (a[1], b[1])] + ([(a[0], mp.erfc(w / 2))] if k == 2 else [])
            for x, ref in refs:
                inner_abs = max(inner_abs, abs(x - ref))
                if ref > mp.mpf(10) ** -40:
                    inner_rel = max(inner_rel, rel(x, ref))
    checks["inner_rule_vs_finer_rule_and_erfc_max_rel_where_above_1e-40"] = inner_rel
    checks["inner_rule_vs_finer_rule_and_erfc_max_abs"] = inner_abs
    print(f"inner check: {time.time() - started:.0f} s", file=sys.stderr)

    # Outer rule against another (40 nodes on 12 pieces of [-40, -4] and 52 pieces of [-4, log 40]) for k = 5.
    refined_max = mp.mpf(0)
    refined_where = ""
    fine = Outer(5, fine_rule, fine_rule, 12, 52, RangeTails(5, base_inner_rule, 27))
    for df in DFS:
        for q in QS:
            a, b = outers[5].tails(q, df)[0], fine.tails(q, df)[0]
            if rel(a, b) >= refined_max:
                refined_max, refined_where = rel(a, b), f"k 5 df {df} q {q}"
    checks["outer_rule_vs_other_rule_k5_max_rel"] = refined_max
    checks["outer_rule_vs_other_rule_k5_worst_case"] = refined_where
    print(f"outer check: {time.time() - started:.0f} s", file=sys.stderr)

    # SciPy's reference (double precision, cdf) for k = 3 and 10.
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "studentized_range_mpmath_ref.json")) as f:
        scipy_ref = json.load(f)
    worst = 0.0
    compared = 0
    for entry in scipy_ref["cdf_data"]:
        c = entry["src_case"]
        if c["k"] in outers:
            _, cdf, _ = outers[c["k"]].tails(c["q"], c["v"])
            worst = max(worst, abs(float(cdf) - entry["mp_result"]))
            compared += 1
    checks["scipy_mpmath_ref_cdf_cases_compared"] = compared
    checks["scipy_mpmath_ref_cdf_max_abs_diff"] = worst

    out = {
        "COMMENT": "generated by games_howell_mpmath.py (mpmath); do not edit by hand",
        "generator": "Tests/StatisticsTests/Fixtures/games_howell_mpmath.py",
        "mpmath_version": mp.__version__,
        "mpmath_backend": mp.libmp.BACKEND,
        "python_version": sys.version.split()[0],
        "working_digits": DPS,
        "significant_digits_written": OUT_DIGITS,
        "quantity": "sf = P(Q > q) for the studentized range Q with k groups and v (= df) degrees of freedom; cdf = P(Q <= q), computed separately",
        "inputs": "q, k, v are JSON numbers; v is the double nearest the decimal (1.05 -> 1.0500000000000000444), converted exactly",
        "checks": {key: (mp.nstr(val, 3) if isinstance(val, mp.mpf) else val) for key, val in checks.items()},
        "sf_data": cases,
    }
    with open(os.path.join(here, "games_howell_mpmath.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(json.dumps(out["checks"], indent=1), file=sys.stderr)
    print(f"{len(cases)} cases in {time.time() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
