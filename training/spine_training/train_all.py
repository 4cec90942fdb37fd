"""`python3 -m spine_training.train_all --export <dir> --out models --minutes 60 [--imgsz 384]`

Trains the six default models (three YOLOv8n detectors, three DeepScoreNet graders) one after
the other within one wall-clock budget, writing each ONNX file, model card and metrics next to
`<out>/manifest.json` and adding each to that manifest.

The budget is shared out by estimated cost: each model gets time in proportion to (its cost per
epoch) x (its epoch cap), so all six get about the same share of their planned epochs; time a
model leaves unused (early stopping) flows to the ones after it. Costs per epoch are estimated
from the training set sizes and the forward FLOPs of each network (YOLOv8n: 8.7 GFLOPs at 640,
scaling with imgsz^2; DeepScoreNet: 0.64 GFLOPs per crop).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from . import train_detector, train_grader
from .cli_common import default_version, log_line
from .data.crop_dataset import read_crop_dataset
from .data.export_manifest import read_export_manifest
from .data.fold_split import fold_split
from .data.yolo_dataset import read_yolo_dataset
from .vocabulary import CONDITION_GROUPS

YOLO_N_GFLOPS_640 = 8.7
DEEPSCORENET_GFLOPS = 0.64
OVERHEAD_SECONDS = 30.0  # per model: reading, final evaluation, ONNX export


@dataclass
class Job:
    name: str
    kind: str  # "detector" | "grader"
    group: str
    data: Path
    epoch_cost: float
    epochs: int


def plan_jobs(export: Path, imgsz: int, det_epochs: int, grader_epochs: int, negative_ratio: float,
              test_fold: int, only: set[str] | None) -> list[Job]:
    manifest = read_export_manifest(export)
    train_folds = fold_split(test_fold).train
    jobs = []
    for group in CONDITION_GROUPS:
        name = f"{group}-detector"
        if only is None or name in only:
            data = read_yolo_dataset(export / "yolo" / group, manifest)
            imgs = data.select(train_folds)
            pos = sum(1 for i in imgs if len(i.boxes))
            per_epoch = pos + min(len(imgs) - pos, int(negative_ratio * max(pos, 1)))
            cost = per_epoch * YOLO_N_GFLOPS_640 * (imgsz / 640) ** 2 * 3
            jobs.append(Job(name, "detector", group, export / "yolo" / group, cost, det_epochs))
    for group in CONDITION_GROUPS:
        name = f"{group}-grader"
        if only is None or name in only:
            data = read_crop_dataset(export / "crops" / group, manifest)
            cost = len(data.select(train_folds)) * DEEPSCORENET_GFLOPS * 3
            jobs.append(Job(name, "grader", group, export / "crops" / group, cost, grader_epochs))
    return jobs


def share_minutes(jobs: list[Job], seconds_left: float) -> float:
    """Minutes for jobs[0] out of what is left, in proportion to cost x epoch cap."""
    usable = max(seconds_left - OVERHEAD_SECONDS * len(jobs), 60.0 * len(jobs) * 0.25)
    weights = [j.epoch_cost * j.epochs for j in jobs]
    return usable * weights[0] / sum(weights) / 60.0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    p = argparse.ArgumentParser(prog="spine_training.train_all", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--export", type=Path, required=True, help="export folder with manifest.json, yolo/ and crops/")
    p.add_argument("--out", type=Path, required=True, help="model folder; its manifest.json gets the six entries")
    p.add_argument("--minutes", type=float, default=60.0, help="total wall-clock budget for all six models")
    p.add_argument("--imgsz", type=int, default=384, help="detector input size (stored in the ONNX metadata)")
    p.add_argument("--detector-epochs", type=int, default=80)
    p.add_argument("--grader-epochs", type=int, default=40)
    p.add_argument("--negative-ratio", type=float, default=0.5)
    p.add_argument("--val-max-images", type=int, default=None, help="detectors early-stop on at most this many validation images")
    p.add_argument("--test-fold", type=int, default=0, help="fold the scores are reported on; early stopping uses the next one")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--device", default=None)
    p.add_argument("--threads", type=int, default=None)
    p.add_argument("--version", default=None)
    p.add_argument("--only", default=None, help="comma-separated subset, e.g. spinal-detector,spinal-grader")
    args = p.parse_args(argv)
    version = args.version or default_version()
    only = set(args.only.split(",")) if args.only else None
    start = time.monotonic()
    jobs = plan_jobs(args.export, args.imgsz, args.detector_epochs, args.grader_epochs, args.negative_ratio,
                     args.test_fold, only)
    if not jobs:
        raise SystemExit(f"--only {args.only!r} names none of the six models")
    manifest = args.out / "manifest.json"
    results = []
    for i, job in enumerate(jobs):
        left = args.minutes * 60 - (time.monotonic() - start)
        minutes = share_minutes(jobs[i:], left)
        log_line(f"[train_all] {job.name}: {minutes:.1f} min of {left / 60:.1f} left")
        common = ["--data", str(job.data), "--out", str(args.out), "--folds", str(args.test_fold),
                  "--seed", str(args.seed), "--minutes", f"{minutes:.3f}", "--version", version,
                  "--manifest", str(manifest)]
        for flag, value in (("--device", args.device), ("--threads", args.threads)):
            if value is not None:
                common += [flag, str(value)]
        t0 = time.monotonic()
        if job.kind == "detector":
            train_detector.main(common + ["--imgsz", str(args.imgsz), "--epochs", str(job.epochs),
                                          "--negative-ratio", str(args.negative_ratio)]
                               + (["--val-max-images", str(args.val_max_images)] if args.val_max_images else []))
        else:
            train_grader.main(common + ["--epochs", str(job.epochs)])
        results.append({"model": job.name, "minutes": round((time.monotonic() - t0) / 60, 2)})
    total = (time.monotonic() - start) / 60
    log_line(f"[train_all] done in {total:.1f} min")
    print(json.dumps({"manifest": str(manifest), "minutes": round(total, 2), "models": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
