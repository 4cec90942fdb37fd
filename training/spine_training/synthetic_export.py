"""A tiny synthetic export in the EXPORT_FORMAT.md layout, for tests, CI smoke runs and timing.

It stands in for the app's exporters (`spine-review export-yolo` / `export-crops`) until the
phantom generator exists; it is not anatomy. Points are bright blobs on noise: sagittal levels
stacked top to bottom, the foraminal side told by the blob column, axial Left_ on the image's
right (radiological convention). Crops show a dark disc whose size falls with the grade, so
the grader has something to learn. Everything is drawn from one seeded generator.

    /usr/bin/python3 -m spine_training.synthetic_export --out /tmp/export --studies 40 --size 256
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import numpy as np
import yaml
from PIL import Image

from .vocabulary import GRADES, RSNA_CONDITIONS, RSNA_LEVELS, detector_class_names

BOX_PX = 16
GRADE_PRIOR = (0.7, 0.2, 0.1)


def _blob_image(rng: np.random.Generator, h: int, w: int, points: list[tuple[float, float]]) -> np.ndarray:
    img = rng.normal(60, 12, (h, w))
    yy, xx = np.mgrid[0:h, 0:w]
    for x, y in points:
        img += 140 * np.exp(-((xx - x) ** 2 + (yy - y) ** 2) / (2 * 3.0**2))
    lo, hi = img.min(), img.max()
    return np.round((img - lo) * 255 / (hi - lo)).astype(np.uint8)  # EXPORT_FORMAT.md min-max


def _slices(group: str, h: int, w: int) -> list[list[tuple[int, float, float]]]:
    """Per slice, the (class, x, y) points: the labelled slices of one study for `group`."""
    ys = [h * (0.2 + 0.15 * k) for k in range(5)]
    if group == "spinal":
        return [[(k, w * 0.5, ys[k]) for k in range(5)]]
    if group == "foraminal":
        return [[(k, w * 0.4, ys[k]) for k in range(5)], [(5 + k, w * 0.6, ys[k]) for k in range(5)]]
    # Axial: one slice per level; Left_ (0-4) on the image's right, Right_ (5-9) on its left.
    return [[(k, w * 0.62, h * (0.3 + 0.1 * k)), (5 + k, w * 0.38, h * (0.3 + 0.1 * k))] for k in range(5)]


def write_yolo(root: Path, group: str, studies: list[int], folds: dict[int, int], h: int, w: int,
               rng: np.random.Generator) -> dict:
    d = root / "yolo" / group
    for sub in ("images", "labels", "folds"):
        (d / sub).mkdir(parents=True, exist_ok=True)
    fold_lists: dict[int, list[str]] = {k: [] for k in range(5)}
    counts = {"images": 0, "negativeImages": 0, "boxes": 0}
    for study in studies:
        series = study * 10 + {"foraminal": 1, "spinal": 2, "subarticular": 3}[group]
        slices = _slices(group, h, w) + [[]]  # plus one negative slice
        for inst, pts in enumerate(slices, start=1):
            stem = f"{study}_{series}_{inst}"
            Image.fromarray(_blob_image(rng, h, w, [(x, y) for _, x, y in pts]), mode="L").save(d / "images" / f"{stem}.png")
            lines = [f"{c} {x / w:.6f} {y / h:.6f} {BOX_PX / w:.6f} {BOX_PX / h:.6f}" for c, x, y in pts]
            (d / "labels" / f"{stem}.txt").write_text("".join(line + "\n" for line in lines))
            fold_lists[folds[study]].append(f"images/{stem}.png")
            counts["images"] += 1
            counts["negativeImages"] += int(not pts)
            counts["boxes"] += len(pts)
    for k, items in fold_lists.items():
        (d / "folds" / f"fold{k}.txt").write_text("".join(i + "\n" for i in items))
    data = {"path": ".", "condition": group, "nc": len(detector_class_names(group)),
            "names": dict(enumerate(detector_class_names(group))),
            "folds": {k: f"folds/fold{k}.txt" for k in range(5)}}
    (d / "data.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    return counts


def _crop(rng: np.random.Generator, grade: int) -> np.ndarray:
    yy, xx = np.mgrid[0:32, 0:32]
    radius = 9 - 3 * grade + rng.normal(0, 0.7)
    img = rng.normal(150, 20, (32, 32))
    img[(xx - 16) ** 2 + (yy - 16) ** 2 < radius**2] -= 90
    return np.clip(np.round(img), 0, 255).astype(np.uint8)


def write_crops(root: Path, group: str, studies: list[int], folds: dict[int, int], rng: np.random.Generator) -> dict:
    d = root / "crops" / group
    d.mkdir(parents=True, exist_ok=True)
    crops, rows = [], []
    for study in studies:
        for condition in RSNA_CONDITIONS[group]:
            for level in RSNA_LEVELS:
                grade = int(rng.choice(3, p=GRADE_PRIOR))
                rows.append([len(crops), study, study * 10 + 1, 3, condition, level, GRADES[grade], folds[study],
                             f"{rng.uniform(40, 200):.2f}", f"{rng.uniform(40, 200):.2f}"])
                crops.append(_crop(rng, grade))
    np.save(d / "crops.npy", np.stack(crops))
    with (d / "labels.csv").open("w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["index", "study_id", "series_id", "instance_number", "condition", "level", "grade", "fold", "x", "y"])
        writer.writerows(rows)
    return {g: sum(1 for r in rows if r[6] == g) for g in GRADES}


def write_synthetic_export(root: Path, studies: int = 10, size: tuple[int, int] = (96, 80), seed: int = 0,
                           groups: tuple[str, ...] = ("foraminal", "spinal", "subarticular")) -> Path:
    root = Path(root)
    rng = np.random.default_rng(seed)
    ids = [100000 + i for i in range(studies)]
    folds = {s: i % 5 for i, s in enumerate(ids)}
    counts = {"yolo": {}, "crops": {}}
    for group in groups:
        counts["yolo"][group] = write_yolo(root, group, ids, folds, size[0], size[1], rng)
        counts["crops"][group] = write_crops(root, group, ids, folds, rng)
    manifest = {
        "formatVersion": 1, "createdAt": "2025-01-01T00:00:00Z", "tool": "spine_training.synthetic_export",
        "sourceDatabase": f"synthetic(seed={seed})", "labelSnapshotAt": "2025-01-01T00:00:00Z",
        "labelSet": "synthetic", "normalisation": "minmax-uint8",
        "folds": {"count": 5, "byStudy": {str(s): f for s, f in folds.items()}},
        "counts": counts, "yolo": {"boxSizePx": BOX_PX}, "crops": {"cropSize": 32},
    }
    (root / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return root


def main() -> int:
    p = argparse.ArgumentParser(prog="spine_training.synthetic_export", description=__doc__)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--studies", type=int, default=10)
    p.add_argument("--size", type=int, default=96, help="slice height and width in pixels")
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args()
    write_synthetic_export(args.out, args.studies, (args.size, args.size), args.seed)
    print(json.dumps({"export": str(args.out), "studies": args.studies}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
