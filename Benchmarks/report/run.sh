#!/usr/bin/env bash
# Benchmark of issue 6: the full report of Questionnaires/esc-professionnels.survey (descriptives, the plan's three
# comparisons with MANOVA, scores and reliability) on N simulated respondents, by Octant (release build) and by
# reference_report.py (pandas + SciPy + statsmodels), 3 runs each, interleaved, timed with /usr/bin/time -v; then
# compare.py matches every statistic of the two JSON outputs.
# Usage: Benchmarks/report/run.sh [RESPONDENTS]   (default 1000000; from anywhere)
#        OCTANT=/path/to/octant Benchmarks/report/run.sh …   measures that binary instead of building this checkout
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
respondents="${1:-1000000}"
survey="Questionnaires/esc-professionnels.survey"
data="Benchmarks/data/report-$respondents"
csv="$data/esc-professionnels.csv"
out="Benchmarks/out/report-$respondents"
mkdir -p "$data" "$out"

python3 -c 'import pandas, scipy, statsmodels' 2>/dev/null \
  || python3 -m pip install --quiet --break-system-packages pandas scipy statsmodels

if [ -n "${OCTANT:-}" ]; then
  octant="$OCTANT"  # a given binary (e.g. a release build of another checkout)
else
  echo "building octant (swift build -c release)..."
  swift build -c release --product octant 2>&1 | tail -1
  octant="$root/.build/release/octant"
fi

if [ ! -f "$data/complete" ]; then
  rm -f "$data"/esc-professionnels*
  if "$octant" help simulate --lang en | grep -q -- '--to'; then
    echo "generating $respondents respondents: octant simulate --respondents $respondents --seed 1 --to $csv"
    /usr/bin/time -v "$octant" simulate "$survey" --respondents "$respondents" --seed 1 --to "$csv" \
      2> "$out/simulate.time"
  else
    # Builds without `simulate --to`: a journal, then `octant export`, which holds the whole journal in memory
    # (about 85 KB a session: fine for 100,000 sessions, not for a million).
    echo "generating $respondents respondents: octant simulate --data, then octant export (no simulate --to here)"
    rm -rf "$data/journal"
    "$octant" simulate "$survey" --respondents "$respondents" --seed 1 --data "$data/journal"
    /usr/bin/time -v "$octant" export "$survey" --data "$data/journal" --to "$csv" 2> "$out/simulate.time"
    rm -rf "$data/journal"
  fi
  grep -E 'Elapsed|Maximum resident' "$out/simulate.time" | sed 's/^\s*/  /'
  touch "$data/complete"
fi
ls -l "$csv" | awk -v n="$respondents" '{printf "data: %s respondents, %.1f MB CSV (%s)\n", n, $5 / 1e6, $9}'

echo "machine: $(nproc) cores, $(uname -sr), load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in 1 2 3; do
  echo "run $run: octant report"
  /usr/bin/time -v "$octant" report "$survey" --data "$csv" --format json --output "$out/octant-$run.json" \
    2> "$out/octant-$run.time"
  echo "run $run: python3 reference_report.py"
  /usr/bin/time -v python3 "$here/reference_report.py" "$csv" "$out/python-$run.json" 2> "$out/python-$run.time"
done
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "versions: $(swift --version 2>&1 | head -1); $(python3 -c 'import sys, pandas, numpy, scipy, statsmodels
print(f"Python {sys.version.split()[0]}, pandas {pandas.__version__}, NumPy {numpy.__version__}, SciPy {scipy.__version__}, statsmodels {statsmodels.__version__}")')"

python3 - "$out" <<'EOF'
import re, statistics, sys
out = sys.argv[1]

def measure(path):
    text = open(path, encoding="utf-8").read()
    clock = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    seconds = sum(float(part) * 60 ** power for power, part in enumerate(reversed(clock.split(":"))))
    user = float(re.search(r"User time \(seconds\): (\S+)", text).group(1))
    system = float(re.search(r"System time \(seconds\): (\S+)", text).group(1))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
    status = re.search(r"Exit status: (\d+)", text).group(1)
    if status != "0":
        sys.exit(f"{path}: exit status {status}")
    return seconds, user + system, rss

results = {}
for side, label in (("octant", "Octant (release)"), ("python", "pandas + SciPy + statsmodels")):
    runs = [measure(f"{out}/{side}-{run}.time") for run in (1, 2, 3)]
    results[side] = runs
    print(f"{label:30} wall " + ", ".join(f"{r[0]:.2f}" for r in runs) + f" s; median {statistics.median(r[0] for r in runs):.2f} s;"
          f" CPU (user+sys) median {statistics.median(r[1] for r in runs):.2f} s; peak RSS " + ", ".join(f"{r[2]:.0f}" for r in runs) + " MB")
octant = statistics.median(r[0] for r in results["octant"])
python = statistics.median(r[0] for r in results["python"])
print(f"ratio of medians (python / octant): {python / octant:.1f}x (target >= 10x); "
      f"peak memory: octant {max(r[2] for r in results['octant']):.0f} MB, python {max(r[2] for r in results['python']):.0f} MB")
EOF

echo "compare (octant-3.json vs python-3.json):"
python3 "$here/compare.py" "$out/octant-3.json" "$out/python-3.json" > "$out/compare.txt" && status=0 || status=$?
grep -vE '^(c|q|s|g|sample):|^  [cqsg]:' "$out/compare.txt"
echo "(full table: $out/compare.txt)"
exit "$status"
