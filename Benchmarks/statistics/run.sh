#!/usr/bin/env bash
# Benchmark of the Statistics module against pandas + scipy.stats on a 1,000,000 × 60 survey of 8-point answers.
# Usage: Benchmarks/statistics/run.sh [RESPONDENTS]   (from anywhere; needs swiftc, python3, numpy, scipy, pandas)
set -euo pipefail
shopt -s globstar nullglob
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
respondents="${1:-1000000}"
data="Benchmarks/data/survey-${respondents}x60.csv"
mkdir -p Benchmarks/data Benchmarks/out

python3 -c "import numpy, scipy, pandas" 2>/dev/null || python3 -m pip install --quiet numpy scipy pandas
if [[ ! -s "$data" ]]; then
    echo "generating $data"
    python3 Benchmarks/statistics/generate.py "$data.tmp" "$respondents"
    mv "$data.tmp" "$data"
fi

echo "compiling the benchmark with swiftc -O"
swiftc -O -parse-as-library -o Benchmarks/out/statistics-bench Sources/Statistics/**/*.swift Benchmarks/statistics/bench.swift

swift_out="$(Benchmarks/out/statistics-bench "$data")"
echo "$swift_out"
python_out="$(python3 Benchmarks/statistics/scipy_bench.py "$data")"
echo "$python_out"

swift_seconds="$(grep '^SECONDS' <<<"$swift_out" | cut -d' ' -f2)"
python_seconds="$(grep '^SECONDS' <<<"$python_out" | cut -d' ' -f2)"
python3 -c "s, p = $swift_seconds, $python_seconds; print(f'swift {s:.3f} s, pandas+scipy {p:.3f} s, ratio {p / s:.1f}x')"
