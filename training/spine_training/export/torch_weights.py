"""PyTorch weights beside an ONNX export (`--save-weights`), to rebuild the very model later.

The app never reads these; they let a check run PyTorch and onnxruntime on the same inputs (the
training smoke test, issue 7: "the app's inference on that ONNX gives the same outputs as
PyTorch"), and let a later run start from a trained model.
"""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn

from ..models.deepscorenet import DeepScoreNet
from ..models.yolov8 import YoloScale, YoloV8
from .model_metadata import DETECTOR_KIND, GRADER_KIND


def save_weights(model: nn.Module, path: Path, kind: str, condition: str, imgsz: int | None = None) -> Path:
    """`imgsz`: a detector's input side (its anchors follow the input; only the bias init used it)."""
    detector = isinstance(model, YoloV8)
    torch.save({"kind": kind, "condition": condition,
                "nc": model.nc if detector else None,
                "imgsz": imgsz,
                "width": model.scale.width if detector else None,
                "state_dict": model.state_dict()}, path)
    return path


def load_model(path: Path) -> nn.Module:
    """The saved model in eval mode, on the CPU."""
    saved = torch.load(path, map_location="cpu")
    if saved["kind"] == DETECTOR_KIND:
        model: nn.Module = YoloV8(saved["nc"], YoloScale(width=saved["width"]), imgsz=saved["imgsz"] or 640)
    elif saved["kind"] == GRADER_KIND:
        model = DeepScoreNet()
    else:
        raise ValueError(f"{path}: unknown model kind {saved['kind']!r}")
    model.load_state_dict(saved["state_dict"])
    return model.eval()

