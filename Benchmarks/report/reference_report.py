"""The numbers of `octant report QUESTIONNAIRE --data FILE.csv --format json`, computed independently with pandas,
SciPy and statsmodels from the wide CSV that `octant export` / `octant simulate --to` writes.

Usage: python3 reference_report.py FILE.csv OUT.json [--survey QUESTIONNAIRE.survey]
       (default questionnaire: Questionnaires/esc-professionnels.survey of this repository)

What it computes (see RESULTS.md): descriptives of every question; for each grouping of the questionnaire's
`analysis` plan and each Likert block, per item the group means/SD/N/CI, the one-way ANOVA (letters, asterisk) with
Fisher's LSD (letters), or Levene's test (mean-centred, as Octant) and Student's and Welch's t (difference); the
block's MANOVA (statsmodels); the scores (mean of the answered items with the score's minimum), their comparisons and
Cronbach's alpha (listwise). Output: one flat JSON object {key: number or string}, keys as compare.py builds them from
Octant's JSON report, plus "_meta" (versions, timings), which compare.py ignores.
"""
import itertools
import json
import math
import re
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import scipy
import scipy.linalg
import statsmodels
from scipy import special, stats
from statsmodels.multivariate.manova import MANOVA

CONFIDENCE = 0.95
BUILTIN_SCALES = {"accord": 8}
KINDS = {"likert", "single", "multiple", "yesno", "grid", "number", "text"}


# --- The questionnaire: just what the report needs (variables, options, blocks, scores, plan) ---------------------

def strip_comment(line):
    """The line without its `#` comment (a `#` inside a string stays)."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == "#" and not quoted:
            return line[:index]
    return line


def parse_survey(path):
    """A reader of the subset of the questionnaire language the bundled instruments use: options, scales, escapes,
    questions and their children, scores, the analysis plan. Anything it does not know about is skipped when it is
    a property (`name: …`) and refused otherwise, so that a questionnaire it misreads fails loudly."""
    survey = {"scales": dict(BUILTIN_SCALES), "option_sets": {}, "questions": [], "scores": [],
              "plan": {"minimum": 5, "significant": 0.05, "tendential": 0.10, "posthoc": "lsd", "by": []}}
    stack = []  # (indent, kind, object)
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line = strip_comment(raw).rstrip()
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" "))
        text = line.strip()
        while stack and stack[-1][0] >= indent:
            stack.pop()
        parent = stack[-1] if stack else None
        words = re.findall(r'"[^"]*"|\S+', text)
        head = words[0]
        if re.match(r"^[\w.]+:", head):  # a property: translations, notes, units, metadata, plan settings
            if parent and parent[1] == "analysis":
                name, value = text.split(":", 1)
                value = value.strip()
                survey["plan"][name.strip()] = value if name.strip() == "posthoc" else float(value)
            continue
        if head in ("survey", "section"):
            stack.append((indent, head, None))
            continue
        if head == "options" and len(words) == 2:
            survey["option_sets"][words[1]] = []
            stack.append((indent, "options", survey["option_sets"][words[1]]))
            continue
        if head == "scale":
            survey["scales"][words[1]] = int(words[2])
            stack.append((indent, "scale", None))
            continue
        if head == "escape":
            stack.append((indent, "escape", None))
            continue
        if head in KINDS:
            question = {"kind": head, "id": words[1], "children": [], "options": None, "scale": "accord"}
            modifiers = words[3:]
            if "when" in modifiers:
                modifiers = modifiers[:modifiers.index("when")]
            for position, word in enumerate(modifiers):
                if word == "options":
                    question["options"] = modifiers[position + 1]
                elif word == "scale":
                    question["scale"] = modifiers[position + 1]
                elif word == "retrospective":
                    raise SystemExit("retrospective blocks are not supported by this reference script")
            survey["questions"].append(question)
            stack.append((indent, "question", question))
            continue
        if head == "score":
            minimum = int(words[words.index("minimum") + 1]) if "minimum" in words else None
            refs = words[words.index("mean") + 1:words.index("minimum") if minimum is not None else len(words)]
            survey["scores"].append({"id": words[1], "refs": refs, "minimum": minimum})
            stack.append((indent, "score", None))
            continue
        if head == "analysis":
            stack.append((indent, "analysis", None))
            continue
        if head == "by":
            only = words[words.index("only") + 1:] if "only" in words else None
            survey["plan"]["by"].append({"variable": words[1], "display": words[2], "only": only})
            continue
        if parent and parent[1] in ("question", "options") and len(words) >= 2 and words[1].startswith('"'):
            child = {"id": head, "reverse": "reverse" in words[2:]}
            (parent[2]["children"] if parent[1] == "question" else parent[2]).append(child)
            stack.append((indent, "child", None))
            continue
        if parent and parent[1] == "scale":
            continue  # a labelled scale point
        raise SystemExit(f"{path}: line not understood: {raw!r}")
    return survey


def variables(survey):
    """The data columns, as Octant's codebook names them, with their kind and option codes."""
    out = []
    for q in survey["questions"]:
        kind, qid = q["kind"], q["id"]
        if kind == "likert":
            points = survey["scales"][q["scale"]]
            items = q["children"] or [{"id": None, "reverse": False}]
            for item in items:
                name = f"{qid}.{item['id']}" if item["id"] else qid
                out.append({"name": name, "kind": "scale", "block": qid, "points": points, "reverse": item["reverse"]})
        elif kind in ("single", "yesno"):
            codes = ["oui", "non"] if kind == "yesno" else [o["id"] for o in
                                                              (survey["option_sets"][q["options"]] if q["options"] else q["children"])]
            out.append({"name": qid, "kind": "choice", "codes": codes})
        elif kind == "multiple":
            options = survey["option_sets"][q["options"]] if q["options"] else q["children"]
            for option in options:
                out.append({"name": f"{qid}.{option['id']}", "kind": "multiple", "codes": ["0", "1"]})
        elif kind == "grid":
            codes = [o["id"] for o in survey["option_sets"][q["options"]]]
            for row in q["children"]:
                out.append({"name": f"{qid}.{row['id']}", "kind": "choice", "codes": codes})
        elif kind == "number":
            out.append({"name": qid, "kind": "number"})
        elif kind == "text":
            out.append({"name": qid, "kind": "text"})
    return out


