#!/usr/bin/python3
"""Full-size random-weight models for the inference benchmark (bench/inference.bench.ts, issue 6).

    /usr/bin/python3 training/scripts/make_bench_models.py --out bench/.cache/bench-models

YOLOv8n (width 0.25, depth 0.33, imgsz 640) for the three detectors and DeepScoreNet for the three
graders, from spine_training's architectures with fixed seeds, exported through its ONNX exporter,
plus a manifest.json in the app's format. Random weights: for timing only, they mean nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch  # noqa: E402

from spine_training.export.export_models import export_detector, export_grader  # noqa: E402
from spine_training.models.deepscorenet import DeepScoreNet  # noqa: E402
from spine_training.models.yolov8 import YoloScale, YoloV8  # noqa: E402
from spine_training.vocabulary import detector_class_names  # noqa: E402

GRADES = ["Normal/Mild", "Moderate", "Severe"]
SOURCE = "random weights (fixed seed), training/scripts/make_bench_models.py: for timing only"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", type=Path, required=True)
    args = p.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    torch.set_num_threads(2)
    models = []
    for i, condition in enumerate(["spinal", "foraminal", "subarticular"]):
        names = detector_class_names(condition)
        torch.manual_seed(100 + i)
        detector = YoloV8(len(names), YoloScale(), 640).eval()
        detector_file = f"yolov8n-{condition}-bench.onnx"
        export_detector(detector, condition, 640, out / detector_file, "bench-1")
        torch.manual_seed(200 + i)
        grader_file = f"deepscorenet-{condition}-bench.onnx"
        export_grader(DeepScoreNet().eval(), condition, out / grader_file, "bench-1")
        for kind, file, size, classes, preprocessing in (
            ("yolov8-detect", detector_file, 640, names, "minmax-uint8-grey3-letterbox"),
            ("deepscorenet-grade", grader_file, 32, GRADES, "minmax-uint8-grey3-crop32"),
        ):
            models.append({
                "id": file[: -len(".onnx")], "kind": kind, "condition": condition, "file": file,
                "sha256": hashlib.sha256((out / file).read_bytes()).hexdigest(), "version": "bench-1",
                "inputSize": size, "classNames": list(classes), "preprocessing": preprocessing,
                "source": SOURCE, "metrics": {}, "card": None,
            })
    (out / "manifest.json").write_text(json.dumps({"manifestVersion": 1, "models": models}, indent=2) + "\n")
    print(json.dumps({"out": str(out), "models": len(models)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
