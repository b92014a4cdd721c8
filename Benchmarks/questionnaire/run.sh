#!/usr/bin/env bash
# Parsing and checking a generated 5,000-item questionnaire (target: under 50 ms), in a release build.
# The time is measured inside octant (`check --timings`: read + parse + checks, without process start-up),
# then for the whole command with process start-up.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p Benchmarks/out
python3 Benchmarks/questionnaire/generate.py 5000 > Benchmarks/out/5000-items.survey
swift build -c release --product octant >/dev/null
bin=.build/release/octant
$bin check --quiet Benchmarks/out/5000-items.survey
echo "size: $(wc -c < Benchmarks/out/5000-items.survey) bytes, $(wc -l < Benchmarks/out/5000-items.survey) lines"
for run in 1 2 3 4 5; do $bin check --quiet --timings --lang en Benchmarks/out/5000-items.survey; done
start=$(date +%s%N)
for run in 1 2 3 4 5 6 7 8 9 10; do $bin check --quiet Benchmarks/out/5000-items.survey; done
end=$(date +%s%N)
echo "whole command, with process start-up: $(( (end - start) / 10000000 )) ms per run"
