"""Max pooling with Keras `padding="same"` semantics.

Keras/TensorFlow 'same' pads a total of max((ceil(n/s) - 1) * s + k - n, 0) pixels per axis, the
smaller half before and the larger half after (TensorFlow `tf.nn.max_pool` docs, "padding"),
and padded cells never win the max. PyTorch's symmetric `padding` cannot express that, so we pad
explicitly with -inf and pool without padding. When nothing goes before (every even size with a
3x3/2 pool: DeepScoreNet's 32/16/8 px maps pad one row/column after), `ceil_mode` gives the same
windows as one ONNX MaxPool node, which is what the export uses.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn


def keras_same_padding(size: int, kernel: int, stride: int) -> tuple[int, int]:
    """(before, after) padding that TensorFlow 'same' uses along one axis."""
    out = math.ceil(size / stride)
    total = max((out - 1) * stride + kernel - size, 0)
    return total // 2, total - total // 2


class KerasSameMaxPool2d(nn.Module):
    def __init__(self, kernel: int = 3, stride: int = 2) -> None:
        super().__init__()
        self.kernel = kernel
        self.stride = stride

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        top, bottom = keras_same_padding(int(x.shape[-2]), self.kernel, self.stride)
        left, right = keras_same_padding(int(x.shape[-1]), self.kernel, self.stride)
        if top == 0 and left == 0 and bottom < self.kernel and right < self.kernel:
            # ceil_mode adds the partial windows at the end; the padded cells never win.
            return F.max_pool2d(x, self.kernel, self.stride, ceil_mode=bottom > 0 or right > 0)
        x = F.pad(x, (left, right, top, bottom), value=float("-inf"))
        return F.max_pool2d(x, self.kernel, self.stride)
