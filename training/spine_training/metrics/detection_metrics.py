"""Localisation metrics for a detector, the way the app uses it (issue 6: one point per
location, the best detection of that class): for each labelled point, take the class's
top-scoring box on that slice and measure its centre's distance to the point in native pixels.

- `found_rate`: share of labelled points whose top box scores >= `conf` (the seed's 0.25) and
  lies within `radius_px` (8 px: half the seed's 16 px box) of the point;
- `median_error_px` / `p90_error_px`: distance of the top box regardless of score;
- `false_positive_rate`: per class and slice where the class is NOT labelled, the share whose
  top score is >= `conf` (negative slices included: the seed's every-slice false positives).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import torch

from ..data.letterbox import LetterboxGeometry, letterbox_to_native


@dataclass
class LocalisationTally:
    conf: float = 0.25
    radius_px: float = 8.0
    errors: list[float] = field(default_factory=list)
    found: int = 0
    false_pos: int = 0
    empty_cells: int = 0

    def add(self, output: torch.Tensor, geometry: list[LetterboxGeometry], native_boxes: list[np.ndarray]) -> None:
        """output: decoded [B, 4 + nc, A]; native_boxes: per image rows (cls, cx, cy, w, h) normalised."""
        out = output.detach().float().cpu().numpy()
        nc = out.shape[1] - 4
        for b, (geo, boxes) in enumerate(zip(geometry, native_boxes)):
            scores = out[b, 4:]
            best = scores.argmax(1)
            labelled = set(boxes[:, 0].astype(int).tolist())
            for row in boxes:
                c = int(row[0])
                a = best[c]
                px, py = letterbox_to_native(float(out[b, 0, a]), float(out[b, 1, a]), geo)
                err = float(np.hypot(px - row[1] * geo.width, py - row[2] * geo.height))
                self.errors.append(err)
                if scores[c, a] >= self.conf and err <= self.radius_px:
                    self.found += 1
            for c in range(nc):
                if c not in labelled:
                    self.empty_cells += 1
                    self.false_pos += int(scores[c, best[c]] >= self.conf)

    def report(self) -> dict:
        e = np.asarray(self.errors)
        return {
            "points": int(len(e)),
            "found_rate": float(self.found / len(e)) if len(e) else None,
            "found_radius_px": self.radius_px,
            "conf": self.conf,
            "median_error_px": float(np.median(e)) if len(e) else None,
            "p90_error_px": float(np.percentile(e, 90)) if len(e) else None,
            "false_positive_rate": float(self.false_pos / self.empty_cells) if self.empty_cells else None,
        }
