"""Reads a grader crop export `<export>/crops/<grader>/` (EXPORT_FORMAT.md, "Grader crops")."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..vocabulary import GRADES, RSNA_CONDITIONS, RSNA_LEVELS, check_group
from .export_error import ExportFormatError
from .export_manifest import FOLD_COUNT, ExportManifest

HEADER = ["index", "study_id", "series_id", "instance_number", "condition", "level", "grade", "fold", "x", "y"]
CROP_SIZE = 32


@dataclass(frozen=True)
class CropDataset:
    """Crops in `labels.csv` row order: crops uint8 [N, 32, 32], grade index [N] (0 Normal/Mild,
    1 Moderate, 2 Severe), fold [N], and the row fields kept for reports."""

    group: str
    crops: np.ndarray
    grades: np.ndarray
    folds: np.ndarray
    study_ids: list[str]
    conditions: list[str]
    levels: list[str]

    def select(self, folds: tuple[int, ...]) -> np.ndarray:
        """Row indices of the crops in the given folds."""
        return np.flatnonzero(np.isin(self.folds, folds))

    def grade_counts(self, rows: np.ndarray | None = None) -> dict[str, int]:
        g = self.grades if rows is None else self.grades[rows]
        return {name: int((g == i).sum()) for i, name in enumerate(GRADES)}


def read_crop_dataset(grader_dir: Path, manifest: ExportManifest | None = None) -> CropDataset:
    grader_dir = Path(grader_dir)
    group = check_group(grader_dir.name)
    npy_path, csv_path = grader_dir / "crops.npy", grader_dir / "labels.csv"
    for p in (npy_path, csv_path):
        if not p.is_file():
            raise ExportFormatError(p, "missing")
    try:
        crops = np.load(npy_path, allow_pickle=False)
    except ValueError as err:
        raise ExportFormatError(npy_path, f"not a readable .npy array ({err})") from err
    if crops.dtype != np.uint8 or crops.ndim != 3 or crops.shape[1:] != (CROP_SIZE, CROP_SIZE):
        raise ExportFormatError(npy_path, f"must be uint8 [N, 32, 32], got {crops.dtype} {list(crops.shape)}")

    n = crops.shape[0]
    grades = np.full(n, -1, dtype=np.int64)
    folds = np.full(n, -1, dtype=np.int64)
    study_ids, conditions, levels = [""] * n, [""] * n, [""] * n
    with csv_path.open(newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header != HEADER:
            raise ExportFormatError(csv_path, f"header must be {','.join(HEADER)}, got {header}", 1)
        for line_no, row in enumerate(reader, start=2):
            if len(row) != len(HEADER):
                raise ExportFormatError(csv_path, f"expected {len(HEADER)} fields, got {len(row)}", line_no)
            rec = dict(zip(HEADER, row))
            index = _int_field(rec, "index", csv_path, line_no)
            if not 0 <= index < n:
                raise ExportFormatError(csv_path, f"field 'index' {index} outside crops.npy rows 0..{n - 1}", line_no)
            if grades[index] != -1:
                raise ExportFormatError(csv_path, f"field 'index' {index} used twice", line_no)
            if rec["grade"] not in GRADES:
                raise ExportFormatError(csv_path, f"field 'grade' must be one of {GRADES}, got {rec['grade']!r}", line_no)
            if rec["condition"] not in RSNA_CONDITIONS[group]:
                raise ExportFormatError(csv_path, f"field 'condition' {rec['condition']!r} is not a {group} condition "
                                        f"{RSNA_CONDITIONS[group]}", line_no)
            if rec["level"] not in RSNA_LEVELS:
                raise ExportFormatError(csv_path, f"field 'level' must be one of {RSNA_LEVELS}, got {rec['level']!r}", line_no)
            fold = _int_field(rec, "fold", csv_path, line_no)
            if not 0 <= fold < FOLD_COUNT:
                raise ExportFormatError(csv_path, f"field 'fold' must be 0-4, got {fold}", line_no)
            if manifest is not None and manifest.fold_by_study.get(rec["study_id"]) != fold:
                raise ExportFormatError(csv_path, f"field 'fold' {fold} disagrees with manifest.json's fold "
                                        f"{manifest.fold_by_study.get(rec['study_id'])} for study {rec['study_id']}", line_no)
            for key in ("x", "y"):
                _float_field(rec, key, csv_path, line_no)
            grades[index] = GRADES.index(rec["grade"])
            folds[index] = fold
            study_ids[index], conditions[index], levels[index] = rec["study_id"], rec["condition"], rec["level"]
    missing = np.flatnonzero(grades == -1)
    if len(missing):
        raise ExportFormatError(csv_path, f"{len(missing)} crops.npy rows have no label row (first: index {missing[0]})")
    return CropDataset(group, crops, grades, folds, study_ids, conditions, levels)


def _int_field(rec: dict[str, str], key: str, path: Path, line: int) -> int:
    try:
        return int(rec[key])
    except ValueError:
        raise ExportFormatError(path, f"field {key!r} must be an integer, got {rec[key]!r}", line) from None


def _float_field(rec: dict[str, str], key: str, path: Path, line: int) -> float:
    try:
        return float(rec[key])
    except ValueError:
        raise ExportFormatError(path, f"field {key!r} must be a number, got {rec[key]!r}", line) from None
