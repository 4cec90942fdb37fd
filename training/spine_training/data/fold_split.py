"""Which folds train, which one early-stops and which one reports the score.

Issue 7: early stopping must use a validation fold that is not the fold the score is reported
on. With 5 study-grouped folds, test fold k reports the score, fold (k + 1) mod 5 early-stops
(unless given), the other three train.
"""

from __future__ import annotations

from dataclasses import dataclass

from .export_manifest import FOLD_COUNT


@dataclass(frozen=True)
class FoldSplit:
    train: tuple[int, ...]
    val: int
    test: int

    def describe(self) -> str:
        return f"train folds {list(self.train)}, early-stopping fold {self.val}, reported fold {self.test}"


def fold_split(test: int, val: int | None = None) -> FoldSplit:
    if not 0 <= test < FOLD_COUNT:
        raise ValueError(f"test fold must be 0-{FOLD_COUNT - 1}, got {test}")
    val = (test + 1) % FOLD_COUNT if val is None else val
    if not 0 <= val < FOLD_COUNT or val == test:
        raise ValueError(f"validation fold must be 0-{FOLD_COUNT - 1} and differ from the test fold {test}, got {val}")
    train = tuple(f for f in range(FOLD_COUNT) if f not in (test, val))
    return FoldSplit(train, val, test)