# --- Statistics -----------------------------------------------------------------------------------------------------

def tcrit(df):
    return stats.t.ppf(0.5 + CONFIDENCE / 2, df)


def describe(values, key, out):
    """Descriptives as Octant's `Descriptives`: n, mean, SD (n − 1), SE, t interval, type-7 quartiles, min, max."""
    n = int(values.size)
    out[f"{key}/count"] = n
    if n == 0:
        return
    series = pd.Series(values)
    mean = float(series.mean())
    out[f"{key}/mean"] = mean
    if n > 1:
        sd = float(series.std())
        se = sd / math.sqrt(n)
        out[f"{key}/standardDeviation"] = sd
        out[f"{key}/standardError"] = se
        out[f"{key}/confidenceInterval/lower"] = mean - tcrit(n - 1) * se
        out[f"{key}/confidenceInterval/upper"] = mean + tcrit(n - 1) * se
    q1, median, q3 = series.quantile([0.25, 0.5, 0.75]).tolist()  # linear interpolation = Hyndman & Fan type 7
    out[f"{key}/median"] = median
    out[f"{key}/firstQuartile"] = q1
    out[f"{key}/thirdQuartile"] = q3
    out[f"{key}/minimum"] = float(series.min())
    out[f"{key}/maximum"] = float(series.max())


def scale_summary(column, points, key, out):
    values = column.dropna().to_numpy()
    counts = np.bincount(values.astype(np.int64), minlength=points + 1)[1:points + 1]
    for point in range(1, points + 1):
        out[f"{key}/counts/{point}"] = int(counts[point - 1])
    describe(values, f"{key}/descriptives", out)
    n = values.size
    if n == 0:
        return
    midpoint = (1 + points) / 2
    out[f"{key}/percentBelowMidpoint"] = 100 * float((values < midpoint).sum()) / n
    out[f"{key}/percentAboveMidpoint"] = 100 * float((values > midpoint).sum()) / n
    mean = float(values.mean())
    out[f"{key}/position"] = ("disagreement" if mean <= midpoint - 0.1 else "agreement" if mean >= midpoint + 0.1
                              else "neutral")
    if n >= 2 and values.std() > 0:
        test = stats.ttest_1samp(values, midpoint)
        interval = test.confidence_interval(CONFIDENCE)
        out[f"{key}/midpointTest/t"] = float(test.statistic)
        out[f"{key}/midpointTest/degreesOfFreedom"] = float(test.df)
        out[f"{key}/midpointTest/pValue"] = float(test.pvalue)
        out[f"{key}/midpointTest/confidenceInterval/lower"] = float(interval.low)
        out[f"{key}/midpointTest/confidenceInterval/upper"] = float(interval.high)
        sd = float(values.std(ddof=1))
        out[f"{key}/midpointTest/meanDifference"] = mean - midpoint
        out[f"{key}/midpointTest/cohensD"] = (mean - midpoint) / sd


