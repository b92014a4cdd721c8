#!/usr/bin/env bash
# Journal benchmark (version 2 journal, `journal-<device>.ojl`): on N simulated sessions of
# Questionnaires/esc-professionnels.survey, in a release build,
#   1. `octant report … --format json` on the v2 journal folder, on the same sessions exported as CSV, and on a v1
#      journal of the same sessions (written by the build before v2, commit 9e1d89d, read by the current build);
#   2. `octant export` of the v2 journal to CSV;
#   3. the sizes of the v2 journal, the v1 journal and the CSV, bytes per answer line and per session (sizes.sh);
#   4. `octant run` start-up to the first question with STARTUP_SESSIONS finished sessions already in the device's
#      own journal (startup.py, on a pseudo-terminal);
#   5. `octant import` of the exported CSV into a fresh folder, and the size of the journal it writes.
# Steps 1, 2 and 5 run 3 times, interleaved (round 1 of every command, then round 2, …), under /usr/bin/time -v; the
# journal measures of steps 1, 2 and 4 are taken on a first read (no derived files beside the journal: no index, no
# snapshot) and on a later read (with the derived files the command before left), see "derived files" below;
# summarize.py prints the medians and ratios as a Markdown table (also written to Benchmarks/out/journal-N/summary.md).
#
# Usage: Benchmarks/journal/run.sh [N]        (default 100000; from anywhere; e.g. 20000 for a quick check)
# Environment:
#   OCTANT=/path/to/octant        measure this binary instead of building this checkout (release)
#   OCTANT_V1=/path/to/octant     the v1 build (used only to write the v1 journals); otherwise the commit V1_COMMIT is
#                                 checked out in the worktree V1_TREE (created if missing) and built there
#   V1_COMMIT=9e1d89d  V1_TREE=<this checkout>/../wt-v1
#   RUNS=3                        rounds of steps 1, 2, 5
#   STARTUP_SESSIONS=10000  STARTUP_RUNS=5       (start-up runs are interleaved too: run 1 of each folder and display, …)
#   QUIET_WAIT=900                seconds to wait, before each round, for other builds / tests / octant processes to
#                                 finish (then it runs anyway and says so)
# Data: Benchmarks/data/journal-N/ (reused while the binaries are the same) and Benchmarks/data/journal-startup-M/;
# outputs and logs: Benchmarks/out/journal-N/.
set -euo pipefail
trap 'echo "run.sh: stopped by SIGTERM" >&2; exit 143' TERM
trap 'echo "run.sh: stopped by SIGHUP" >&2; exit 129' HUP
trap 'status=$?; [ "$status" -eq 0 ] || echo "run.sh: ended with status $status" >&2' EXIT
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
sessions="${1:-100000}"
runs="${RUNS:-3}"
startup_sessions="${STARTUP_SESSIONS:-10000}"
startup_runs="${STARTUP_RUNS:-5}"
v1_commit="${V1_COMMIT:-9e1d89d}"
v1_tree="${V1_TREE:-$(dirname "$root")/wt-v1}"
survey="Questionnaires/esc-professionnels.survey"
seed=1
data="$root/Benchmarks/data/journal-$sessions"
out="$root/Benchmarks/out/journal-$sessions"
rm -rf "$out"
mkdir -p "$data" "$out"

# Other processes that would compete for the 2 cores: builds, test runners, other octant processes (ours run in the
# foreground, so none of them is running when this is called). Only those that use the CPU count: zombies and idle
# processes (an `octant run` waiting for a key, a finished compiler not yet reaped) are left out; a process counts
# when it used more than 5 % of a core over one second.
busy() {
  local pids pid before=() after
  pids="$(ps -eo pid=,stat=,comm=,args= \
    | awk '$2 !~ /^Z/ && ($3 ~ /^(swift-build|swift-frontend|swift-driver|swift-test|octant)$/ || $4 ~ /\.xctest$/) {print $1}')"
  [ -z "$pids" ] && return 0
  for pid in $pids; do before+=("$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo -1)"); done
  sleep 1
  local index=0 ticks="$(getconf CLK_TCK)"
  for pid in $pids; do
    after="$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo -1)"
    if [ "${before[$index]}" -ge 0 ] && [ "$after" -ge 0 ] && [ $(( (after - before[index]) * 100 )) -gt $(( ticks * 5 )) ]; then
      echo "$pid $(ps -o comm= -p "$pid" 2>/dev/null || echo gone)"
    fi
    index=$((index + 1))
  done
}
wait_quiet() {  # $1: what comes next
  local waited=0 limit="${QUIET_WAIT:-900}" others
  others="$(busy)"
  while [ -n "$others" ] && [ "$waited" -lt "$limit" ]; do
    [ "$waited" -eq 0 ] && echo "  waiting for other processes to finish before $1: $(echo "$others" | awk '{print $2}' | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
    sleep 10; waited=$((waited + 10)); others="$(busy)"
  done
  local note="quiet"
  [ -n "$others" ] && note="BUSY after ${waited}s of waiting: $(echo "$others" | awk '{print $2}' | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
  [ -z "$others" ] && [ "$waited" -gt 0 ] && note="quiet after waiting ${waited}s"
  echo "$(date -u +%FT%TZ) before $1: load average $(cut -d' ' -f1-3 /proc/loadavg); other builds/tests/octant: $note" \
    | tee -a "$out/load.log"
}

