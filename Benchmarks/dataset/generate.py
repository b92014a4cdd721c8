"""Writes the benchmark questionnaire and a deterministic CSV of N respondents x 60 eight-point items.

Usage: python3 generate.py OUT_DIR [ROWS]
Values: points 1..8, about 2 % "nsp" escape answers and 1 % empty cells; a grouping column `service`.
"""
import os
import sys

import numpy as np

BLOCKS, ITEMS = 6, 10


def survey_text():
    lines = ["survey bench version 1 language fr",
             'escape nsp "Je ne sais pas"',
             'single service "Service"',
             '  accueil "Accueil"', '  atelier "Atelier"', '  numerique "Espace numérique"', '  mediation "Médiation"']
    for block in range(1, BLOCKS + 1):
        lines.append(f'likert b{block} "Bloc {block}" escape nsp')
        for item in range(1, ITEMS + 1):
            lines.append(f'  i{item} "Affirmation {block}.{item}"')
    return "\n".join(lines) + "\n"


def main():
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "bench.survey"), "w", encoding="utf-8") as f:
        f.write(survey_text())
    rng = np.random.default_rng(20261123)
    items = [f"b{b}.i{i}" for b in range(1, BLOCKS + 1) for i in range(1, ITEMS + 1)]
    header = ",".join(["session", "wave", "status", "service"] + items) + "\n"
    services = np.array(["accueil", "atelier", "numerique", "mediation"])
    cell_text = np.array(["", "1", "2", "3", "4", "5", "6", "7", "8", "nsp"])
    with open(os.path.join(out, "bench.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(header)
        chunk = 50_000
        for start in range(0, rows, chunk):
            n = min(chunk, rows - start)
            codes = rng.integers(1, 9, size=(n, len(items)))
            draw = rng.random(size=(n, len(items)))
            codes[draw < 0.02] = 9
            codes[draw > 0.99] = 0
            cells = cell_text[codes]
            service = services[rng.integers(0, 4, size=n)]
            status = np.where(rng.random(n) < 0.95, "complete", "partial")
            high = rng.integers(0, 2**63, size=n, dtype=np.int64)
            lines = []
            for r in range(n):
                session = f"{high[r]:016x}{start + r:016x}"
                lines.append(f"{session},t0,{status[r]},{service[r]}," + ",".join(cells[r]) + "\n")
            f.write("".join(lines))


if __name__ == "__main__":
    main()
