"""Batches for detector training and evaluation: letterboxed images and Ultralytics targets.

Augmentation (training only), a subset of Ultralytics' defaults (docs.ultralytics.com/usage/cfg,
"Augmentation Settings") chosen for grey MRI slices: random scale (±`scale`) and translation
(±`translate` of the image) of the letterboxed input, horizontal flip with the left/right class
swap the detector needs (`mirror_classes.py`), and brightness/contrast jitter in place of HSV.
Mosaic is left out (a documented simplification: slices of one series share anatomy and one
labelled point per level, so mosaics mostly teach the model four spines per image).
Negative slices (empty label files) are sampled each epoch up to `negative_ratio` per positive.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from .letterbox import PAD_VALUE, LetterboxGeometry, boxes_to_letterbox, letterbox
from .mirror_classes import flip_boxes, mirror_class_map
from .yolo_dataset import YoloImage, load_grey


@dataclass(frozen=True)
class DetectorAugment:
    scale: float = 0.25
    translate: float = 0.1
    fliplr: float = 0.5
    contrast: float = 0.25
    brightness: float = 0.1


@dataclass
class DetectorBatch:
    images: torch.Tensor  # float32 [B, 3, S, S], 0..1
    targets: torch.Tensor  # float32 [T, 6]: image index, cls, cx, cy, w, h (normalised to S)
    geometry: list[LetterboxGeometry]
    native_boxes: list[np.ndarray]  # the unaugmented labels per image, normalised to the native image


class DetectorBatches:
    def __init__(self, images: list[YoloImage], group: str, imgsz: int, augment: DetectorAugment | None,
                 seed: int, negative_ratio: float | None = None, min_box_px: float = 0.0) -> None:
        self.images = images
        self.imgsz = imgsz
        self.augment = augment
        self.negative_ratio = negative_ratio
        # Ultralytics' task-aligned assigner only picks anchors whose centres lie inside a box. The
        # seed's 16-native-px box shrinks below the 8 px anchor spacing when a large slice is
        # letterboxed to a small input (640 px -> 128 px: 3.2 px), and such a point would never be
        # learnt; boxes are widened to `min_box_px` input pixels about the same centre (the app
        # reads only the centre).
        self.min_box = min_box_px / imgsz
        self.class_map = mirror_class_map(group)
        self.rng = np.random.default_rng(seed)
        self._cache: dict[int, tuple[np.ndarray, LetterboxGeometry]] = {}

    def epoch_order(self) -> np.ndarray:
        """Image indices for one epoch: every positive, a fresh sample of negatives, shuffled."""
        pos = [i for i, im in enumerate(self.images) if len(im.boxes)]
        neg = [i for i, im in enumerate(self.images) if not len(im.boxes)]
        if self.negative_ratio is not None and len(neg) > self.negative_ratio * max(len(pos), 1):
            neg = list(self.rng.choice(neg, int(self.negative_ratio * max(len(pos), 1)), replace=False))
        order = np.asarray(pos + neg, dtype=np.int64)
        if self.augment is not None:
            self.rng.shuffle(order)
        return order

    def batch(self, indices: np.ndarray) -> DetectorBatch:
        imgs, targets, geos, natives = [], [], [], []
        for b, i in enumerate(indices):
            img, geo = self._letterboxed(int(i))
            boxes = boxes_to_letterbox(self.images[i].boxes, geo, self.imgsz)
            boxes[:, 3:5] = np.maximum(boxes[:, 3:5], self.min_box)
            t = torch.from_numpy(img).float().div_(255.0)
            if self.augment is not None:
                t, boxes = self._augment(t, boxes)
            imgs.append(t)
            rows = np.concatenate([np.full((len(boxes), 1), b, np.float32), boxes], 1)
            targets.append(torch.from_numpy(rows))
            geos.append(geo)
            natives.append(self.images[i].boxes)
        x = torch.stack(imgs)[:, None].expand(-1, 3, -1, -1).contiguous()
        return DetectorBatch(x, torch.cat(targets) if targets else torch.zeros(0, 6), geos, natives)

    def _letterboxed(self, i: int) -> tuple[np.ndarray, LetterboxGeometry]:
        hit = self._cache.get(i)
        if hit is None:
            hit = letterbox(load_grey(self.images[i].path), self.imgsz)
            self._cache[i] = hit
        return hit

    def _augment(self, img: torch.Tensor, boxes: np.ndarray) -> tuple[torch.Tensor, np.ndarray]:
        a, rng = self.augment, self.rng
        assert a is not None
        s = 1.0 + rng.uniform(-a.scale, a.scale)
        tx, ty = rng.uniform(-a.translate, a.translate, 2) * 2  # in [-1, 1] grid units
        theta = torch.tensor([[1 / s, 0, -tx / s], [0, 1 / s, -ty / s]], dtype=torch.float32)[None]
        grid = F.affine_grid(theta, [1, 1, self.imgsz, self.imgsz], align_corners=False)
        pad = PAD_VALUE / 255.0
        img = F.grid_sample((img - pad)[None, None], grid, mode="bilinear", align_corners=False)[0, 0] + pad
        out = boxes.copy()
        out[:, 1] = ((2 * boxes[:, 1] - 1) * s + tx + 1) / 2
        out[:, 2] = ((2 * boxes[:, 2] - 1) * s + ty + 1) / 2
        out[:, 3:5] = boxes[:, 3:5] * s
        out = out[(out[:, 1] > 0) & (out[:, 1] < 1) & (out[:, 2] > 0) & (out[:, 2] < 1)]
        if rng.random() < a.fliplr:
            img = img.flip(-1)
            out = flip_boxes(out, self.class_map)
        contrast = 1.0 + rng.uniform(-a.contrast, a.contrast)
        brightness = rng.uniform(-a.brightness, a.brightness)
        img = ((img - 0.5) * contrast + 0.5 + brightness).clamp_(0, 1)
        return img, out.astype(np.float32)
