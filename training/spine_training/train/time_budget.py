"""A wall-clock budget for a training run: after each epoch, stop if the next one would not fit
(its cost estimated by the slowest epoch so far), so `train_all` can promise a total time."""

from __future__ import annotations

import time


class TimeBudget:
    def __init__(self, minutes: float | None) -> None:
        self.seconds = None if minutes is None else minutes * 60.0
        self.start = time.monotonic()
        self.slowest_epoch = 0.0

    def elapsed(self) -> float:
        return time.monotonic() - self.start

    def record_epoch(self, seconds: float) -> None:
        self.slowest_epoch = max(self.slowest_epoch, seconds)

    def allows_another_epoch(self) -> bool:
        if self.seconds is None:
            return True
        return self.elapsed() + self.slowest_epoch <= self.seconds

    def epochs_that_fit(self, max_epochs: int) -> int:
        """Planned epoch count once the first epoch's cost is known (sets the LR schedule)."""
        if self.seconds is None or self.slowest_epoch <= 0:
            return max_epochs
        return max(1, min(max_epochs, int(self.seconds // self.slowest_epoch)))