def hedges_j(m):
    """Hedges' exact small-sample correction J(m) = Γ(m/2) / (√(m/2) Γ((m − 1)/2)), as the Pochhammer symbol
    Γ(a + ½)/Γ(a) with a = (m − 1)/2: accurate to a few ulps for any m, where a difference of log-gammas of
    magnitude m·log m loses up to 1e-9 relative at m ≈ 10⁶."""
    return float(special.poch((m - 1) / 2, 0.5)) / math.sqrt(m / 2)


def significance(p, plan):
    return "significant" if p < plan["significant"] else "tendential" if p < plan["tendential"] else "none"


def compare_row(samples, codes, display, plan, key, out):
    """One item (or score) across the compared groups: cells, then the display's test, on the groups whose cell is
    shown (at least `minimum` answers)."""
    minimum = plan["minimum"]
    tested = []
    for code, values in zip(codes, samples):
        n = values.size
        if n >= minimum:
            tested.append(code)
            mean = float(values.mean())
            sd = float(values.std(ddof=1))
            out[f"{key}/cell/{code}/count"] = n
            out[f"{key}/cell/{code}/mean"] = mean
            out[f"{key}/cell/{code}/standardDeviation"] = sd
            half = tcrit(n - 1) * sd / math.sqrt(n)
            out[f"{key}/cell/{code}/confidenceInterval/lower"] = mean - half
            out[f"{key}/cell/{code}/confidenceInterval/upper"] = mean + half
    if len(tested) < 2:
        return
    groups = [samples[codes.index(code)] for code in tested]
    if display == "difference":
        first, second = groups[0], groups[1]
        levene = stats.levene(first, second, center="mean")
        out[f"{key}/varianceTest/f"] = float(levene.statistic)
        out[f"{key}/varianceTest/pValue"] = float(levene.pvalue)
        # The ordinal companion: Mann-Whitney as R's wilcox.test (normal approximation, continuity), Cliff's delta
        # from U (P(X > Y) - P(X < Y) = 2U / (n1 n2) - 1).
        ranks = stats.mannwhitneyu(first, second, use_continuity=True, alternative="two-sided", method="asymptotic")
        out[f"{key}/rankTest/u"] = float(ranks.statistic)
        out[f"{key}/rankTest/pValue"] = float(ranks.pvalue)
        out[f"{key}/cliffDelta/delta"] = 2 * float(ranks.statistic) / (first.size * second.size) - 1
        n1, n2 = first.size, second.size
        m1, m2 = float(first.mean()), float(second.mean())
        v1, v2 = float(first.var(ddof=1)), float(second.var(ddof=1))
        d = (m1 - m2) / math.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2))
        for variant, equal in (("student", True), ("welch", False)):
            test = stats.ttest_ind(first, second, equal_var=equal)
            interval = test.confidence_interval(CONFIDENCE)
            prefix = f"{key}/{variant}"
            out[f"{prefix}/t"] = float(test.statistic)
            out[f"{prefix}/degreesOfFreedom"] = float(test.df)
            out[f"{prefix}/pValue"] = float(test.pvalue)
            out[f"{prefix}/standardError"] = (m1 - m2) / float(test.statistic)
            out[f"{prefix}/confidenceInterval/lower"] = float(interval.low)
            out[f"{prefix}/confidenceInterval/upper"] = float(interval.high)
        # Octant's rule (twoGroupTest auto): Welch when Levene's test is significant, else Student.
        chosen = "welch" if levene.pvalue < plan["significant"] else "student"
        for field in ("t", "degreesOfFreedom", "pValue", "standardError", "confidenceInterval/lower",
                      "confidenceInterval/upper"):
            out[f"{key}/twoGroup/{field}"] = out[f"{key}/{chosen}/{field}"]
        out[f"{key}/twoGroup/variant"] = chosen
        out[f"{key}/twoGroup/meanDifference"] = m1 - m2
        out[f"{key}/twoGroup/means/0"] = m1
        out[f"{key}/twoGroup/means/1"] = m2
        out[f"{key}/twoGroup/counts/0"] = n1
        out[f"{key}/twoGroup/counts/1"] = n2
        out[f"{key}/twoGroup/cohensD"] = d
        out[f"{key}/twoGroup/hedgesG"] = d * hedges_j(n1 + n2 - 2)
        p = out[f"{key}/twoGroup/pValue"]
    else:
        anova = stats.f_oneway(*groups)
        spread = stats.levene(*groups, center="median")  # Brown-Forsythe, as car::leveneTest's default
        out[f"{key}/varianceTest/f"] = float(spread.statistic)
        out[f"{key}/varianceTest/pValue"] = float(spread.pvalue)
        ranks = stats.kruskal(*groups)  # tie-corrected, as R's kruskal.test
        out[f"{key}/rankTest/h"] = float(ranks.statistic)
        out[f"{key}/rankTest/pValue"] = float(ranks.pvalue)
        n = np.array([g.size for g in groups], dtype=float)
        means = np.array([g.mean() for g in groups])
        variances = np.array([g.var(ddof=1) for g in groups])
        grand = float((n * means).sum() / n.sum())
        between = float((n * (means - grand) ** 2).sum())
        within = float(((n - 1) * variances).sum())
        k, total_n = len(groups), int(n.sum())
        ms_within = within / (total_n - k)
        a = f"{key}/anova"
        out[f"{a}/f"] = float(anova.statistic)
        out[f"{a}/pValue"] = float(anova.pvalue)
        out[f"{a}/betweenSumOfSquares"] = between
        out[f"{a}/withinSumOfSquares"] = within
        out[f"{a}/totalSumOfSquares"] = between + within
        out[f"{a}/betweenDegreesOfFreedom"] = k - 1
        out[f"{a}/withinDegreesOfFreedom"] = total_n - k
        out[f"{a}/betweenMeanSquare"] = between / (k - 1)
        out[f"{a}/withinMeanSquare"] = ms_within
        out[f"{a}/residualStandardDeviation"] = math.sqrt(ms_within)
        out[f"{a}/etaSquared"] = between / (between + within)
        out[f"{a}/omegaSquared"] = (between - (k - 1) * ms_within) / (between + within + ms_within)
        p = float(anova.pvalue)
        if display == "letters" and plan["posthoc"] == "lsd":
            df = total_n - k
            critical = tcrit(df)
            out[f"{key}/postHoc/meanSquareError"] = ms_within
            out[f"{key}/postHoc/errorDF"] = df
            for i, j in itertools.combinations(range(k), 2):
                difference = float(means[j] - means[i])
                se = math.sqrt(ms_within * (1 / n[i] + 1 / n[j]))
                t = difference / se
                pair = f"{key}/postHoc/{tested[i]}-{tested[j]}"
                out[f"{pair}/difference"] = difference
                out[f"{pair}/standardError"] = se
                out[f"{pair}/statistic"] = t
                out[f"{pair}/p"] = float(2 * stats.t.sf(abs(t), df))
                out[f"{pair}/lower"] = difference - critical * se
                out[f"{pair}/upper"] = difference + critical * se
    out[f"{key}/p"] = p
    out[f"{key}/significance"] = significance(p, plan)


