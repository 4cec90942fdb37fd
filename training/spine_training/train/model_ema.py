"""Exponential moving average of the weights (and BatchNorm statistics), as Ultralytics' ModelEMA
(docs.ultralytics.com/reference/utils/torch_utils): decay ramps up as d · (1 − e^(−updates/tau))
so the average follows the model closely early on. tau defaults lower than Ultralytics' 2000
because our CPU runs are a few thousand updates long."""

from __future__ import annotations

import copy
import math

import torch
from torch import nn


class ModelEma:
    def __init__(self, model: nn.Module, decay: float = 0.9999, tau: float = 500.0) -> None:
        self.ema = copy.deepcopy(model).eval().requires_grad_(False)
        self.decay = decay
        self.tau = tau
        self.updates = 0

    @torch.no_grad()
    def update(self, model: nn.Module) -> None:
        self.updates += 1
        d = self.decay * (1 - math.exp(-self.updates / self.tau))
        live = model.state_dict()
        for key, value in self.ema.state_dict().items():
            if value.dtype.is_floating_point:
                value.mul_(d).add_(live[key].detach(), alpha=1 - d)
            else:
                value.copy_(live[key])
