#!/usr/bin/env bash
# `octant run` timings in a release build (targets: start-up to the first question under 100 ms; keypress to the
# next question, journal write and fsync included, under 20 ms). Each questionnaire is run 5 times per display,
# 25 answers each; the journal lives in a fresh temporary folder (the machine's /tmp file system).
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product octant >/dev/null
echo "machine: $(nproc) cores, $(uname -sr), temp file system: $(df -T "${TMPDIR:-/tmp}" | awk 'NR==2 {print $2}')"
python3 Benchmarks/runner/bench.py "$PWD/.build/release/octant" Questionnaires/esc-usagers.survey \
    Questionnaires/esc-professionnels.survey Questionnaires/accompagnement-impact.survey