def manova(frame, items, groups, minimum, key, out):
    """statsmodels' MANOVA of the block's items by the grouping, listwise, on the compared groups with at least
    `minimum` complete rows (as the univariate tests leave out groups under `minimum` answers)."""
    data = frame[items].copy()
    data.columns = [f"y{index}" for index in range(len(items))]
    data["g"] = groups
    data = data[data["g"].notna()]
    complete = data.dropna()
    complete = complete[complete.groupby("g", observed=True)["g"].transform("size") >= minimum]
    if complete["g"].nunique() < 2:
        return
    # Intercept and treatment-coded dummies, then statsmodels' multivariate test of the dummies' coefficients
    # (from_formula would build the same design through patsy, which converts the groups element by element).
    dummies = pd.get_dummies(complete["g"].cat.remove_unused_categories(), drop_first=True, dtype=float)
    exog = np.column_stack([np.ones(len(complete)), dummies.to_numpy()])
    fit = MANOVA(complete[data.columns[:-1]].to_numpy(dtype=float), exog)
    term = fit.mv_test(hypotheses=[("g", np.eye(exog.shape[1])[1:])]).results["g"]
    table = term["stat"]
    e, h = np.asarray(term["E"], dtype=float), np.asarray(term["H"], dtype=float)
    p, k, v = len(items), complete["g"].nunique(), len(complete) - complete["g"].nunique()
    m = f"{key}/manova"
    out[f"{m}/observationCount"] = len(complete)
    out[f"{m}/droppedRowCount"] = len(data) - len(complete)
    out[f"{m}/groupCount"] = k
    out[f"{m}/hypothesisDF"] = k - 1
    out[f"{m}/errorDF"] = v
    for i in range(p):
        for j in range(p):
            out[f"{m}/hypothesisSSCP/{i}/{j}"] = float(h[i, j])
            out[f"{m}/errorSSCP/{i}/{j}"] = float(e[i, j])
    eigenvalues = sorted(scipy.linalg.eigh(h, e, eigvals_only=True), reverse=True)  # of E⁻¹H
    for index, value in enumerate(eigenvalues):
        out[f"{m}/eigenvalues/{index}"] = float(value)
    names = {"wilks": "Wilks' lambda", "pillai": "Pillai's trace", "hotellingLawley": "Hotelling-Lawley trace",
             "roy": "Roy's greatest root"}
    for name, row in names.items():
        values = table.loc[row]
        prefix = f"{m}/tests/{name}"
        out[f"{prefix}/statistic"] = float(values["Value"])
        if name == "hotellingLawley":
            # statsmodels gives McKeon's F approximation (SAS); Octant follows R's summary.manova. Same statistic,
            # R's approximation computed here from it; statsmodels' kept for the record (not compared).
            out[f"_statsmodels/{prefix}/approximateF"] = float(values["F Value"])
            out[f"_statsmodels/{prefix}/denominatorDF"] = float(values["Den DF"])
            out[f"_statsmodels/{prefix}/p"] = float(values["Pr > F"])
            u, s = float(values["Value"]), min(p, k - 1)
            mm, nn = (abs(p - (k - 1)) - 1) / 2, (v - p - 1) / 2
            df1, df2 = s * (2 * mm + s + 1), 2 * (s * nn + 1)
            f = df2 * u / s / s / (2 * mm + s + 1)
            out[f"{prefix}/approximateF"] = f
            out[f"{prefix}/numeratorDF"] = df1
            out[f"{prefix}/denominatorDF"] = df2
            out[f"{prefix}/p"] = float(stats.f.sf(f, df1, df2))
        else:
            out[f"{prefix}/approximateF"] = float(values["F Value"])
            out[f"{prefix}/numeratorDF"] = float(values["Num DF"])
            out[f"{prefix}/denominatorDF"] = float(values["Den DF"])
            out[f"{prefix}/p"] = float(values["Pr > F"])