# --- builds (one at a time) -------------------------------------------------------------------------------------------
if [ -n "${OCTANT:-}" ]; then
  octant="$OCTANT"
else
  wait_quiet "the release build"
  echo "building octant (swift build -c release --product octant)..."
  swift build -c release --product octant 2>&1 | tail -1
  octant="$root/.build/release/octant"
fi
if [ -n "${OCTANT_V1:-}" ]; then
  octant_v1="$OCTANT_V1"
else
  if [ ! -e "$v1_tree" ]; then
    echo "creating the v1 worktree: git worktree add $v1_tree $v1_commit"
    git worktree add --detach "$v1_tree" "$v1_commit" >/dev/null
  fi
  head="$(git -C "$v1_tree" rev-parse HEAD)"
  case "$head" in "$(git rev-parse "$v1_commit")"*) ;; *) echo "$v1_tree is at $head, not $v1_commit" >&2; exit 1 ;; esac
  wait_quiet "the v1 release build"
  echo "building the v1 octant ($v1_commit) in $v1_tree..."
  (cd "$v1_tree" && swift build -c release --product octant 2>&1 | tail -1)
  octant_v1="$v1_tree/.build/release/octant"
fi

# --- data ------------------------------------------------------------------------------------------------------------
# Generated once and reused while the binary that wrote it stays the same: the v2 journal and its CSV are stamped with
# the SHA-256 of the current octant binary (a later build may write other bytes), the v1 journal with the v1 commit.
v2dir="$data/v2" v1dir="$data/v1" csv="$data/csv/esc-professionnels.csv"
v2journal="$v2dir/journal-synthetic-$seed.ojl" v1journal="$v1dir/journal-synthetic-$seed.jsonl"
octant_sum="$(sha256sum "$octant" | cut -c1-16)" v1_rev="$(git rev-parse "$v1_commit")"
v2stamp="$octant_sum $sessions $seed" v1stamp="$v1_rev $sessions $seed"
generate() {  # $1: name of the timing log; the rest: the command
  local name="$1"; shift
  /usr/bin/time -v "$@" > "$data/$name.out" 2> "$data/$name.time" || { cat "$data/$name.time" >&2; exit 1; }
  awk -v n="$name" -F': ' '/Elapsed \(wall/ {w = $2} /Maximum resident/ {m = $2 / 1024} END {printf "  %s: %s wall, %.0f MB peak\n", n, w, m}' "$data/$name.time"
}
if [ "$(cat "$data/v2.stamp" 2>/dev/null)" != "$v2stamp" ] || [ ! -f "$v2journal" ] || [ ! -f "$csv" ]; then
  wait_quiet "generating the v2 data"
  rm -rf "$v2dir" "$data/csv" "$data/v2.stamp"
  echo "generating $sessions sessions (seed $seed): v2 journal (octant simulate --data), then its CSV (octant export)"
  generate simulate-v2 "$octant" simulate "$survey" --respondents "$sessions" --seed "$seed" --data "$v2dir"
  mkdir -p "$data/csv"
  generate export-csv "$octant" export "$survey" --data "$v2dir" --to "$csv"
  [ -f "$v2journal" ] || { echo "no $v2journal: $(ls "$v2dir")" >&2; exit 1; }
  echo "$v2stamp" > "$data/v2.stamp"
fi
if [ "$(cat "$data/v1.stamp" 2>/dev/null)" != "$v1stamp" ] || [ ! -f "$v1journal" ]; then
  wait_quiet "generating the v1 data"
  rm -rf "$v1dir" "$data/v1.stamp"
  echo "generating $sessions sessions (seed $seed) with the v1 build ($v1_commit): v1 journal"
  generate simulate-v1 "$octant_v1" simulate "$survey" --respondents "$sessions" --seed "$seed" --data "$v1dir"
  [ -f "$v1journal" ] || { echo "no $v1journal: $(ls "$v1dir")" >&2; exit 1; }
  echo "$v1stamp" > "$data/v1.stamp"
