"""pandas read_csv on the same file, for comparison (default options, as an analyst would call it)."""
import sys
import time

import pandas as pd

start = time.perf_counter()
frame = pd.read_csv(sys.argv[1])
seconds = time.perf_counter() - start
values = pd.to_numeric(frame["b1.i1"], errors="coerce")
print(f"rows {len(frame)}, columns {frame.shape[1]}, load {seconds:.3f} s; b1.i1 mean {values.mean():.4f} over {values.count()} answers")