def alpha_of(cov):
    k = cov.shape[0]
    return (1 - np.trace(cov) / cov.sum()) * k / (k - 1)


def feldt(alpha, n, k, prefix, out):
    """Feldt's interval, as psych::alpha.ci: 1 - (1 - alpha) F quantiles on (n - 1, (n - 1)(k - 1)) df."""
    df1, df2 = n - 1, (n - 1) * (k - 1)
    out[f"{prefix}/feldt/lower"] = float(1 - (1 - alpha) * stats.f.ppf(1 - (1 - CONFIDENCE) / 2, df1, df2))
    out[f"{prefix}/feldt/upper"] = float(1 - (1 - alpha) * stats.f.ppf((1 - CONFIDENCE) / 2, df1, df2))


def reliability(block, key, out):
    """Cronbach's alpha as psych::alpha: raw and standardized alpha, average r, r.drop, alpha if deleted (listwise);
    then alpha under both missing-answer rules with Feldt's interval: complete rows, and pairwise covariances
    (pandas' cov is pairwise-complete, as psych's default use = "pairwise"), n = the rows answering any item."""
    complete = block.dropna()
    cov = complete.cov().to_numpy()
    corr = complete.corr().to_numpy()
    k = cov.shape[0]
    c = f"{key}/alphaCompleteRows"
    out[f"{c}/alpha"] = float(alpha_of(cov))
    out[f"{c}/observationCount"] = len(complete)
    feldt(out[f"{c}/alpha"], len(complete), k, c, out)
    answering = block[block.notna().any(axis=1)]
    p = f"{key}/alphaPairwise"
    out[f"{p}/alpha"] = float(alpha_of(answering.cov().to_numpy()))
    out[f"{p}/observationCount"] = len(answering)
    feldt(out[f"{p}/alpha"], len(answering), k, p, out)
    r = f"{key}/reliability"
    out[f"{r}/observationCount"] = len(complete)
    out[f"{r}/droppedRowCount"] = len(block) - len(complete)
    out[f"{r}/alpha"] = float(alpha_of(cov))
    out[f"{r}/standardizedAlpha"] = float(alpha_of(corr))
    out[f"{r}/averageInterItemCorrelation"] = float((corr.sum() - k) / (k * (k - 1)))
    for index, item in enumerate(block.columns):
        rest = [other for other in range(k) if other != index]
        prefix = f"{r}/items/{item}"
        if k == 2:  # psych's two-item convention
            out[f"{prefix}/itemRestCorrelation"] = float(corr[0, 1])
            out[f"{prefix}/alphaIfDeleted"] = float(cov[0, 1] / cov[rest[0], rest[0]])
            out[f"{prefix}/standardizedAlphaIfDeleted"] = float(corr[0, 1])
            continue
        rest_sum = complete.iloc[:, rest].sum(axis=1)
        out[f"{prefix}/itemRestCorrelation"] = float(complete.iloc[:, index].corr(rest_sum))
        out[f"{prefix}/alphaIfDeleted"] = float(alpha_of(cov[np.ix_(rest, rest)]))
        out[f"{prefix}/standardizedAlphaIfDeleted"] = float(alpha_of(corr[np.ix_(rest, rest)]))


