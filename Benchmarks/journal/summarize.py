#!/usr/bin/env python3
"""Turns the measurements of Benchmarks/journal/run.sh into one Markdown table (printed, and written to OUT/summary.md).

Usage: summarize.py OUT_DIR
Reads OUT_DIR/*-K.time (`/usr/bin/time -v`, K = run), OUT_DIR/sizes.txt (sizes.sh) and OUT_DIR/startup.jsonl
(startup.py).
"""
import glob, json, os, re, statistics, sys

out = sys.argv[1]


def measure(path):
    text = open(path, encoding="utf-8").read()
    status = re.search(r"Exit status: (\d+)", text)
    if not status or status.group(1) != "0":
        sys.exit(f"{path}: the command failed (exit status {status.group(1) if status else '?'})")
    clock = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    wall = sum(float(part) * 60 ** power for power, part in enumerate(reversed(clock.split(":"))))
    cpu = float(re.search(r"User time \(seconds\): (\S+)", text).group(1)) + float(re.search(r"System time \(seconds\): (\S+)", text).group(1))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
    return wall, cpu, rss


def runs(name):
    paths = sorted(glob.glob(f"{out}/{name}-[0-9]*.time"), key=lambda p: int(re.search(r"-(\d+)\.time$", p).group(1)))
    return [measure(p) for p in paths]


def med(values):
    return statistics.median(values)


def verdict(ok):
    return "**met**" if ok else "**missed**"


sizes = {}
for line in open(f"{out}/sizes.txt", encoding="utf-8"):
    key, value = line.split()
    sizes[key] = int(value)
sessions = sizes["sessions"]
# The bytes counted line by line must add up to the file sizes (the newline of every line included).
for prefix, total in (("v2", "v2_bytes"), ("v1", "v1_bytes"), ("import", "import_bytes")):
    counted = sum(value for key, value in sizes.items() if key.startswith(f"{prefix}_line_bytes_"))
    if total in sizes and counted != sizes[total]:
        sys.exit(f"sizes.txt: the {prefix} lines add up to {counted:,} bytes, the file has {sizes[total]:,}")

lines = []
emit = lines.append
emit(f"Measured on {sessions:,} simulated sessions (median of {len(runs('report-csv'))} interleaved runs; wall time and "
     "peak RSS from `/usr/bin/time -v`; CPU = user + sys).")
emit("")
emit("| measure | runs (wall) | median wall | median CPU | peak RSS (median / max) | target | |")
emit("|---|---|---|---|---|---|---|")
medians = {}
for name, label, target in (
        ("report-v2-first", "`report`, v2 journal folder, first read (no derived files)", "memory"),
        ("report-v2-later", "`report`, v2 journal folder, later read (derived files of the run before)", "memory"),
        ("report-csv", "`report` on the exported CSV", None),
        ("report-v1-first", "`report`, v1 journal folder (current build), first read", None),
        ("report-v1-later", "`report`, v1 journal folder (current build), later read", None),
        ("export-v2-first", "`export` of the v2 journal to CSV, first read", (5.0, "≤ 5 s")),
        ("export-v2-later", "`export` of the v2 journal to CSV, later read", (5.0, "≤ 5 s")),
        ("import", "`import` of the exported CSV (fresh folder)", (10.0, "≤ 10 s"))):
    measured = runs(name)
    if not measured:
        continue
    wall, cpu, rss = med([m[0] for m in measured]), med([m[1] for m in measured]), med([m[2] for m in measured])
    peak = max(m[2] for m in measured)
    medians[name] = (wall, cpu, rss, peak)
    goal, ok = "", ""
    if target == "memory":
        goal, ok = "≤ 300 MB peak", verdict(peak <= 300)
    elif target:
        goal, ok = target[1], verdict(wall <= target[0])
    emit(f"| {label} | {', '.join(f'{m[0]:.2f}' for m in measured)} s | {wall:.2f} s | {cpu:.2f} s | "
         f"{rss:.0f} / {peak:.0f} MB | {goal} | {ok} |")


def ratio(top, bottom, label, target=None):
    if top not in medians or bottom not in medians:
        return
    t, b = medians[top], medians[bottom]
    value = t[0] / b[0]
    bold = "**" if target else ""
    emit(f"| {bold}ratio {label} (medians){bold} | | {bold}{value:.2f}×{bold} | {t[1] / b[1]:.2f}× | {t[3] / b[3]:.2f}× (max) | "
         + (f"≤ {target:g}× | {verdict(value <= target)} |" if target else "| |"))


ratio("report-v2-first", "report-csv", "report v2 journal, first read / CSV", 2)
ratio("report-v2-later", "report-csv", "report v2 journal, later read / CSV", 2)
ratio("report-v1-first", "report-csv", "report v1 journal, first read / CSV")
ratio("report-v1-first", "report-v2-first", "report v1 journal / v2 journal, first reads")

