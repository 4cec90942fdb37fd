"""Letterbox, as Ultralytics does it for its ONNX models (seed-method.md, "ONNX export"):
scale by r = min(S / h, S / w), resize bilinearly to (round(w r), round(h r)), pad with grey 114
centred; an odd padding puts the extra pixel right/bottom (left = round(dw - 0.1)). The app's
inference letterbox must be the same; the model learned what this produces.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

PAD_VALUE = 114


@dataclass(frozen=True)
class LetterboxGeometry:
    scale: float
    pad_x: int
    pad_y: int
    width: int  # native image width
    height: int


def letterbox(grey: np.ndarray, size: int) -> tuple[np.ndarray, LetterboxGeometry]:
    """uint8 [H, W] -> uint8 [S, S] letterboxed, and the mapping used."""
    h, w = grey.shape
    r = min(size / h, size / w)
    new_w, new_h = int(round(w * r)), int(round(h * r))
    dw, dh = (size - new_w) / 2, (size - new_h) / 2
    left, top = int(round(dw - 0.1)), int(round(dh - 0.1))
    if (new_w, new_h) != (w, h):
        t = torch.from_numpy(grey).float()[None, None]
        # Bilinear with half-pixel centres and no antialiasing, like cv2.INTER_LINEAR.
        t = F.interpolate(t, size=(new_h, new_w), mode="bilinear", align_corners=False)
        # Rounded half up to 8 bit, as the app's writeLetterboxed does (Math.round).
        resized = (t[0, 0] + 0.5).floor().clamp(0, 255).to(torch.uint8).numpy()
    else:
        resized = grey
    out = np.full((size, size), PAD_VALUE, dtype=np.uint8)
    out[top:top + new_h, left:left + new_w] = resized
    return out, LetterboxGeometry(r, left, top, w, h)


def boxes_to_letterbox(boxes: np.ndarray, geo: LetterboxGeometry, size: int) -> np.ndarray:
    """Rows (cls, cx, cy, w, h) normalised to the native image -> normalised to the S x S input."""
    out = boxes.copy()
    out[:, 1] = (boxes[:, 1] * geo.width * geo.scale + geo.pad_x) / size
    out[:, 2] = (boxes[:, 2] * geo.height * geo.scale + geo.pad_y) / size
    out[:, 3] = boxes[:, 3] * geo.width * geo.scale / size
    out[:, 4] = boxes[:, 4] * geo.height * geo.scale / size
    return out


def letterbox_to_native(x: float, y: float, geo: LetterboxGeometry) -> tuple[float, float]:
    """A point in input pixels back to native slice pixels (the app's inverse mapping)."""
    return (x - geo.pad_x) / geo.scale, (y - geo.pad_y) / geo.scale
