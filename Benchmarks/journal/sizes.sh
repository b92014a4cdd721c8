#!/usr/bin/env bash
# Sizes of the journals and the CSV of one benchmark data set, as `key value` lines (read by summarize.py).
# Usage: sizes.sh SESSIONS V2_JOURNAL V1_JOURNAL CSV [IMPORTED_JOURNAL]
# Version 2 lines are counted by kind with awk on their tab-separated second field (J header, S session start,
# A answer, E end, ...); a line's bytes include its newline (the bytes it takes on disk).
# Sums are printed with %.0f: mawk's %d stops at 2^31 - 1 (a v1 journal of 100,000 sessions has more answer bytes).
# Version 1 lines are JSON objects: their kind is the "event" member.
set -euo pipefail
sessions="$1" v2="$2" v1="$3" csv="$4" imported="${5:-}"

echo "sessions $sessions"
echo "v2_bytes $(stat -c %s "$v2")"
echo "v1_bytes $(stat -c %s "$v1")"
echo "csv_bytes $(stat -c %s "$csv")"
echo "csv_rows $(( $(wc -l < "$csv") - 1 ))"
# The files `export` writes beside the CSV (codebook, SPSS syntax, R script), for the record.
base="${csv%.csv}"
echo "csv_companion_bytes $(cat "$base.codebook.csv" "$base.sps" "$base.R" | wc -c)"

LC_ALL=C awk -F'\t' '{ count[$2]++; bytes[$2] += length($0) + 1 }
  END { for (kind in count) printf "v2_lines_%s %.0f\nv2_line_bytes_%s %.0f\n", kind, count[kind], kind, bytes[kind] }' "$v2" | sort

LC_ALL=C awk '{ kind = "other"; if (match($0, /"event":"[a-z-]+"/)) kind = substr($0, RSTART + 9, RLENGTH - 10)
               count[kind]++; bytes[kind] += length($0) + 1 }
  END { for (kind in count) printf "v1_lines_%s %.0f\nv1_line_bytes_%s %.0f\n", kind, count[kind], kind, bytes[kind] }' "$v1" | sort

if [ -n "$imported" ]; then
  echo "import_bytes $(stat -c %s "$imported")"
  LC_ALL=C awk -F'\t' '{ count[$2]++; bytes[$2] += length($0) + 1 }
    END { for (kind in count) printf "import_lines_%s %.0f\nimport_line_bytes_%s %.0f\n", kind, count[kind], kind, bytes[kind] }' "$imported" | sort
fi
