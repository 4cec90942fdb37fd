#!/usr/bin/env python3
"""Writes the app's test ONNX models, their manifest and PyTorch reference outputs.

    /usr/bin/python3 training/scripts/make_test_models.py --out test/fixtures/models

Deterministic (fixed seeds); see spine_training/fixture_models.py for what is written.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch  # noqa: E402

from spine_training.fixture_models import make_test_models  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--imgsz", type=int, default=640)
    args = p.parse_args()
    # One thread: the models are tiny, and a second OpenMP thread only waits on a shared machine.
    torch.set_num_threads(1)
    t0 = time.monotonic()
    index = make_test_models(args.out, args.imgsz)
    print(json.dumps({"out": str(args.out), "cases": len(index["cases"]), "seconds": round(time.monotonic() - t0, 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