emit("")
emit("| size | bytes | per session | |")
emit("|---|---|---|---|")
a_lines, a_bytes = sizes.get("v2_lines_A", 0), sizes.get("v2_line_bytes_A", 0)
fixed = sum(sizes.get(f"v2_line_bytes_{kind}", 0) for kind in "JSE")
v1_answers, v1_answer_bytes = sizes.get("v1_lines_answer", 0), sizes.get("v1_line_bytes_answer", 0)
emit(f"| v2 journal (`journal-synthetic-1.ojl`) | {sizes['v2_bytes']:,} | {sizes['v2_bytes'] / sessions:,.0f} | |")
emit(f"| v1 journal (`journal-synthetic-1.jsonl`) | {sizes['v1_bytes']:,} | {sizes['v1_bytes'] / sessions:,.0f} | "
     f"v1 / v2: {sizes['v1_bytes'] / sizes['v2_bytes']:.1f}× |")
emit(f"| exported CSV | {sizes['csv_bytes']:,} | {sizes['csv_bytes'] / sessions:,.0f} | v2 / CSV: "
     f"{sizes['v2_bytes'] / sizes['csv_bytes']:.1f}× (codebook, .sps, .R beside it: {sizes['csv_companion_bytes']:,} bytes) |")
if sizes.get("derived_v2_bytes"):
    emit(f"| derived files beside the v2 journal after `export` (index, snapshot: see checks) | {sizes['derived_v2_bytes']:,} | "
         f"{sizes['derived_v2_bytes'] / sessions:,.0f} | derived / v2: {sizes['derived_v2_bytes'] / sizes['v2_bytes']:.2f}× |")
if "import_bytes" in sizes:
    emit(f"| journal written by `import` (one `I` line per session) | {sizes['import_bytes']:,} | "
         f"{sizes['import_bytes'] / sessions:,.0f} | import / v2: {sizes['import_bytes'] / sizes['v2_bytes']:.2f}× |")
emit("")
kinds = sorted(k[len("v2_lines_"):] for k in sizes if k.startswith("v2_lines_"))
emit("| v2 lines by kind (awk on field 2) | " + " | ".join(kinds) + " |")
emit("|---|" + "---|" * len(kinds))
emit("| lines | " + " | ".join(f"{sizes[f'v2_lines_{k}']:,}" for k in kinds) + " |")
emit("| bytes (newline included) | " + " | ".join(f"{sizes[f'v2_line_bytes_{k}']:,}" for k in kinds) + " |")
emit("| average line | " + " | ".join(f"{sizes[f'v2_line_bytes_{k}'] / sizes[f'v2_lines_{k}']:.1f}" for k in kinds) + " |")
emit("")
emit(f"- **bytes per answer line (v2 `A`): {a_bytes / a_lines:.1f}** (newline included; {a_bytes / a_lines - 1:.1f} without) — "
     f"target ≤ 80: {verdict(a_bytes / a_lines <= 80)}. Version 1: {v1_answer_bytes / max(v1_answers, 1):.1f} bytes per answer line "
     f"({v1_answer_bytes / max(v1_answers, 1) / (a_bytes / a_lines):.1f}×).")
emit(f"- **fixed overhead per session (J + S + E lines): {fixed / sessions:,.1f} bytes** (J once per file: "
     f"{sizes.get('v2_line_bytes_J', 0)} bytes; S {sizes.get('v2_line_bytes_S', 0) / sessions:,.1f}; "
     f"E {sizes.get('v2_line_bytes_E', 0) / sessions:.1f}) — target ≤ 2 KB (2,048 bytes): {verdict(fixed / sessions <= 2048)}.")
emit(f"- answers per session: {a_lines / sessions:.1f} `A` lines; whole v2 journal {sizes['v2_bytes'] / sessions:,.0f} bytes a session.")

startup_path = f"{out}/startup.jsonl"
if os.path.exists(startup_path):
    records = [json.loads(line) for line in open(startup_path, encoding="utf-8") if line.strip()]
    emit("")
    emit("| `octant run` start-up to the first question (pty) | display | device's journal lines before (v2 + v1) | runs | median | min | max | target ≤ 100 ms |")
    emit("|---|---|---|---|---|---|---|---|")
    groups = {}
    for record in records:
        groups.setdefault((record["label"], record["display"]), []).append(record)
    for (label, display), group in groups.items():
        times = [r["seconds"] * 1000 for r in group]
        median = med(times)
        emit(f"| {label} | {display} | {group[0]['journal_lines']:,} + {group[0].get('v1_journal_lines', 0):,} | {len(times)} | "
             f"{median:.1f} ms | {min(times):.1f} ms | {max(times):.1f} ms | {verdict(median <= 100)} |")

text = "\n".join(lines) + "\n"
open(f"{out}/summary.md", "w", encoding="utf-8").write(text)
print(text, end="")
