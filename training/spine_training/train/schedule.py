"""Learning-rate schedule: linear warm-up, then cosine decay to lr * final_fraction over the
planned epochs (Ultralytics' cos_lr option; the plan may shrink once the time budget is known)."""

from __future__ import annotations

import math

from torch.optim import Optimizer


class CosineSchedule:
    def __init__(self, optimizer: Optimizer, base_lr: float, planned_steps: int, warmup_steps: int,
                 final_fraction: float = 0.05) -> None:
        self.optimizer = optimizer
        self.base_lr = base_lr
        self.planned_steps = max(planned_steps, 1)
        self.warmup_steps = warmup_steps
        self.final_fraction = final_fraction
        self.step_count = 0
        self._apply()

    def replan(self, planned_steps: int) -> None:
        self.planned_steps = max(planned_steps, self.step_count + 1)

    def step(self) -> None:
        self.step_count += 1
        self._apply()

    def lr(self) -> float:
        s = self.step_count
        if s < self.warmup_steps:
            return self.base_lr * (s + 1) / self.warmup_steps
        progress = min(1.0, (s - self.warmup_steps) / max(self.planned_steps - self.warmup_steps, 1))
        return self.base_lr * (self.final_fraction + (1 - self.final_fraction) * 0.5 * (1 + math.cos(math.pi * progress)))

    def _apply(self) -> None:
        lr = self.lr()
        for group in self.optimizer.param_groups:
            group["lr"] = lr
