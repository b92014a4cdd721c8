#!/usr/bin/env bash
# In a release build:
# 1. parsing and checking a generated 5,000-item questionnaire (target: under 50 ms). The time is measured inside
#    octant (`check --timings`: read + parse + checks, without process start-up), then for the whole command.
# 2. `octant check` on 10 MB of hostile input of seven kinds (see generate.py) (target: under 2 s each, at most 100 diagnostics and
#    one "… and N more problems" line printed). Wall time, peak memory and the bytes printed.
# OCTANT=path/to/octant measures another binary (for instance an older build) instead of building one;
# JUNK_BYTES changes the junk size; JUNK_TIMEOUT (seconds, default 600) stops a run that takes too long.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p Benchmarks/out
if [ -z "${OCTANT:-}" ]; then
    swift build -c release --product octant >/dev/null
    OCTANT=.build/release/octant
fi
bin=$OCTANT

python3 Benchmarks/questionnaire/generate.py 5000 > Benchmarks/out/5000-items.survey
$bin check --quiet Benchmarks/out/5000-items.survey
echo "size: $(wc -c < Benchmarks/out/5000-items.survey) bytes, $(wc -l < Benchmarks/out/5000-items.survey) lines"
for run in 1 2 3 4 5; do $bin check --quiet --timings --lang en Benchmarks/out/5000-items.survey; done
start=$(date +%s%N)
for run in 1 2 3 4 5 6 7 8 9 10; do $bin check --quiet Benchmarks/out/5000-items.survey; done
end=$(date +%s%N)
echo "whole command, with process start-up: $(( (end - start) / 10000000 )) ms per run"

bytes=${JUNK_BYTES:-10000000}
for kind in random huge-line short-lines backslashes indentation misspellings modifiers; do
    file=Benchmarks/out/junk-$kind.survey
    python3 Benchmarks/questionnaire/generate.py junk "$kind" "$bytes" > "$file"
    set +e
    /usr/bin/time -f "%e %M" -o Benchmarks/out/junk-$kind.time \
        timeout "${JUNK_TIMEOUT:-600}" $bin check --lang en "$file" > Benchmarks/out/junk-$kind.out 2>&1
    status=$?
    set -e
    read -r seconds kilobytes < <(tail -1 Benchmarks/out/junk-$kind.time)
    printed=$(wc -c < Benchmarks/out/junk-$kind.out)
    lines=$(wc -l < Benchmarks/out/junk-$kind.out)
    summary=$(grep -a "errors\?, " Benchmarks/out/junk-$kind.out | tail -1 || true)
    printf '%-12s %8s s  %7d MB peak  %11d bytes printed  %9d lines  exit %d  %s\n' \
        "$kind" "$seconds" $((kilobytes / 1024)) "$printed" "$lines" "$status" "$summary"
done
