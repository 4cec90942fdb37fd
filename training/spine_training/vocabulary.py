"""Class sets, grades and condition groups, spelled exactly as the seed and the app spell them.

Detector class order is the seed's (seed-method.md, "Detectors"): foraminal and subarticular are
Left L1/L2..L5/S1 (ids 0-4) then Right L1/L2..L5/S1 (ids 5-9); spinal is L1/L2..L5/S1 (0-4).
Grades follow the submission column order and the competition sample weights (rsna-data.md,
"The metric"); electron/common/vocabulary/grades.ts holds the same table for the app.
"""

from __future__ import annotations

CONDITION_GROUPS = ("foraminal", "spinal", "subarticular")

LEVEL_SUFFIXES = ("L1_L2", "L2_L3", "L3_L4", "L4_L5", "L5_S1")
RSNA_LEVELS = ("L1/L2", "L2/L3", "L3/L4", "L4/L5", "L5/S1")

GRADES = ("Normal/Mild", "Moderate", "Severe")
# Competition sample weights per true grade (rsna-data.md, metric step 1).
GRADE_WEIGHTS = (1.0, 2.0, 4.0)

# RSNA condition names per group (the `condition` column of labels.csv).
RSNA_CONDITIONS = {
    "spinal": ("Spinal Canal Stenosis",),
    "foraminal": ("Left Neural Foraminal Narrowing", "Right Neural Foraminal Narrowing"),
    "subarticular": ("Left Subarticular Stenosis", "Right Subarticular Stenosis"),
}


def detector_class_names(group: str) -> list[str]:
    """The seed's class names for one detector, in id order."""
    if group == "spinal":
        return [f"Spinal_Canal_Stenosis_{lv}" for lv in LEVEL_SUFFIXES]
    if group == "foraminal":
        stem = "Neural_Foraminal_Narrowing"
    elif group == "subarticular":
        stem = "Subarticular_Stenosis"
    else:
        raise ValueError(f"unknown condition group {group!r}; expected one of {CONDITION_GROUPS}")
    return [f"{side}_{stem}_{lv}" for side in ("Left", "Right") for lv in LEVEL_SUFFIXES]


def check_group(group: str) -> str:
    if group not in CONDITION_GROUPS:
        raise ValueError(f"unknown condition group {group!r}; expected one of {CONDITION_GROUPS}")
    return group
