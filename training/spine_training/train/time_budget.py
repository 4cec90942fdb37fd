"""A wall-clock budget for a training run: after each epoch, stop if the next one would not fit,
so `train_all` can promise a total time.

The next epoch's cost is the latest epoch's (plus 10 %), not the slowest so far: the first epoch
also reads and letterboxes every image it meets and, on a shared machine, one slow epoch under
someone else's load would otherwise end a run that still had most of its time (measured: a
373 s first epoch, later ones ~40 s). Before any later epoch is known, the first counts half.
"""

from __future__ import annotations

import time

MARGIN = 1.1
FIRST_EPOCH_SHARE = 0.5


class TimeBudget:
    def __init__(self, minutes: float | None) -> None:
        self.seconds = None if minutes is None else minutes * 60.0
        self.start = time.monotonic()
        self.epochs: list[float] = []

    def elapsed(self) -> float:
        return time.monotonic() - self.start

    def record_epoch(self, seconds: float) -> None:
        self.epochs.append(seconds)

    def next_epoch_estimate(self) -> float:
        if not self.epochs:
            return 0.0
        latest = self.epochs[-1] * (FIRST_EPOCH_SHARE if len(self.epochs) == 1 else 1.0)
        return latest * MARGIN

    def allows_another_epoch(self) -> bool:
        if self.seconds is None:
            return True
        return self.elapsed() + self.next_epoch_estimate() <= self.seconds

    def epochs_that_fit(self, max_epochs: int) -> int:
        """Planned epoch count from what is left (re-planned after every epoch; sets the LR schedule)."""
        estimate = self.next_epoch_estimate()
        if self.seconds is None or estimate <= 0:
            return max_epochs
        more = int(max(self.seconds - self.elapsed(), 0.0) // estimate)
        return max(len(self.epochs), min(max_epochs, len(self.epochs) + more))
