"""ONNX metadata props the app reads (seed-method.md; issue 6).

Detectors carry the keys Ultralytics writes on export (docs.ultralytics.com/modes/export):
`names` as a Python dict repr, `imgsz` as a list repr, `stride`, `task`, plus ours:
`kind`, `condition`, `version`. Graders carry `kind`, `condition`, `classes` (JSON),
`version` and `crop_size`.
"""

from __future__ import annotations

import datetime as dt
import json

from ..vocabulary import GRADES

DETECTOR_KIND = "yolov8-detect"
GRADER_KIND = "deepscorenet-grade"
DETECTOR_PREPROCESSING = "minmax-uint8-grey3-letterbox"
GRADER_PREPROCESSING = "minmax-uint8-grey3-crop32"


def _today() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def detector_metadata(condition: str, names: list[str], imgsz: int, version: str, width: float,
                      date: str | None = None) -> dict[str, str]:
    return {
        "description": f"Spine Review YOLOv8 detector ({condition}), width multiple {width}",
        "author": "Spine Review training package",
        "date": date or _today(),
        "version": version,
        "license": "Apache-2.0",
        "stride": "32",
        "task": "detect",
        "imgsz": str([imgsz, imgsz]),
        "names": str({i: n for i, n in enumerate(names)}),
        "kind": DETECTOR_KIND,
        "condition": condition,
        "preprocessing": DETECTOR_PREPROCESSING,
        "width_multiple": str(width),
    }


def grader_metadata(condition: str, version: str, date: str | None = None) -> dict[str, str]:
    return {
        "description": f"Spine Review DeepScoreNet grader ({condition})",
        "author": "Spine Review training package",
        "date": date or _today(),
        "kind": GRADER_KIND,
        "condition": condition,
        "classes": json.dumps(list(GRADES)),
        "version": version,
        "crop_size": "32",
        "preprocessing": GRADER_PREPROCESSING,
    }
