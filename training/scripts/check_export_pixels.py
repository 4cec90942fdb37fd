"""Checks a training export's pixels against the DICOM files, decoded independently with pydicom.

    /usr/bin/python3 training/scripts/check_export_pixels.py --export <export> --images <train_images>

For every exported slice (yolo/<detector>/images/<study>_<series>_<instance>.png), reads
<train_images>/<study>/<series>/<instance>.dcm with pydicom, applies Rescale Slope/Intercept
(PS3.3 C.11.1.1.2) and the normalisation of EXPORT_FORMAT.md (per-slice min–max to 8 bit, round
half up), and compares with the PNG; and every grader crop with the same pixels around its
point. The app writes the export with its own decoder (electron/core/dicom/pixels); agreement
with pydicom shows the normalisation is the documented one, not just self-consistent.
Prints a JSON summary; exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
from pathlib import Path

import numpy as np
import pydicom
from PIL import Image


def normalised(path: Path) -> np.ndarray:
    ds = pydicom.dcmread(path)
    values = ds.pixel_array.astype(np.float64) * float(getattr(ds, "RescaleSlope", 1) or 1) + float(getattr(ds, "RescaleIntercept", 0) or 0)
    lo, hi = values.min(), values.max()
    if hi <= lo:
        return np.zeros(values.shape, np.uint8)
    return np.floor((values - lo) * 255.0 / (hi - lo) + 0.5).astype(np.uint8)


def crop(image: np.ndarray, x: float, y: float) -> np.ndarray:
    out = np.zeros((32, 32), np.uint8)
    row0, col0 = math.floor(y + 0.5) - 16, math.floor(x + 0.5) - 16  # JavaScript Math.round
    for r in range(32):
        for c in range(32):
            if 0 <= row0 + r < image.shape[0] and 0 <= col0 + c < image.shape[1]:
                out[r, c] = image[row0 + r, col0 + c]
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--export", type=Path, required=True)
    p.add_argument("--images", type=Path, required=True, help="the RSNA-layout train_images folder the export came from")
    args = p.parse_args()
    cache: dict[tuple[str, str, str], np.ndarray] = {}

    def slice_of(study: str, series: str, instance: str) -> np.ndarray:
        key = (study, series, instance)
        if key not in cache:
            cache[key] = normalised(args.images / study / series / f"{instance}.dcm")
        return cache[key]

    problems, slices, crops = [], 0, 0
    for png in sorted(args.export.glob("yolo/*/images/*.png")):
        study, series, instance = png.stem.split("_")
        exported = np.asarray(Image.open(png))
        expected = slice_of(study, series, instance)
        slices += 1
        if exported.shape != expected.shape or not np.array_equal(exported, expected):
            diff = int(np.abs(exported.astype(int) - expected.astype(int)).max()) if exported.shape == expected.shape else "shape"
            problems.append(f"{png}: differs from pydicom (max |difference| {diff})")
    for labels in sorted(args.export.glob("crops/*/labels.csv")):
        stack = np.load(labels.parent / "crops.npy")
        with labels.open(newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                expected = crop(slice_of(row["study_id"], row["series_id"], row["instance_number"]), float(row["x"]), float(row["y"]))
                crops += 1
                if not np.array_equal(stack[int(row["index"])], expected):
                    problems.append(f"{labels} index {row['index']}: crop differs from pydicom")
    print(json.dumps({"slices": slices, "crops": crops, "problems": problems[:20], "problemCount": len(problems)}))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
