"""Early stopping on the validation fold's loss, keeping the best weights (seed: patience 20 on
validation loss; our default is lower because CPU epochs are costly)."""

from __future__ import annotations

import copy

import torch
from torch import nn


class EarlyStopping:
    def __init__(self, patience: int) -> None:
        self.patience = patience
        self.best = float("inf")
        self.best_epoch = -1
        self.best_state: dict[str, torch.Tensor] | None = None

    def step(self, epoch: int, value: float, model: nn.Module) -> bool:
        """Record this epoch's validation value; True when training should stop."""
        if value < self.best:
            self.best, self.best_epoch = value, epoch
            self.best_state = copy.deepcopy(model.state_dict())
        return epoch - self.best_epoch >= self.patience

    def restore(self, model: nn.Module) -> None:
        if self.best_state is not None:
            model.load_state_dict(self.best_state)