fi
echo "data: $sessions sessions; v2 $(stat -c %s "$v2journal") bytes, v1 $(stat -c %s "$v1journal") bytes, CSV $(stat -c %s "$csv") bytes"

# Same sessions in both simulations? The current build exports the v1 journal; the CSVs must match.
"$octant" export "$survey" --data "$v1dir" --to "$out/v1-export.csv" > /dev/null
echo "v1 vs v2 simulation (current build's export of each): $(python3 "$here/compare_csv.py" "$out/v1-export.csv" "$csv")" \
  | tee "$out/checks.txt"

# --- derived files -----------------------------------------------------------------------------------------------------
# Builds from 2026-12-06 on keep derived files beside the journals: `journal-<device>.ojl.index` (written by the runner:
# where the sessions still open start, so that opening skips the history) and `.snapshots/` (written by report and
# export after reading a large journal whole: its ended sessions as a CSV). Each is checked against the journal on use
# and rewritten when missing. So every journal measure is taken twice: the first read (derived files deleted just
# before) and a later read (with the derived files the previous command left). Builds without them give the same
# figure twice. The journals themselves are never changed by report or export.
clean_derived() {  # removes from a data folder everything that is not a journal or device-id
  find "$1" -mindepth 1 -maxdepth 1 ! -name 'journal-*.ojl' ! -name 'journal-*.jsonl' ! -name device-id -exec rm -rf {} +
}
derived_list() {  # the derived files of a data folder, with their sizes
  find "$1" -mindepth 1 ! -name 'journal-*.ojl' ! -name 'journal-*.jsonl' ! -name device-id -type f -printf '%s %P\n' | sort -k2
}

