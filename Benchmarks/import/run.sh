#!/usr/bin/env bash
# Import benchmark: `octant import` of an N-row Google-Forms-style export of Questionnaires/esc-usagers.survey (question
# texts as headers, labels as values, the "Autre" text in the choice's column; see generate.py), release build, under
# /usr/bin/time -v, 3 runs; beside it, Python's csv module reading the same file (what a script would do first).
# Target (issue 14): under 10 s for 100,000 rows.
# Usage: Benchmarks/import/run.sh [N]    (default 100000)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rows="${1:-100000}"
data="$root/Benchmarks/data/import-$rows"
mkdir -p "$data"
[ -s "$data/forms.csv" ] || python3 "$here/generate.py" "$data/forms.csv" "$rows"
ls -l "$data/forms.csv" | awk '{printf "CSV: %.1f MB\n", $5 / 1e6}'
octant="${OCTANT:-}"
if [ -z "$octant" ]; then
  (cd "$root" && swift build -c release --product octant >/dev/null)
  octant="$root/.build/release/octant"
fi
printf 'started: Horodateur, "yyyy/MM/dd h:mm:ss a z"\n' > "$data/forms.mapping"
for run in 1 2 3; do
  rm -rf "$data/out"
  /usr/bin/time -v "$octant" import "$root/Questionnaires/esc-usagers.survey" "$data/forms.csv" --data "$data/out" \
    >/dev/null 2> "$data/time.txt" || { cat "$data/time.txt" | head -20; exit 1; }
  awk -F': ' -v run="$run" '/Elapsed \(wall clock\)/ {w=$2} /Maximum resident set size/ {m=$2/1024} END {printf "octant import, run %d: %s wall, %.0f MB peak\n", run, w, m}' "$data/time.txt"
done
for run in 1 2 3; do
  /usr/bin/time -v python3 -c "import csv,sys; n=sum(1 for _ in csv.reader(open(sys.argv[1], encoding='utf-8'))); print(n)" "$data/forms.csv" \
    >/dev/null 2> "$data/time.txt"
  awk -F': ' -v run="$run" '/Elapsed \(wall clock\)/ {w=$2} /Maximum resident set size/ {m=$2/1024} END {printf "python csv.reader, run %d: %s wall, %.0f MB peak\n", run, w, m}' "$data/time.txt"
done
# The same rows in Octant's own layout (exported from the first import), imported the same way: the cost of reading
# another tool's layout is the difference.
"$octant" export "$root/Questionnaires/esc-usagers.survey" --data "$data/out" --to "$data/octant.csv" --csv international >/dev/null
for run in 1 2 3; do
  rm -rf "$data/out2"
  /usr/bin/time -v "$octant" import "$root/Questionnaires/esc-usagers.survey" "$data/octant.csv" --data "$data/out2" \
    >/dev/null 2> "$data/time.txt"
  awk -F': ' -v run="$run" '/Elapsed \(wall clock\)/ {w=$2} /Maximum resident set size/ {m=$2/1024} END {printf "octant import of the same rows in Octant'"'"'s layout, run %d: %s wall, %.0f MB peak\n", run, w, m}' "$data/time.txt"
done
