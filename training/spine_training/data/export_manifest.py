"""Reads and checks `<export>/manifest.json` (EXPORT_FORMAT.md, "manifest.json")."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .export_error import ExportFormatError

FOLD_COUNT = 5


@dataclass(frozen=True)
class ExportManifest:
    path: Path
    source_database: str
    label_snapshot_at: str
    fold_by_study: dict[str, int]
    raw: dict[str, Any]


def read_export_manifest(export_dir: Path) -> ExportManifest:
    path = Path(export_dir) / "manifest.json"
    if not path.is_file():
        raise ExportFormatError(path, "missing: every export has a manifest.json at its root")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise ExportFormatError(path, f"not valid JSON ({err.msg})", err.lineno) from err
    if not isinstance(raw, dict):
        raise ExportFormatError(path, "top level must be a JSON object")
    if raw.get("formatVersion") != 1:
        raise ExportFormatError(path, f"formatVersion must be 1, got {raw.get('formatVersion')!r}")
    for key in ("sourceDatabase", "labelSnapshotAt"):
        if not isinstance(raw.get(key), str) or not raw[key]:
            raise ExportFormatError(path, f"field {key!r} must be a non-empty string")
    folds = raw.get("folds")
    if not isinstance(folds, dict) or folds.get("count") != FOLD_COUNT:
        raise ExportFormatError(path, f"field 'folds.count' must be {FOLD_COUNT}")
    by_study = folds.get("byStudy")
    if not isinstance(by_study, dict) or not by_study:
        raise ExportFormatError(path, "field 'folds.byStudy' must map every study id to its fold")
    for study, fold in by_study.items():
        if not isinstance(fold, int) or isinstance(fold, bool) or not 0 <= fold < FOLD_COUNT:
            raise ExportFormatError(path, f"folds.byStudy[{study!r}] must be an integer 0-4, got {fold!r}")
    return ExportManifest(path, raw["sourceDatabase"], raw["labelSnapshotAt"],
                          {str(k): int(v) for k, v in by_study.items()}, raw)
