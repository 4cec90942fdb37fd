"""Command-line options shared by the training commands (argparse, Python's standard parser)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path


def add_common_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, required=True, help="output folder for ONNX, card and metrics")
    p.add_argument("--folds", default="0",
                   help="test folds to run, comma-separated (e.g. 0 or 0,1,2,3,4 for full cross-validation); "
                        "each reports on its test fold, early-stops on --val-fold or (test + 1) mod 5, trains on the rest")
    p.add_argument("--val-fold", type=int, default=None, help="early-stopping fold (only with one test fold)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--device", default=None, help="torch device; default cuda when available, else cpu")
    p.add_argument("--threads", type=int, default=None, help="CPU threads (default min(2, cores))")
    p.add_argument("--minutes", type=float, default=None, help="time budget per fold; stops before an epoch that would not fit")
    p.add_argument("--version", default=None, help="model version (default: UTC date YYYY.MM.DD)")
    p.add_argument("--manifest", type=Path, default=None,
                   help="models/manifest.json to add the model to (the first test fold's model)")


def parse_folds(text: str, val_fold: int | None) -> list[int]:
    try:
        folds = [int(f) for f in text.split(",") if f.strip()]
    except ValueError:
        raise SystemExit(f"--folds must be comma-separated integers 0-4, got {text!r}") from None
    if not folds or any(not 0 <= f <= 4 for f in folds) or len(set(folds)) != len(folds):
        raise SystemExit(f"--folds must be distinct integers 0-4, got {text!r}")
    if val_fold is not None and len(folds) > 1:
        raise SystemExit("--val-fold only works with a single test fold")
    return folds


def default_version() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y.%m.%d")


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def log_line(text: str) -> None:
    """Per-epoch progress, flushed at once so piped logs show it live."""
    print(text, flush=True)
