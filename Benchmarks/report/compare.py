"""Matches Octant's JSON report with reference_report.py's numbers, statistic by statistic.

Usage: python3 compare.py OCTANT.json PYTHON.json [--show N]

Octant's report is flattened into the keys reference_report.py writes (q/…, g/…, c/…, s/…; pairs of groups and cells
by group code, never by position). Every key both sides have is compared: numbers within 1e-9 relative or 1e-12
absolute, labels (significance, position, the t-test variant, included groups) exactly. Prints the counts per kind of
statistic, the largest relative difference, the keys only one side has (what Octant hides by the small-cell rule, and
any gap in either side), and exits 1 on any mismatch or when a statistic Octant reports has no counterpart.
"""
import json
import math
import re
import sys
from collections import Counter, defaultdict

RELATIVE = 1e-9
ABSOLUTE = 1e-12


def put_descriptives(d, key, out):
    for field in ("count", "mean", "standardDeviation", "standardError", "median", "firstQuartile", "thirdQuartile",
                  "minimum", "maximum"):
        if field in d:
            out[f"{key}/{field}"] = d[field]
    if "confidenceInterval" in d:
        out[f"{key}/confidenceInterval/lower"] = d["confidenceInterval"]["lower"]
        out[f"{key}/confidenceInterval/upper"] = d["confidenceInterval"]["upper"]


def put_fields(d, key, fields, out):
    for field in fields:
        if field in d:
            out[f"{key}/{field}"] = d[field]


