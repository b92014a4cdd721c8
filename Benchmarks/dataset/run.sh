#!/usr/bin/env bash
# Dataset benchmark: loads a deterministic 1,000,000 x 60 CSV with a release build of Octant's Questionnaire and
# Responses sources, and with pandas read_csv, reporting time and peak memory (/usr/bin/time -v).
# Usage: Benchmarks/dataset/run.sh [ROWS]   (from the repository root or anywhere)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rows="${1:-1000000}"
out="$root/Benchmarks/out/dataset"
data="$root/Benchmarks/data/dataset-$rows"
mkdir -p "$out" "$data"

if [ ! -s "$data/bench.csv" ]; then
  echo "generating $rows rows..."
  python3 "$here/generate.py" "$data" "$rows"
fi
ls -l "$data/bench.csv" | awk '{printf "CSV: %.1f MB\n", $5 / 1e6}'

echo "compiling (swiftc -O -wmo)..."
swiftc -O -wmo -parse-as-library -module-name Questionnaire -emit-module -emit-module-path "$out/Questionnaire.swiftmodule" \
  -c -o "$out/Questionnaire.o" $(find "$root/Sources/Questionnaire" -name '*.swift' | sort)
swiftc -O -wmo -parse-as-library -module-name Responses -I "$out" -emit-module -emit-module-path "$out/Responses.swiftmodule" \
  -c -o "$out/Responses.o" $(find "$root/Sources/Responses" -name '*.swift' | sort)
swiftc -O -I "$out" "$here/bench.swift" "$out/Questionnaire.o" "$out/Responses.o" -o "$out/bench"

measure() {
  /usr/bin/time -v "$@" 2> "$out/time.txt"
  awk -F': ' '/Elapsed \(wall clock\)/ {print "  wall clock: " $2} /User time/ {print "  user CPU: " $2 " s"} /Maximum resident set size/ {printf "  peak memory: %.1f MB\n", $2 / 1024}' "$out/time.txt"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Octant (Dataset.load(csv:), release build):"
for run in 1 2 3; do measure "$out/bench" "$data/bench.survey" "$data/bench.csv"; done
echo "pandas $(python3 -c 'import pandas; print(pandas.__version__)') read_csv:"
for run in 1 2 3; do measure python3 "$here/pandas_load.py" "$data/bench.csv"; done
