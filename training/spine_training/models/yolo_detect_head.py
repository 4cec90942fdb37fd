"""The decoupled, anchor-free YOLOv8 Detect head with Distribution Focal Loss box regression.

Per level: a box branch (Conv3x3, Conv3x3, Conv1x1 -> 4 * reg_max) and a class branch
(Conv3x3, Conv3x3, Conv1x1 -> nc). Box sides are decoded as the expectation of a softmax over
reg_max bins (DFL; Li et al. 2020, "Generalized Focal Loss", arXiv:2006.04388). Branch widths and
bias initialisation as in Ultralytics' Detect (docs.ultralytics.com/reference/nn/modules/head).

`decode` produces the Ultralytics ONNX output: [N, 4 + nc, A] with (cx, cy, w, h) in input
pixels then sigmoid class scores, anchors ordered stride 8, 16, 32 and row-major within a level.
"""

from __future__ import annotations

import math

import torch
from torch import nn

from .anchors import dist2bbox, make_anchors
from .yolo_blocks import Conv


class DFL(nn.Module):
    """Expected value of the softmax over reg_max bins, as a fixed 1x1 conv (weights 0..reg_max-1)."""

    def __init__(self, reg_max: int = 16) -> None:
        super().__init__()
        self.reg_max = reg_max
        self.conv = nn.Conv2d(reg_max, 1, 1, bias=False).requires_grad_(False)
        self.conv.weight.data[:] = torch.arange(reg_max, dtype=torch.float32).view(1, reg_max, 1, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, _, a = x.shape
        x = x.view(b, 4, self.reg_max, a).transpose(2, 1).softmax(1)
        return self.conv(x).view(b, 4, a)


class Detect(nn.Module):
    def __init__(self, nc: int, channels: tuple[int, ...], strides: tuple[int, ...] = (8, 16, 32),
                 reg_max: int = 16) -> None:
        super().__init__()
        self.nc = nc
        self.reg_max = reg_max
        self.no = nc + 4 * reg_max
        self.strides = strides
        c_box = max(16, channels[0] // 4, 4 * reg_max)
        c_cls = max(channels[0], min(nc, 100))
        self.cv2 = nn.ModuleList(
            nn.Sequential(Conv(c, c_box, 3), Conv(c_box, c_box, 3), nn.Conv2d(c_box, 4 * reg_max, 1))
            for c in channels
        )
        self.cv3 = nn.ModuleList(
            nn.Sequential(Conv(c, c_cls, 3), Conv(c_cls, c_cls, 3), nn.Conv2d(c_cls, nc, 1))
            for c in channels
        )
        self.dfl = DFL(reg_max)

    def initialize_biases(self, imgsz: int = 640) -> None:
        """Box bias 1.0; class bias log(5 / nc / (imgsz / s)^2): about 5 objects per image prior."""
        for box, cls, s in zip(self.cv2, self.cv3, self.strides):
            box[-1].bias.data[:] = 1.0
            cls[-1].bias.data[: self.nc] = math.log(5 / self.nc / (imgsz / s) ** 2)

    def raw(self, features: list[torch.Tensor]) -> tuple[torch.Tensor, list[tuple[int, int]]]:
        """Concatenated raw head outputs [N, 4*reg_max + nc, A] and the per-level map sizes."""
        outs, shapes = [], []
        for i, f in enumerate(features):
            y = torch.cat((self.cv2[i](f), self.cv3[i](f)), 1)
            shapes.append((int(y.shape[2]), int(y.shape[3])))
            outs.append(y.view(y.shape[0], self.no, -1))
        return torch.cat(outs, 2), shapes

    def decode(self, raw: torch.Tensor, shapes: list[tuple[int, int]]) -> torch.Tensor:
        anchors, strides = make_anchors(shapes, list(self.strides), raw.dtype, raw.device)
        box, cls = raw.split((4 * self.reg_max, self.nc), 1)
        dbox = dist2bbox(self.dfl(box), anchors.t().unsqueeze(0), xywh=True, dim=1) * strides.t()
        return torch.cat((dbox, cls.sigmoid()), 1)

    def forward(self, features: list[torch.Tensor]) -> torch.Tensor:
        raw, shapes = self.raw(features)
        return self.decode(raw, shapes)