def flatten(report):
    """Octant's report as {key: value}, in reference_report.py's key scheme."""
    out = {"sample/respondents": report["sample"]["respondents"]}
    for grouping in report["sample"]["groupings"]:
        name = grouping["variable"]
        for group in grouping["groups"]:
            if "count" in group:
                out[f"g/{name}/{group['code']}/count"] = group["count"]
            out[f"g/{name}/{group['code']}/included"] = "yes" if group["included"] else "no"
        if "unanswered" in grouping:
            out[f"g/{name}/unanswered"] = grouping["unanswered"]

    for q in report["questions"]:
        key = f"q/{q['variable']}"
        missing = q["missing"]
        out[f"{key}/missing/total"] = (missing["skipped"] + missing["notAsked"] + missing.get("notReached", 0)
                                       + missing["invalid"] + sum(missing["escapes"].values()))
        for code, count in missing["escapes"].items():
            out[f"{key}/missing/escapes/{code}"] = count
        if "scale" in q:
            s = q["scale"]
            for point, count in enumerate(s["counts"], start=1):
                out[f"{key}/scale/counts/{point}"] = count
            if "descriptives" in s:
                put_descriptives(s["descriptives"], f"{key}/scale/descriptives", out)
            put_fields(s, f"{key}/scale", ("percentBelowMidpoint", "percentAboveMidpoint", "position"), out)
            if "midpointTest" in s:
                t = s["midpointTest"]
                put_fields(t, f"{key}/scale/midpointTest", ("t", "degreesOfFreedom", "pValue", "meanDifference",
                                                           "cohensD"), out)
                out[f"{key}/scale/midpointTest/confidenceInterval/lower"] = t["confidenceInterval"]["lower"]
                out[f"{key}/scale/midpointTest/confidenceInterval/upper"] = t["confidenceInterval"]["upper"]
        if "choice" in q:
            c = q["choice"]
            out[f"{key}/choice/answered"] = c["answered"]
            for option in c["options"]:
                put_fields(option, f"{key}/choice/option/{option['code']}", ("count", "percent"), out)
        if "number" in q and "descriptives" in q["number"]:
            put_descriptives(q["number"]["descriptives"], f"{key}/number/descriptives", out)
        if "textAnswers" in q:
            out[f"{key}/textAnswers"] = q["textAnswers"]

    for c in report["comparisons"]:
        key = f"c/{c['variable']}/{c['block']}"
        codes = [g["code"] for g in c["groups"]]
        for row in c["rows"]:
            r = f"{key}/{row['variable']}"
            tested = [code for code, cell in zip(codes, row["cells"]) if "mean" in cell]
            for code, cell in zip(codes, row["cells"]):
                if "mean" not in cell:
                    continue
                put_fields(cell, f"{r}/cell/{code}", ("count", "mean", "standardDeviation"), out)
                if "confidenceInterval" in cell:
                    out[f"{r}/cell/{code}/confidenceInterval/lower"] = cell["confidenceInterval"]["lower"]
                    out[f"{r}/cell/{code}/confidenceInterval/upper"] = cell["confidenceInterval"]["upper"]
            if "p" in row:
                out[f"{r}/p"] = row["p"]
                out[f"{r}/significance"] = row["significance"]
            if "anova" in row:
                put_fields(row["anova"], f"{r}/anova", (
                    "f", "pValue", "betweenSumOfSquares", "withinSumOfSquares", "totalSumOfSquares",
                    "betweenDegreesOfFreedom", "withinDegreesOfFreedom", "betweenMeanSquare", "withinMeanSquare",
                    "residualStandardDeviation", "etaSquared", "omegaSquared"), out)
            if "postHoc" in row:
                ph = row["postHoc"]
                put_fields(ph, f"{r}/postHoc", ("meanSquareError", "errorDF"), out)
                for pair in ph["pairs"]:
                    # first/second index the groups the test ran on (the cells with a mean), in `groups` order.
                    name = f"{r}/postHoc/{tested[pair['first']]}-{tested[pair['second']]}"
                    put_fields(pair, name, ("difference", "standardError", "statistic", "p", "lower", "upper"), out)
            if "twoGroup" in row:
                t = row["twoGroup"]
                put_fields(t, f"{r}/twoGroup", ("variant", "t", "degreesOfFreedom", "pValue", "standardError",
                                                 "meanDifference", "cohensD", "hedgesG"), out)
                out[f"{r}/twoGroup/confidenceInterval/lower"] = t["confidenceInterval"]["lower"]
                out[f"{r}/twoGroup/confidenceInterval/upper"] = t["confidenceInterval"]["upper"]
                for index in (0, 1):
                    out[f"{r}/twoGroup/means/{index}"] = t["means"][index]
                    out[f"{r}/twoGroup/counts/{index}"] = t["counts"][index]
            if "varianceTest" in row:
                out[f"{r}/varianceTest/f"] = row["varianceTest"]["f"]
                out[f"{r}/varianceTest/pValue"] = row["varianceTest"]["pValue"]
            for kind, fields in (("mannWhitney", ("u", "pValue")), ("kruskalWallis", ("h", "pValue"))):
                if kind in row.get("rankTest", {}):
                    put_fields(row["rankTest"][kind]["_0"], f"{r}/rankTest", fields, out)
            if "cliffDelta" in row:
                out[f"{r}/cliffDelta/delta"] = row["cliffDelta"]["delta"]
        if c.get("manova"):
            m, mk = c["manova"], f"{key}/manova"
            put_fields(m, mk, ("observationCount", "droppedRowCount", "groupCount", "hypothesisDF", "errorDF"), out)
            for matrix in ("hypothesisSSCP", "errorSSCP"):
                for i, line in enumerate(m[matrix]):
                    for j, value in enumerate(line):
                        out[f"{mk}/{matrix}/{i}/{j}"] = value
            tests = m.get("tests") or {}
            for index, value in enumerate(tests.get("eigenvalues", [])):
                out[f"{mk}/eigenvalues/{index}"] = value
            for name in ("wilks", "pillai", "hotellingLawley", "roy"):
                if name in tests:
                    put_fields(tests[name], f"{mk}/tests/{name}", ("statistic", "approximateF", "numeratorDF",
                                                                  "denominatorDF", "p"), out)

    for s in report["scores"]:
        key = f"s/{s['id']}"
        out[f"{key}/minimumAnswered"] = s["minimumAnswered"]
        if s.get("descriptives"):
            put_descriptives(s["descriptives"], f"{key}/descriptives", out)
        for rule in ("alphaCompleteRows", "alphaPairwise"):
            if s.get(rule):
                put_fields(s[rule], f"{key}/{rule}", ("alpha", "observationCount"), out)
                out[f"{key}/{rule}/feldt/lower"] = s[rule]["feldt"]["lower"]
                out[f"{key}/{rule}/feldt/upper"] = s[rule]["feldt"]["upper"]
        rel = s.get("reliability")
        if rel:
            put_fields(rel, f"{key}/reliability", ("observationCount", "droppedRowCount", "alpha", "standardizedAlpha",
                                                    "averageInterItemCorrelation"), out)
            for item, stats in zip(s["items"], rel["items"]):
                put_fields(stats, f"{key}/reliability/items/{item}", ("itemRestCorrelation", "alphaIfDeleted",
                                                                      "standardizedAlphaIfDeleted"), out)
    return out


