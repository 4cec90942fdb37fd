"""Anchor points and box <-> distance conversions of the anchor-free YOLOv8 head.

Each cell of a stride-s feature map is one anchor at its centre ((i + 0.5, j + 0.5) in grid
units); the head predicts the distances (left, top, right, bottom) from that point to the box
sides (Ultralytics docs, reference/utils/tal: make_anchors, dist2bbox, bbox2dist).
"""

from __future__ import annotations

import torch


def make_anchors(
    shapes: list[tuple[int, int]], strides: list[int], dtype: torch.dtype, device: torch.device
) -> tuple[torch.Tensor, torch.Tensor]:
    """Anchor points [A, 2] (x, y in grid units of their level) and strides [A, 1]."""
    points, stride_rows = [], []
    for (h, w), s in zip(shapes, strides):
        sx = torch.arange(w, dtype=dtype, device=device) + 0.5
        sy = torch.arange(h, dtype=dtype, device=device) + 0.5
        gy, gx = torch.meshgrid(sy, sx, indexing="ij")
        points.append(torch.stack((gx, gy), -1).view(-1, 2))
        stride_rows.append(torch.full((h * w, 1), float(s), dtype=dtype, device=device))
    return torch.cat(points), torch.cat(stride_rows)


def anchor_count(imgsz: int, strides: tuple[int, ...] = (8, 16, 32)) -> int:
    """A = sum over strides of (S / s)^2: 8,400 at 640 (seed-method.md, ONNX export)."""
    return sum((imgsz // s) ** 2 for s in strides)


def dist2bbox(distance: torch.Tensor, anchors: torch.Tensor, xywh: bool, dim: int) -> torch.Tensor:
    lt, rb = distance.chunk(2, dim)
    x1y1 = anchors - lt
    x2y2 = anchors + rb
    if xywh:
        return torch.cat(((x1y1 + x2y2) / 2, x2y2 - x1y1), dim)
    return torch.cat((x1y1, x2y2), dim)


def bbox2dist(anchors: torch.Tensor, boxes_xyxy: torch.Tensor, max_dist: float) -> torch.Tensor:
    """Distances (l, t, r, b) from anchors to box sides, clipped just below the DFL range."""
    x1y1, x2y2 = boxes_xyxy.chunk(2, -1)
    return torch.cat((anchors - x1y1, x2y2 - anchors), -1).clamp_(0, max_dist - 0.01)
