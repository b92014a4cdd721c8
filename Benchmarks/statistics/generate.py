"""Writes the benchmark survey: N respondents x 60 items of 8-point answers plus a 3-level group column.

Deterministic (seeded), so every run times the same file. Usage: python3 generate.py OUT.csv [N]
"""
import sys

import numpy as np

ITEMS = 60
POINTS = 8
GROUPS = np.array([b"Temoins", b"Atelier", b"Parcours"])


def main() -> None:
    out = sys.argv[1]
    respondents = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    rng = np.random.default_rng(20261123)
    group = rng.integers(0, len(GROUPS), size=respondents)
    # Each item has its own group effect so that the tests have something to find.
    effects = rng.normal(0.0, 0.3, size=(ITEMS, len(GROUPS)))
    chunk = 100_000
    with open(out, "wb") as handle:
        handle.write(b"group," + ",".join(f"q{i + 1:02d}" for i in range(ITEMS)).encode() + b"\n")
        for start in range(0, respondents, chunk):
            g = group[start:start + chunk]
            latent = 4.5 + effects[:, g].T + rng.normal(0.0, 1.8, size=(len(g), ITEMS))
            answers = np.clip(np.rint(latent), 1, POINTS).astype(np.uint8)
            # One row: label, then ",d" per item; answers are single digits so rows are built as bytes.
            digits = np.empty((len(g), 2 * ITEMS), dtype=np.uint8)
            digits[:, 0::2] = ord(",")
            digits[:, 1::2] = answers + ord("0")
            lines = [GROUPS[k] + row.tobytes() + b"\n" for k, row in zip(g, digits)]
            handle.write(b"".join(lines))


if __name__ == "__main__":
    main()