# --- The report -----------------------------------------------------------------------------------------------------

def main():
    arguments = sys.argv[1:]
    survey_path = Path(__file__).resolve().parents[2] / "Questionnaires" / "esc-professionnels.survey"
    if "--survey" in arguments:
        position = arguments.index("--survey")
        survey_path = Path(arguments[position + 1])
        del arguments[position:position + 2]
    if len(arguments) != 2:
        raise SystemExit(__doc__)
    csv_path, out_path = arguments
    timings = {}
    started = time.perf_counter()

    survey = parse_survey(survey_path)
    plan = survey["plan"]
    plan["minimum"] = int(plan["minimum"])
    variable_list = variables(survey)

    # Every cell as read; escape codes (`nsp`) and empty cells are missing for the statistics.
    frame = pd.read_csv(csv_path, keep_default_na=False, na_values=[""], low_memory=False)
    timings["read_csv"] = time.perf_counter() - started
    respondents = len(frame)
    out = {"sample/respondents": respondents}

    numeric = {}
    for variable in variable_list:
        name = variable["name"]
        if variable["kind"] in ("scale", "number") and name in frame:
            column = pd.to_numeric(frame[name], errors="coerce")
            if variable["kind"] == "scale":
                column = column.where(column.between(1, variable["points"]) & (column % 1 == 0))
            numeric[name] = column

    # Descriptives of every question.
    for variable in variable_list:
        name, kind = variable["name"], variable["kind"]
        if name not in frame:
            continue
        key = f"q/{name}"
        raw = frame[name]
        present = raw.notna()
        if kind == "scale":
            column = numeric[name]
            answered = column.notna()
            scale_summary(column, variable["points"], f"{key}/scale", out)
        elif kind in ("choice", "multiple"):
            if kind == "multiple":  # 0/1 columns, read as numbers
                text = pd.to_numeric(raw, errors="coerce").map({0: "0", 1: "1"})
            else:
                text = raw.astype(str).where(present)
            answered = text.isin(variable["codes"])
            counts = text[answered].value_counts()
            total = int(answered.sum())
            out[f"{key}/choice/answered"] = total
            for code in variable["codes"]:
                count = int(counts.get(code, 0))
                out[f"{key}/choice/option/{code}/count"] = count
                if total:
                    out[f"{key}/choice/option/{code}/percent"] = 100 * count / total
        elif kind == "number":
            column = numeric[name]
            answered = column.notna()
            describe(column.dropna().to_numpy(), f"{key}/number/descriptives", out)
        else:
            answered = present
            out[f"{key}/textAnswers"] = int(present.sum())
        escapes = raw[present & ~answered].astype(str).value_counts()
        for code, count in escapes.items():
            out[f"{key}/missing/escapes/{code}"] = int(count)
        out[f"{key}/missing/total"] = respondents - int(answered.sum())
    timings["descriptives"] = time.perf_counter() - started

    # Scores: mean of the answered items (reverse keys applied) when at least `minimum` are answered.
    blocks = {}
    for variable in variable_list:
        if variable["kind"] == "scale":
            blocks.setdefault(variable["block"], []).append(variable)
    score_values = {}
    for score in survey["scores"]:
        items = [v for ref in score["refs"] for v in (blocks.get(ref) or [x for x in variable_list if x["name"] == ref])]
        keyed = pd.DataFrame({v["name"]: (v["points"] + 1 - numeric[v["name"]]) if v["reverse"] else numeric[v["name"]]
                              for v in items})
        minimum = score["minimum"] or len(items)
        answered = keyed.notna().sum(axis=1)
        values = keyed.mean(axis=1).where(answered >= max(minimum, 1))
        score_values[score["id"]] = values
        key = f"s/{score['id']}"
        out[f"{key}/minimumAnswered"] = minimum
        describe(values.dropna().to_numpy(), f"{key}/descriptives", out)
        if len(items) >= 2:
            reliability(keyed, key, out)
    timings["scores"] = time.perf_counter() - started

    # The plan's comparisons: groups, then per Likert block the items, the block's MANOVA, then the scores.
    choices = {v["name"]: v for v in variable_list if v["kind"] == "choice"}
    for comparison in plan["by"]:
        name, display = comparison["variable"], comparison["display"]
        codes = choices[name]["codes"]
        raw = frame[name].astype(str).where(frame[name].notna())
        counts = raw.value_counts()
        compared = [code for code in codes
                    if (comparison["only"] is None or code in comparison["only"]) and counts.get(code, 0) >= plan["minimum"]]
        for code in codes:
            out[f"g/{name}/{code}/count"] = int(counts.get(code, 0))
            out[f"g/{name}/{code}/included"] = "yes" if code in compared else "no"
        out[f"g/{name}/unanswered"] = respondents - int(raw.isin(codes).sum())
        # The compared groups as a categorical (codes once, not a string factorisation per item); others missing.
        groups = pd.Series(pd.Categorical(raw.where(raw.isin(compared)), categories=compared), index=frame.index)
        in_group = groups.notna()
        for block, items in blocks.items():
            key = f"c/{name}/{block}"
            for variable in items:
                column = numeric[variable["name"]]
                valid = column.notna() & in_group
                by_group = dict(list(column[valid].groupby(groups[valid], observed=True)))
                samples = [by_group[code].to_numpy() if code in by_group else np.empty(0) for code in compared]
                compare_row(samples, compared, display, plan, f"{key}/{variable['name']}", out)
            if len(items) >= 2 and len(compared) >= 2:
                manova(pd.DataFrame({v["name"]: numeric[v["name"]] for v in items}), [v["name"] for v in items],
                       groups, plan["minimum"], key, out)
        for score_id, values in score_values.items():
            valid = values.notna() & in_group
            by_group = dict(list(values[valid].groupby(groups[valid], observed=True)))
            samples = [by_group[code].to_numpy() if code in by_group else np.empty(0) for code in compared]
            compare_row(samples, compared, display, plan, f"c/{name}/scores/{score_id}", out)
        timings[f"comparisons by {name}"] = time.perf_counter() - started

    timings["total"] = time.perf_counter() - started
    out["_meta"] = {"python": sys.version.split()[0], "pandas": pd.__version__, "numpy": np.__version__,
                    "scipy": scipy.__version__, "statsmodels": statsmodels.__version__,
                    "seconds_since_start": timings}
    Path(out_path).write_text(json.dumps(out, indent=0, sort_keys=True, allow_nan=False) + "\n", encoding="utf-8")
    print(f"reference_report.py: {len(out) - 1} numbers from {respondents} respondents in {timings['total']:.2f} s "
          f"(read_csv {timings['read_csv']:.2f} s) -> {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
