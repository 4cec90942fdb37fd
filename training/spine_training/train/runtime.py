"""Device, threads and seeds for a reproducible run.

The GPU is used when torch sees one (`cuda`), else the CPU with a small thread count: the shared
build machine has 2 cores (training/README.md). Seeds fix torch, NumPy and Python's `random`;
cuDNN is put in deterministic mode so a GPU rerun gives the same numbers as far as cuDNN allows.
"""

from __future__ import annotations

import os
import random

import numpy as np
import torch


def pick_device(requested: str | None = None) -> torch.device:
    if requested:
        return torch.device(requested)
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def configure_runtime(seed: int, threads: int | None = None) -> np.random.Generator:
    threads = threads or min(2, os.cpu_count() or 1)
    torch.set_num_threads(threads)
    random.seed(seed)
    np.random.seed(seed % 2**32)
    torch.manual_seed(seed)
    torch.backends.cudnn.deterministic = True
    torch.backends.cudnn.benchmark = False
    return np.random.default_rng(seed)
