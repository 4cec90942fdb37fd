"""Grader batches: crops as the DeepScoreNet input (NHWC float32, raw 0-255, grey in 3 channels).

Training augmentation replaces the seed's oversampling copies (rotated 1-20°, flipped, noisy;
seed-method.md) with the same kinds of change applied on the fly to every crop, so the grade
frequencies stay the true ones and the probabilities stay calibrated (flaw 7). A horizontal
flip keeps the grade: the grader pools left and right and has no side input.
Out-of-crop area after rotation/shift is 0, as the exporter pads out-of-image pixels.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F


@dataclass(frozen=True)
class CropAugment:
    rotate_deg: float = 15.0
    shift_px: float = 2.0
    fliplr: float = 0.5
    contrast: float = 0.15
    noise_sigma: float = 5.0


def crops_to_input(crops: np.ndarray) -> torch.Tensor:
    """uint8 [N, 32, 32] -> float32 [N, 32, 32, 3], values 0-255 (the ONNX `input`)."""
    t = torch.from_numpy(np.ascontiguousarray(crops)).float()
    return t[..., None].expand(-1, -1, -1, 3).contiguous()


def augment_crops(crops: np.ndarray, aug: CropAugment, rng: np.random.Generator) -> torch.Tensor:
    n, size = crops.shape[0], crops.shape[1]
    x = torch.from_numpy(np.ascontiguousarray(crops)).float()[:, None]
    angle = np.deg2rad(rng.uniform(-aug.rotate_deg, aug.rotate_deg, n))
    flip = np.where(rng.random(n) < aug.fliplr, -1.0, 1.0)
    shift = rng.uniform(-aug.shift_px, aug.shift_px, (n, 2)) * 2 / size
    cos, sin = np.cos(angle), np.sin(angle)
    theta = np.zeros((n, 2, 3), dtype=np.float32)
    theta[:, 0, 0], theta[:, 0, 1], theta[:, 0, 2] = cos * flip, -sin, shift[:, 0]
    theta[:, 1, 0], theta[:, 1, 1], theta[:, 1, 2] = sin * flip, cos, shift[:, 1]
    grid = F.affine_grid(torch.from_numpy(theta), [n, 1, size, size], align_corners=False)
    x = F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
    contrast = torch.from_numpy(1 + rng.uniform(-aug.contrast, aug.contrast, (n, 1, 1, 1))).float()
    x = x * contrast
    if aug.noise_sigma > 0:
        x = x + torch.from_numpy(rng.normal(0, aug.noise_sigma, x.shape)).float()
    x = x.clamp_(0, 255)
    return x[:, 0, :, :, None].expand(-1, -1, -1, 3).contiguous()
