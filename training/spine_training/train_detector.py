"""`python3 -m spine_training.train_detector --data <export>/yolo/<detector> --out <dir> [--imgsz 384]`

Trains a YOLOv8n detector per requested test fold, prints one line per epoch, and writes
`<id>.onnx` (Ultralytics interface, imgsz in the metadata), `<id>.md` (model card) and
`<id>.metrics.json`; `--manifest models/manifest.json` adds the first test fold's model to the
app's registry. See training/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .cli_common import add_common_options, default_version, parse_folds, utc_now
from .data.detector_batches import DetectorAugment
from .data.export_manifest import read_export_manifest
from .data.fold_split import fold_split
from .data.yolo_dataset import read_yolo_dataset
from .export.export_models import export_detector
from .export.model_metadata import DETECTOR_KIND, DETECTOR_PREPROCESSING
from .export.torch_weights import save_weights
from .export.publish import data_section, publish, reproduce_command, run_section
from .models.anchors import anchor_count
from .train.detector_training import DetectorConfig, config_dict, train_detector_fold
from .train.runtime import configure_runtime, pick_device

METHOD = (
    "YOLOv8 (Ultralytics' published yolov8.yaml: Conv/C2f/SPPF backbone, PAN-FPN neck, decoupled "
    "anchor-free Detect head with DFL, reg_max 16, strides 8/16/32) re-implemented in plain PyTorch, "
    "with its loss (task-aligned assigner top-k 10, alpha 0.5, beta 6; BCE class loss, CIoU box loss, "
    "DFL; gains 0.5 / 7.5 / 1.5). Trained from random initialisation (no COCO weights are reachable "
    "here; the seed fine-tuned COCO-pretrained yolov8n). Boxes are the seed's 16×16 native-pixel boxes "
    "around each labelled point. Negative slices are trained on (up to `negative_ratio` per positive, "
    "resampled each epoch) so the model learns to stay silent off-level (seed flaw 3). Augmentation: "
    "scale, translation, brightness/contrast, horizontal flip with Left↔Right class swap on axial "
    "slices (seed flaw 4; sagittal flips keep the side, which comes from the slice position). No "
    "mosaic (documented simplification). EMA weights, early stopping on the validation fold's loss."
)


def interface(imgsz: int, nc: int) -> str:
    return (f"`images` float32 [N, 3, {imgsz}, {imgsz}]: the slice after per-slice min–max to 8 bit, grey "
            f"in 3 channels, /255, letterboxed (aspect kept, grey 114 padding, centred). `output0` float32 "
            f"[N, {4 + nc}, {anchor_count(imgsz)}]: rows cx, cy, w, h in input pixels, then {nc} sigmoid class "
            "scores; no NMS inside. Metadata: names, imgsz, stride, task (as Ultralytics), kind, condition, "
            "version. Dynamic batch; ONNX opset 17.")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    p = argparse.ArgumentParser(prog="spine_training.train_detector", description=__doc__)
    p.add_argument("--data", type=Path, required=True, help="<export>/yolo/<detector> folder")
    add_common_options(p)
    p.add_argument("--imgsz", type=int, default=640, help="letterboxed input size, a multiple of 32 (stored in the ONNX metadata)")
    p.add_argument("--width", type=float, default=0.25, help="width multiple (0.25 = YOLOv8n)")
    p.add_argument("--epochs", type=int, default=100)
    p.add_argument("--patience", type=int, default=15)
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--negative-ratio", type=float, default=0.5,
                   help="negative slices per positive slice per epoch (negative = keep all)")
    p.add_argument("--no-augment", action="store_true")
    p.add_argument("--val-max-images", type=int, default=None,
                   help="early-stop on a fixed sample of at most this many validation images (saves CPU time per epoch)")
    p.add_argument("--save-weights", action="store_true",
                   help="also write <id>.pt (PyTorch weights) beside the ONNX file, e.g. to compare runtimes")
    args = p.parse_args(argv)
    if args.imgsz % 32:
        raise SystemExit(f"--imgsz must be a multiple of 32 (the largest stride), got {args.imgsz}")
    folds = parse_folds(args.folds, args.val_fold)
    version = args.version or default_version()

    export = read_export_manifest(args.data.parent.parent)
    data = read_yolo_dataset(args.data, export)
    device = pick_device(args.device)
    cfg = DetectorConfig(imgsz=args.imgsz, width=args.width, epochs=args.epochs, patience=args.patience,
                         batch=args.batch, lr=args.lr, minutes=args.minutes, val_max_images=args.val_max_images,
                         negative_ratio=None if args.negative_ratio < 0 else args.negative_ratio,
                         augment=DetectorAugment(0, 0, 0, 0, 0) if args.no_augment else DetectorAugment())
    summary = []
    for n, test_fold in enumerate(folds):
        configure_runtime(args.seed + test_fold, args.threads)
        split = fold_split(test_fold, args.val_fold)
        result = train_detector_fold(data, split, cfg, args.seed + test_fold, device)
        scale = "n" if args.width == 0.25 else f"w{args.width:g}"
        model_id = f"yolov8{scale}-{data.group}-{args.imgsz}-{version}" + (f"-fold{test_fold}" if len(folds) > 1 else "")
        date = utc_now()
        counts = {}
        for name, f in (("train", split.train), ("validation", (split.val,)), ("test", (split.test,))):
            imgs = data.select(f)
            counts[f"{name} folds {list(f)}"] = {"images": len(imgs), "negative": sum(1 for i in imgs if not len(i.boxes)),
                                                 "boxes": int(sum(len(i.boxes) for i in imgs))}
        record = {
            "title": f"YOLOv8 detector for {data.group} points", "kind": DETECTOR_KIND, "condition": data.group,
            "version": version, "interface": interface(args.imgsz, len(data.names)),
            "data": data_section(export, args.data), "split": split.describe(), "split_counts": counts,
            "method": METHOD, "hyperparameters": config_dict(cfg), "metrics": result.metrics,
            "run": run_section(args.seed + test_fold, device, result.epochs_run, result.best_epoch,
                               result.seconds_per_epoch, result.seconds_total, date),
            "command": reproduce_command("spine_training.train_detector", argv),
        }
        keys = ("images", "loss", "found_rate", "found_radius_px", "median_error_px", "p90_error_px", "false_positive_rate")
        entry = {"kind": DETECTOR_KIND, "condition": data.group, "version": version, "inputSize": args.imgsz,
                 "classNames": data.names, "preprocessing": DETECTOR_PREPROCESSING,
                 "source": f"spine_training.train_detector on {export.source_database} (labels {export.label_snapshot_at}), "
                           f"{split.describe()}",
                 "metrics": {k: result.metrics["test"][k] for k in keys}}
        out_dir = args.out / f"fold{test_fold}" if len(folds) > 1 else args.out
        entry = publish(out_dir, model_id,
                        lambda path, m=result.model: export_detector(m, data.group, args.imgsz, path, version, date),
                        record, result.history, entry, args.manifest if n == 0 else None)
        if args.save_weights:
            save_weights(result.model, out_dir / f"{entry['id']}.pt", DETECTOR_KIND, data.group, args.imgsz)
        summary.append({"test_fold": test_fold, "id": entry["id"], **entry["metrics"]})
    print(json.dumps({"kind": DETECTOR_KIND, "condition": data.group, "models": summary}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
