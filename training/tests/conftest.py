"""Shared fixtures: the package on sys.path and a tiny synthetic export in the spec layout."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import torch

TRAINING_DIR = Path(__file__).resolve().parents[1]
if str(TRAINING_DIR) not in sys.path:
    sys.path.insert(0, str(TRAINING_DIR))

# One thread: the tests run tiny workloads, and on a shared 2-core machine two OpenMP threads
# spinning at barriers made them up to 20x slower when the other core was busy.
torch.set_num_threads(1)

from spine_training.synthetic_export import write_synthetic_export  # noqa: E402


@pytest.fixture(scope="session")
def tiny_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """10 studies (2 per fold), 96x80 slices: every reader and trainer path, in seconds."""
    return write_synthetic_export(tmp_path_factory.mktemp("export"), studies=10, size=(96, 80), seed=3)
