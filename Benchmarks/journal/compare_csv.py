#!/usr/bin/env python3
"""Compares two Octant exports: byte for byte first, else row by row keyed by `session`, ignoring the `device` column
(journals of different devices: a v1 and a v2 simulation, an import) and the order of the rows.

Usage: compare_csv.py A.csv B.csv
Prints one line and exits 0 when the files are identical or differ only in device and order, 1 otherwise.
"""
import csv, sys

a_path, b_path = sys.argv[1], sys.argv[2]
with open(a_path, "rb") as a, open(b_path, "rb") as b:
    if a.read() == b.read():
        print(f"identical: {a_path} and {b_path} are byte for byte the same")
        sys.exit(0)


def rows(path):
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        key, device = header.index("session"), header.index("device")
        kept = [i for i in range(len(header)) if i != device]
        table = {}
        devices = set()
        order = []
        for row in reader:
            devices.add(row[device])
            order.append(row[key])
            table[row[key]] = tuple(row[i] for i in kept)
        return [header[i] for i in kept], table, devices, order


a_header, a_rows, a_devices, a_order = rows(a_path)
b_header, b_rows, b_devices, b_order = rows(b_path)
problems = []
if a_header != b_header:
    problems.append("different columns")
if a_rows.keys() != b_rows.keys():
    problems.append(f"different sessions ({len(a_rows.keys() - b_rows.keys())} only in A, {len(b_rows.keys() - a_rows.keys())} only in B)")
different = sum(1 for key in a_rows.keys() & b_rows.keys() if a_rows[key] != b_rows[key])
if different:
    problems.append(f"{different} sessions with different values")
if problems:
    print(f"DIFFERENT: {a_path} vs {b_path}: " + "; ".join(problems))
    sys.exit(1)
what = []
if a_devices != b_devices:
    what.append(f"device ({', '.join(sorted(a_devices))} vs {', '.join(sorted(b_devices))})")
if a_order != b_order:
    what.append("row order")
print(f"same sessions and values ({len(a_rows)} rows, {len(a_header)} columns besides device); differ only in: "
      + (", ".join(what) or "line endings or quoting"))
