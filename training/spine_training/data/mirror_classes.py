"""Horizontal flips and the left/right class swap they require.

On an axial slice the patient's left is on the image's right (radiological convention, PS3.3
C.7.6.2.1.1 patient orientation), so mirroring the image makes every Left_ structure look like a
Right_ one: the labels must swap (seed-method.md flaw 4; the seed flipped axial images with
Ultralytics' fliplr and kept the labels). A sagittal flip mirrors anterior/posterior and keeps
the side, which comes from the slice position, so foraminal and spinal labels stay.
"""

from __future__ import annotations

import numpy as np

from ..vocabulary import detector_class_names

# Whether a horizontal flip changes the side of the labels, per detector.
FLIP_SWAPS_SIDES = {"subarticular": True, "foraminal": False, "spinal": False}


def mirror_class_map(group: str) -> np.ndarray:
    """new_id = map[old_id] after a horizontal flip of a `group` image."""
    names = detector_class_names(group)
    ids = np.arange(len(names))
    if not FLIP_SWAPS_SIDES[group]:
        return ids
    index = {n: i for i, n in enumerate(names)}
    for i, name in enumerate(names):
        side, rest = name.split("_", 1)
        other = {"Left": "Right", "Right": "Left"}[side]
        ids[i] = index[f"{other}_{rest}"]
    return ids


def flip_boxes(boxes: np.ndarray, class_map: np.ndarray) -> np.ndarray:
    """Rows (cls, cx, cy, w, h) normalised: mirror cx and remap the class ids."""
    out = boxes.copy()
    out[:, 1] = 1.0 - boxes[:, 1]
    out[:, 0] = class_map[boxes[:, 0].astype(np.int64)]
    return out
