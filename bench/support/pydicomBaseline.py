"""Baseline for the index benchmark: header-only pydicom reads of the same files, timed inside
Python (interpreter start excluded). Prints one JSON line: {"files": N, "seconds": S}."""
import json
import os
import sys
import time

import pydicom

root = sys.argv[1]
paths = []
for dirpath, _dirs, files in os.walk(root):
    for name in files:
        paths.append(os.path.join(dirpath, name))
paths.sort()
start = time.perf_counter()
for path in paths:
    ds = pydicom.dcmread(path, stop_before_pixels=True)
    _ = (ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.SOPInstanceUID, ds.Rows, ds.Columns, ds.get("ImagePositionPatient"), ds.get("ImageOrientationPatient"))
elapsed = time.perf_counter() - start
print(json.dumps({"files": len(paths), "seconds": elapsed}))
