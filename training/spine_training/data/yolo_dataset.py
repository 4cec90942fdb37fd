"""Reads a YOLO detector export `<export>/yolo/<detector>/` (EXPORT_FORMAT.md, "YOLO datasets").

Labels follow the Ultralytics detection format (docs.ultralytics.com/datasets/detect): one
`cls cx cy w h` line per box, normalised to the image size; empty file = negative slice.
Images are loaded lazily (`load_grey`), since decoding is cheap next to a training step.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from PIL import Image

from ..vocabulary import check_group, detector_class_names
from .export_error import ExportFormatError
from .export_manifest import FOLD_COUNT, ExportManifest


@dataclass(frozen=True)
class YoloImage:
    path: Path
    study_id: str
    fold: int
    boxes: np.ndarray  # float32 [k, 5]: cls, cx, cy, w, h (normalised)


@dataclass(frozen=True)
class YoloDataset:
    group: str
    root: Path
    names: list[str]
    images: list[YoloImage]

    def select(self, folds: tuple[int, ...]) -> list[YoloImage]:
        return [im for im in self.images if im.fold in folds]


def load_grey(path: Path) -> np.ndarray:
    """The 8-bit grey slice as uint8 [H, W]; anything but an 8-bit grey PNG is refused."""
    with Image.open(path) as im:
        if im.mode != "L":
            raise ExportFormatError(path, f"must be an 8-bit greyscale PNG (mode L), got mode {im.mode}")
        return np.asarray(im, dtype=np.uint8).copy()


def read_yolo_dataset(dataset_dir: Path, manifest: ExportManifest | None = None) -> YoloDataset:
    root = Path(dataset_dir)
    group = check_group(root.name)
    names = _read_data_yaml(root / "data.yaml", group)
    fold_of = _read_folds(root, _fold_files(root / "data.yaml"))
    images = []
    for image_path in sorted((root / "images").glob("*.png")):
        rel = image_path.relative_to(root).as_posix()
        if rel not in fold_of:
            raise ExportFormatError(image_path, "image is listed in no fold file")
        study = _study_of(image_path)
        fold = fold_of.pop(rel)
        if manifest is not None and manifest.fold_by_study.get(study) != fold:
            raise ExportFormatError(image_path, f"in fold {fold} but manifest.json puts study {study} in fold "
                                    f"{manifest.fold_by_study.get(study)}")
        boxes = _read_labels(root / "labels" / f"{image_path.stem}.txt", len(names))
        images.append(YoloImage(image_path, study, fold, boxes))
    if fold_of:
        first = next(iter(fold_of))
        raise ExportFormatError(root / "folds", f"{len(fold_of)} listed images do not exist (first: {first})")
    if not images:
        raise ExportFormatError(root / "images", "no .png images")
    return YoloDataset(group, root, names, images)


def _load_yaml(path: Path) -> dict:
    if not path.is_file():
        raise ExportFormatError(path, "missing")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise ExportFormatError(path, f"not valid YAML ({err})", mark.line + 1 if mark else None) from err
    if not isinstance(data, dict):
        raise ExportFormatError(path, "must be a YAML mapping")
    return data


def _read_data_yaml(path: Path, group: str) -> list[str]:
    data = _load_yaml(path)
    expected = detector_class_names(group)
    names = data.get("names")
    if isinstance(names, dict):
        names = [names.get(i) for i in range(len(names))]
    if names != expected:
        raise ExportFormatError(path, f"field 'names' must be the seed's {group} classes in order {expected}, got {data.get('names')}")
    if data.get("nc") != len(expected):
        raise ExportFormatError(path, f"field 'nc' must be {len(expected)}, got {data.get('nc')!r}")
    if data.get("condition", group) != group:
        raise ExportFormatError(path, f"field 'condition' {data.get('condition')!r} does not match folder {group!r}")
    return expected


def _fold_files(path: Path) -> dict[int, str]:
    folds = _load_yaml(path).get("folds")
    if not isinstance(folds, dict) or sorted(folds) != list(range(FOLD_COUNT)):
        raise ExportFormatError(path, "field 'folds' must map 0..4 to fold list files")
    return {int(k): str(v) for k, v in folds.items()}


def _read_folds(root: Path, files: dict[int, str]) -> dict[str, int]:
    fold_of: dict[str, int] = {}
    for fold, rel in files.items():
        path = root / rel
        if not path.is_file():
            raise ExportFormatError(path, f"fold {fold} list file missing")
        for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            entry = line.strip()
            if not entry:
                continue
            if entry in fold_of:
                raise ExportFormatError(path, f"{entry} is already in fold {fold_of[entry]}", line_no)
            fold_of[entry] = fold
    return fold_of


def _study_of(image_path: Path) -> str:
    parts = image_path.stem.split("_")
    if len(parts) != 3 or not all(parts):
        raise ExportFormatError(image_path, "file name must be <study>_<series>_<instance>.png")
    return parts[0]


def _read_labels(path: Path, nc: int) -> np.ndarray:
    if not path.is_file():
        raise ExportFormatError(path, "label file missing (negative slices have an empty file)")
    rows = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        fields = line.split()
        if len(fields) != 5:
            raise ExportFormatError(path, f"expected 'cls cx cy w h', got {len(fields)} fields", line_no)
        try:
            cls = int(fields[0])
            cx, cy, w, h = (float(v) for v in fields[1:])
        except ValueError:
            raise ExportFormatError(path, f"fields must be an integer class and four numbers: {line.strip()!r}", line_no) from None
        if not 0 <= cls < nc:
            raise ExportFormatError(path, f"class {cls} outside 0..{nc - 1}", line_no)
        if not (0 <= cx <= 1 and 0 <= cy <= 1 and 0 < w <= 1 and 0 < h <= 1):
            raise ExportFormatError(path, "box must be normalised: 0 <= cx, cy <= 1 and 0 < w, h <= 1", line_no)
        rows.append((cls, cx, cy, w, h))
    return np.asarray(rows, dtype=np.float32).reshape(-1, 5)
