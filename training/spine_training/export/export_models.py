"""Export the two model kinds with the interfaces the app reads (seed-method.md, issue 6).

- Detector: `images` float32 [N, 3, S, S] (RGB 0..1, letterboxed) -> `output0` float32
  [N, 4 + nc, A], A = (S/8)^2 + (S/16)^2 + (S/32)^2; no NMS inside.
- Grader: `input` float32 [N, 32, 32, 3] (raw 0-255 grey in 3 channels, NHWC as Keras) ->
  `probabilities` float32 [N, 3] (Normal/Mild, Moderate, Severe).
"""

from __future__ import annotations

from pathlib import Path

import onnx
import torch

from ..models.anchors import anchor_count
from ..models.deepscorenet import DeepScoreNet
from ..models.yolov8 import YoloV8
from ..vocabulary import detector_class_names
from .model_metadata import detector_metadata, grader_metadata
from .onnx_export import export_onnx


def export_detector(model: YoloV8, condition: str, imgsz: int, path: Path, version: str,
                    date: str | None = None) -> onnx.ModelProto:
    names = detector_class_names(condition)
    if model.nc != len(names):
        raise ValueError(f"model has {model.nc} classes, the {condition} detector needs {len(names)}")
    example = torch.full((1, 3, imgsz, imgsz), 114 / 255, dtype=torch.float32)
    meta = detector_metadata(condition, names, imgsz, version, model.scale.width, date)
    return export_onnx(model, example, path, "images", "output0", meta, [1, 4 + model.nc, anchor_count(imgsz)])


def export_grader(model: DeepScoreNet, condition: str, path: Path, version: str,
                  date: str | None = None) -> onnx.ModelProto:
    example = torch.zeros((1, 32, 32, 3), dtype=torch.float32)
    return export_onnx(model, example, path, "input", "probabilities", grader_metadata(condition, version, date), [1, 3])
