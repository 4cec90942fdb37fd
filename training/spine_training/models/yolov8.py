"""YOLOv8 detection model assembled from the published yolov8.yaml (Ultralytics,
docs.ultralytics.com/models/yolov8): Conv/C2f/SPPF backbone, PAN-FPN neck, Detect head on
P3/P4/P5 (strides 8, 16, 32).

Scaling as Ultralytics' model parser does it: repeats n -> max(round(n * depth), 1); channels
c -> ceil(min(c, max_channels) * width / 8) * 8. The 'n' scale is depth 0.33, width 0.25,
max_channels 1024 (3,157,200 parameters with 80 classes, the figure Ultralytics prints for
yolov8n.yaml). `width` may be overridden for tiny test models (e.g. 0.0625).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import nn

from .yolo_blocks import C2f, SPPF, Conv
from .yolo_detect_head import Detect


@dataclass(frozen=True)
class YoloScale:
    depth: float = 0.33
    width: float = 0.25
    max_channels: int = 1024


def scaled_channels(c: int, scale: YoloScale) -> int:
    return int(math.ceil(min(c, scale.max_channels) * scale.width / 8) * 8)


def scaled_repeats(n: int, scale: YoloScale) -> int:
    return max(round(n * scale.depth), 1) if n > 1 else n


class YoloV8(nn.Module):
    """Forward returns the decoded Ultralytics output [N, 4 + nc, A]; `raw` feeds the loss."""

    def __init__(self, nc: int, scale: YoloScale = YoloScale(), imgsz: int = 640) -> None:
        super().__init__()
        ch = lambda c: scaled_channels(c, scale)  # noqa: E731
        rep = lambda n: scaled_repeats(n, scale)  # noqa: E731
        self.nc = nc
        self.scale = scale
        self.strides = (8, 16, 32)
        # Backbone (layers 0-9 of yolov8.yaml).
        self.b0 = Conv(3, ch(64), 3, 2)  # P1/2
        self.b1 = Conv(ch(64), ch(128), 3, 2)  # P2/4
        self.b2 = C2f(ch(128), ch(128), rep(3), shortcut=True)
        self.b3 = Conv(ch(128), ch(256), 3, 2)  # P3/8
        self.b4 = C2f(ch(256), ch(256), rep(6), shortcut=True)
        self.b5 = Conv(ch(256), ch(512), 3, 2)  # P4/16
        self.b6 = C2f(ch(512), ch(512), rep(6), shortcut=True)
        self.b7 = Conv(ch(512), ch(1024), 3, 2)  # P5/32
        self.b8 = C2f(ch(1024), ch(1024), rep(3), shortcut=True)
        self.b9 = SPPF(ch(1024), ch(1024), 5)
        # PAN-FPN neck (layers 10-21): top-down with nearest upsampling, then bottom-up.
        self.up = nn.Upsample(scale_factor=2, mode="nearest")
        self.h12 = C2f(ch(1024) + ch(512), ch(512), rep(3))
        self.h15 = C2f(ch(512) + ch(256), ch(256), rep(3))  # P3 out
        self.h16 = Conv(ch(256), ch(256), 3, 2)
        self.h18 = C2f(ch(256) + ch(512), ch(512), rep(3))  # P4 out
        self.h19 = Conv(ch(512), ch(512), 3, 2)
        self.h21 = C2f(ch(512) + ch(1024), ch(1024), rep(3))  # P5 out
        self.detect = Detect(nc, (ch(256), ch(512), ch(1024)), self.strides)
        self.detect.initialize_biases(imgsz)

    def features(self, x: torch.Tensor) -> list[torch.Tensor]:
        x = self.b2(self.b1(self.b0(x)))
        p3 = self.b4(self.b3(x))
        p4 = self.b6(self.b5(p3))
        p5 = self.b9(self.b8(self.b7(p4)))
        h12 = self.h12(torch.cat((self.up(p5), p4), 1))
        h15 = self.h15(torch.cat((self.up(h12), p3), 1))
        h18 = self.h18(torch.cat((self.h16(h15), h12), 1))
        h21 = self.h21(torch.cat((self.h19(h18), p5), 1))
        return [h15, h18, h21]

    def raw(self, x: torch.Tensor) -> tuple[torch.Tensor, list[tuple[int, int]]]:
        return self.detect.raw(self.features(x))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.detect(self.features(x))
