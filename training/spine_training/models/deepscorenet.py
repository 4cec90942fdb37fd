"""DeepScoreNet, the seed's severity grader, layer for layer (seed-method.md, "DeepScoreNet").

The seed's Keras model follows the residual pattern of the Keras example "Image classification
from scratch" (keras.io/examples/vision/image_classification_from_scratch): each block starts
with a ReLU, the residual is a strided 1x1 conv of the block's *input* (before that ReLU) and is
added after a 3x3/2 'same' max pool. Keras layer conventions kept so the parameter count is the
seed's 2,787,651: convolutions and dense layers carry a bias; BatchNormalization holds four
values per channel (gamma, beta, moving mean, moving variance; Keras counts the last two as
non-trainable parameters, PyTorch keeps them as buffers, see `keras_parameter_count`).
BatchNorm epsilon 1e-3 is the Keras default; the moving-average momentum is PyTorch's 0.1 rather
than Keras's 0.99 (= PyTorch 0.01): our CPU runs are a few hundred steps, too few for a 0.01
average to leave its initial (0, 1) statistics, which made validation useless for early epochs.

Input is NHWC float32 [N, 32, 32, 3]: the grey crop copied to three channels with raw 0-255
values (no scaling), as the seed fed it. Output is softmax probabilities [N, 3] in the order
Normal/Mild, Moderate, Severe.
"""

from __future__ import annotations

import torch
from torch import nn

from .keras_same_max_pool import KerasSameMaxPool2d

KERAS_BN = {"eps": 1e-3, "momentum": 0.1}


def _conv_bn(c_in: int, c_out: int) -> list[nn.Module]:
    return [nn.Conv2d(c_in, c_out, 3, padding=1, bias=True), nn.BatchNorm2d(c_out, **KERAS_BN)]


class ResidualBlock(nn.Module):
    """`convs` x [ReLU -> Conv3x3 -> BN], max pool 3x3/2 'same', plus Conv1x1/2 of the input."""

    def __init__(self, c_in: int, c_out: int, convs: int) -> None:
        super().__init__()
        layers: list[nn.Module] = []
        for i in range(convs):
            layers.append(nn.ReLU())
            layers.extend(_conv_bn(c_in if i == 0 else c_out, c_out))
        layers.append(KerasSameMaxPool2d(3, 2))
        self.body = nn.Sequential(*layers)
        # 1x1 stride 2 'same' needs no padding on even sizes: it samples pixels 0, 2, 4, ...
        self.residual = nn.Conv2d(c_in, c_out, 1, stride=2, bias=True)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.body(x) + self.residual(x)


class DeepScoreNet(nn.Module):
    def __init__(self, num_classes: int = 3) -> None:
        super().__init__()
        self.stem = nn.Sequential(*_conv_bn(3, 32), nn.ReLU())
        self.blocks = nn.Sequential(
            ResidualBlock(32, 64, 2),
            ResidualBlock(64, 128, 4),
            ResidualBlock(128, 256, 4),
        )
        self.head = nn.Sequential(
            nn.Linear(256, 256),
            nn.ReLU(),
            nn.Linear(256, 128),
            nn.ReLU(),
            nn.Linear(128, num_classes),
        )
        self.apply(_keras_init)

    def logits(self, x_nhwc: torch.Tensor) -> torch.Tensor:
        """Pre-softmax scores; training uses these with a log-softmax loss for stability."""
        x = x_nhwc.permute(0, 3, 1, 2)
        x = self.blocks(self.stem(x))
        return self.head(x.mean(dim=(2, 3)))

    def forward(self, x_nhwc: torch.Tensor) -> torch.Tensor:
        return torch.softmax(self.logits(x_nhwc), dim=1)


def _keras_init(module: nn.Module) -> None:
    """Keras defaults: glorot_uniform kernels, zero biases (keras.io/api/layers/initializers)."""
    if isinstance(module, (nn.Conv2d, nn.Linear)):
        nn.init.xavier_uniform_(module.weight)
        if module.bias is not None:
            nn.init.zeros_(module.bias)


def keras_parameter_count(model: nn.Module) -> int:
    """Parameters as Keras's `model.count_params()` reports them: trainable weights plus the
    BatchNorm moving mean and variance (PyTorch buffers; `num_batches_tracked` has no Keras
    counterpart)."""
    count = sum(p.numel() for p in model.parameters())
    for module in model.modules():
        if isinstance(module, nn.BatchNorm2d):
            assert module.running_mean is not None and module.running_var is not None
            count += module.running_mean.numel() + module.running_var.numel()
    return count