# --- start-up folders: STARTUP_SESSIONS finished sessions in the device's own journal -------------------------------
# `octant simulate --data DIR` writes DIR/journal-synthetic-<seed>.ojl (device synthetic-<seed>). The runner opens
# DIR/journal-<id>.ojl where <id> is the content of DIR/device-id (DataDirectory / DeviceIDFile): writing
# `synthetic-<seed>` there makes that journal the runner's own, with no file renamed and no line rewritten.
# The `-used` copies are the same folders after one `octant run … --plain < /dev/null` (a session started, then
# abandoned at the end of input: one more ended session), which leaves whatever the runner keeps beside its journal (the
# index of builds that have one): the device as it is on its second day, not just after a copy.
startup="$root/Benchmarks/data/journal-startup-$startup_sessions"
startup_stamp="$octant_sum $v1_rev $startup_sessions $seed"
if [ "$(cat "$startup/stamp" 2>/dev/null)" != "$startup_stamp" ]; then
  wait_quiet "generating the start-up folders"
  rm -rf "$startup"; mkdir -p "$startup/empty" "$startup/v2" "$startup/v1"
  "$octant" simulate "$survey" --respondents "$startup_sessions" --seed "$seed" --data "$startup/v2" > /dev/null
  "$octant_v1" simulate "$survey" --respondents "$startup_sessions" --seed "$seed" --data "$startup/v1" > /dev/null
  echo "synthetic-$seed" > "$startup/v2/device-id"
  echo "synthetic-$seed" > "$startup/v1/device-id"      # a device upgraded from v1: its sessions are in the .jsonl
  echo "device-00000000000000aa" > "$startup/empty/device-id"   # baseline: a device with an empty journal
  chmod 600 "$startup"/*/device-id
  clean_derived "$startup/v2"; clean_derived "$startup/v1"   # whatever simulate may leave beside the journal
  for kind in v2 v1; do
    cp -a "$startup/$kind" "$startup/$kind-used"
    "$octant" run "$survey" --data "$startup/$kind-used" --plain < /dev/null > /dev/null 2>&1 || true
  done
  echo "$startup_stamp" > "$startup/stamp"
fi

# --- steps 1, 2, 5: interleaved rounds --------------------------------------------------------------------------------
echo "machine: $(nproc) cores, $(uname -sr), $(free -g | awk '/^Mem:/ {print $2 " GB RAM (free -g)"}'), data on $(df -T "$data" | awk 'NR==2 {print $2}')"
timed() {  # $1: name-K; the rest: the command
  local name="$1"; shift
  /usr/bin/time -v "$@" > "$out/$name.out" 2> "$out/$name.time" || { tail -30 "$out/$name.time" >&2; exit 1; }
  local others; others="$(busy | awk '{print $2}' | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
  [ -n "$others" ] && echo "$(date -u +%FT%TZ) $name: others running when it ended:$others load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.log"
  awk -v n="$name" -v o="${others:+ (others running at its end:$others)}" -F': ' \
    '/Elapsed \(wall/ {w = $2} /Maximum resident/ {m = $2 / 1024} END {printf "  %-17s %s wall, %.0f MB peak%s\n", n, w, m, o}' "$out/$name.time"
}
report() {  # $1: name-K, $2: data
  timed "$1" "$octant" report "$survey" --data "$2" --format json --output "$out/$1.json"
}
for run in $(seq 1 "$runs"); do
  wait_quiet "round $run"
  clean_derived "$v2dir"
  report "report-v2-first-$run" "$v2dir"
  derived_list "$v2dir" > "$out/derived-v2-after-report.txt"
  report "report-v2-later-$run" "$v2dir"
  report "report-csv-$run" "$csv"
  clean_derived "$v1dir"
  report "report-v1-first-$run" "$v1dir"
  derived_list "$v1dir" > "$out/derived-v1-after-report.txt"
  report "report-v1-later-$run" "$v1dir"
  clean_derived "$v2dir"
  rm -f "$out/export-first-$run".* "$out/export-later-$run".*
  timed "export-v2-first-$run" "$octant" export "$survey" --data "$v2dir" --to "$out/export-first-$run.csv"
  derived_list "$v2dir" > "$out/derived-v2-after-export.txt"
  timed "export-v2-later-$run" "$octant" export "$survey" --data "$v2dir" --to "$out/export-later-$run.csv"
  rm -rf "$out/import-$run"
  timed "import-$run" "$octant" import "$survey" "$out/export-first-$run.csv" --data "$out/import-$run"
done

# --- checks (not timed) ----------------------------------------------------------------------------------------------
{
  for run in $(seq 1 "$runs"); do
    for kind in first later; do
      cmp -s "$out/export-$kind-$run.csv" "$csv" && echo "export ($kind read) round $run: identical to the reference CSV" \
        || echo "export ($kind read) round $run: DIFFERS from the reference CSV"
    done
  done
  for other in report-v2-later report-csv report-v1-first report-v1-later; do
    cmp -s "$out/report-v2-first-$runs.json" "$out/$other-$runs.json" \
      && echo "report-v2-first and $other (round $runs): identical JSON" \
      || echo "report-v2-first and $other (round $runs): JSON DIFFERS"
  done
  for file in derived-v2-after-report derived-v1-after-report derived-v2-after-export; do
    echo "$file: $(awk '{n++; b += $1} END {printf "%d files, %.0f bytes", n, b}' "$out/$file.txt")$(awk '{printf "; %s (%s bytes)", $2, $1}' "$out/$file.txt")"
  done
  "$octant" export "$survey" --data "$out/import-$runs" --to "$out/import-export.csv" > /dev/null
  echo "import round trip: $(python3 "$here/compare_csv.py" "$out/import-export.csv" "$csv")"
} | tee -a "$out/checks.txt"

# --- step 3: sizes ---------------------------------------------------------------------------------------------------
"$here/sizes.sh" "$sessions" "$v2journal" "$v1journal" "$csv" "$(ls "$out/import-$runs"/journal-import-*.ojl)" > "$out/sizes.txt"
awk '{b += $1} END {printf "derived_v2_bytes %.0f\n", b}' "$out/derived-v2-after-export.txt" >> "$out/sizes.txt"

# --- step 4: start-up ------------------------------------------------------------------------------------------------
wait_quiet "the start-up runs"
n="$(python3 -c "print(f'{$startup_sessions:,}')")"
python3 "$here/startup.py" "$octant" "$survey" "$startup_runs" \
  "empty journal (baseline)=$startup/empty" \
  "$n finished sessions, v2 journal, first start (nothing beside it)=$startup/v2" \
  "$n finished sessions, v2 journal, later start (after one run)=$startup/v2-used" \
  "$n finished sessions, v1 journal only (device upgraded from v1), first start=$startup/v1" \
  "$n finished sessions, v1 journal only (device upgraded from v1), later start=$startup/v1-used" > "$out/startup.jsonl"
echo "$(date -u +%FT%TZ) after the runs: load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/load.log"

echo "versions: $(swift --version 2>&1 | head -1); octant $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources || echo '+changes'); v1 $v1_commit"
echo
python3 "$here/summarize.py" "$out"
echo
cat "$out/checks.txt"
echo
echo "load log ($out/load.log):"
cat "$out/load.log"
