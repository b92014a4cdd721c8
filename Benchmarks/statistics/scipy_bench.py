"""pandas + scipy.stats reference for the benchmark: per item, one-way ANOVA, Levene (mean-centred)
and the pairwise LSD p-values, on the CSV written by generate.py. Prints the seconds taken and a checksum."""
import itertools
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats


def main() -> None:
    started = time.perf_counter()
    frame = pd.read_csv(sys.argv[1])
    read = time.perf_counter() - started
    levels = sorted(frame["group"].unique())
    masks = [(frame["group"] == level).to_numpy() for level in levels]
    items = [column for column in frame.columns if column != "group"]
    checksum = 0.0
    first = None
    for item in items:
        values = frame[item].to_numpy()
        groups = [values[mask] for mask in masks]
        groups = [g[~np.isnan(g)] if g.dtype.kind == "f" else g for g in groups]
        anova = stats.f_oneway(*groups)
        levene = stats.levene(*groups, center="mean")
        summary = frame.groupby("group")[item].agg(["mean", "var", "count"]).loc[levels]
        n = summary["count"].to_numpy()
        within = float(((n - 1) * summary["var"].to_numpy()).sum())
        df = int(n.sum()) - len(levels)
        ms_within = within / df
        means = summary["mean"].to_numpy()
        lsd = []
        for i, j in itertools.combinations(range(len(levels)), 2):
            t = (means[j] - means[i]) / np.sqrt(ms_within * (1 / n[i] + 1 / n[j]))
            lsd.append(2 * stats.t.sf(abs(t), df))
        checksum += anova.statistic + levene.statistic + sum(lsd)
        if first is None:
            first = (anova.statistic, anova.pvalue, levene.statistic, levene.pvalue, lsd)
    total = time.perf_counter() - started
    print(f"pandas+scipy: read {read:.3f} s, total {total:.3f} s, items {len(items)}, checksum {checksum:.10g}")
    print(f"pandas+scipy first item: F {first[0]:.12g} p {first[1]:.6g} Levene {first[2]:.12g} p {first[3]:.6g} "
          f"LSD {[f'{p:.6g}' for p in first[4]]}")
    print(f"SECONDS {total:.6f}")


if __name__ == "__main__":
    main()