def kind_of(key):
    """A short name for the kind of statistic, for the summary table: variables, group codes and indices removed."""
    parts = key.split("/")
    if parts[0] == "q":
        tail = parts[2:]
        if "option" in tail:
            tail = tail[:2] + tail[3:]
        if "escapes" in tail:
            tail = ["missing", "escapes"]
    elif parts[0] == "c":
        tail = parts[3:] if parts[3] == "manova" else parts[4:]
        if tail[0] == "cell":
            tail = tail[:1] + tail[2:]
        if tail[0] == "postHoc" and "-" in tail[1]:
            tail = tail[:1] + tail[2:]
        if parts[2] == "scores":
            tail = ["scores"] + tail
    elif parts[0] == "s":
        tail = parts[2:]
        if "items" in tail:
            tail = tail[:2] + tail[3:]
    elif parts[0] == "g":
        tail = parts[3:] if len(parts) > 3 else parts[2:]
    else:
        tail = parts[1:]
    return f"{parts[0]}:" + "/".join(t for t in tail if not re.fullmatch(r"\d+", t))


def main():
    arguments = sys.argv[1:]
    show = 10
    if "--show" in arguments:
        position = arguments.index("--show")
        show = int(arguments[position + 1])
        del arguments[position:position + 2]
    if len(arguments) != 2:
        raise SystemExit(__doc__)
    with open(arguments[0], encoding="utf-8") as f:
        octant = flatten(json.load(f))
    with open(arguments[1], encoding="utf-8") as f:
        python = {k: v for k, v in json.load(f).items() if not k.startswith("_")}

    compared = Counter()
    worst = defaultdict(lambda: (0.0, None))  # kind -> (largest relative difference among values >= 1e-12, key)
    tiny = (0.0, None)  # the same among values under 1e-12 in magnitude (far-tail p-values), for information
    mismatches = []
    for key in sorted(octant.keys() & python.keys()):
        a, b = octant[key], python[key]
        kind = kind_of(key)
        compared[kind] += 1
        if isinstance(a, str) or isinstance(b, str):
            if a != b:
                mismatches.append((math.inf, key, a, b))
            continue
        difference = abs(a - b)
        scale = max(abs(a), abs(b))
        relative = difference / scale if scale > 0 else 0.0
        if difference > ABSOLUTE and relative > RELATIVE:
            mismatches.append((relative, key, a, b))
        if scale >= ABSOLUTE:
            if relative >= worst[kind][0]:
                worst[kind] = (relative, key)
        elif relative > tiny[0] and min(abs(a), abs(b)) > 0:
            tiny = (relative, key)

    octant_only = sorted(octant.keys() - python.keys())
    python_only = sorted(python.keys() - octant.keys())
    total = sum(compared.values())
    print(f"{'statistic':58} {'compared':>9} {'max rel. diff':>14}")
    for kind in sorted(compared):
        print(f"{kind:58} {compared[kind]:9d} {worst[kind][0]:14.2e}")
    overall, key = max(worst.values(), key=lambda pair: pair[0])
    print(f"compared {total} statistics of {len(compared)} kinds; tolerance {RELATIVE:g} relative or {ABSOLUTE:g} "
          f"absolute")
    print(f"max relative difference {overall:.2e} (over values of magnitude >= {ABSOLUTE:g})"
          + (f" at {key}: octant {octant[key]!r}, python {python[key]!r}" if overall > 0 else ""))
    if tiny[1]:
        key = tiny[1]
        print(f"max relative difference among values under {ABSOLUTE:g} in magnitude (null eigenvalues, far-tail "
              f"p-values; within the absolute tolerance): {tiny[0]:.2e} at {key}: octant {octant[key]!r}, python {python[key]!r}")

    def summarise(keys, label):
        kinds = Counter(kind_of(k) for k in keys)
        print(f"{len(keys)} keys only in {label}" + (":" if keys else ""))
        for kind, count in sorted(kinds.items()):
            example = next(k for k in keys if kind_of(k) == kind)
            print(f"  {kind:56} {count:7d}  e.g. {example}")

    summarise(python_only, "the Python reference (counts Octant hides as small cells; the t test variant Octant "
                           "did not choose)")
    summarise(octant_only, "Octant's report")
    if mismatches:
        mismatches.sort(reverse=True)
        print(f"MISMATCH: {len(mismatches)} statistics differ beyond the tolerance; the {min(show, len(mismatches))} "
              f"largest:")
        for relative, key, a, b in mismatches[:show]:
            print(f"  {key}: octant {a!r}, python {b!r} (relative {relative:.2e})")
    if mismatches or octant_only:
        print("FAILED" + (": Octant reports statistics the reference does not compute" if octant_only and not mismatches
                          else ""))
        sys.exit(1)
    print(f"OK: {total} statistics agree")


if __name__ == "__main__":
    main()
