"""One short epoch of each model kind on a tiny export, through the real command-line entry points:
ONNX written, model card and manifest entry written with the file's sha256."""

import json

import onnx

from spine_training import train_detector, train_grader
from spine_training.export.model_manifest import sha256_of


def _check_outputs(models_dir, out_dir, model_id):
    manifest = json.loads((models_dir / "manifest.json").read_text())
    entry = next(m for m in manifest["models"] if m["id"] == model_id)
    assert entry["sha256"] == sha256_of(models_dir / entry["file"]) == sha256_of(out_dir / entry["file"])
    assert (models_dir / entry["card"]).is_file()
    card = (out_dir / f"{model_id}.md").read_text()
    for needle in ("## Data", "## Folds", "## Metrics (held-out test fold)", "| seed | 0 |",
                   "early-stopping fold 1, reported fold 0", "synthetic(seed=3)", "/usr/bin/python3 -m spine_training."):
        assert needle in card, needle
    history = json.loads((out_dir / f"{model_id}.metrics.json").read_text())["history"]
    assert len(history) == 1
    onnx.checker.check_model(onnx.load(str(out_dir / entry["file"])))
    assert all(isinstance(v, (int, float, str, type(None))) for v in entry["metrics"].values())  # flat, as the app reads it
    return entry


def test_grader_one_epoch(tiny_export, tmp_path, capsys):
    out, models = tmp_path / "grader", tmp_path / "models"
    rc = train_grader.main(["--data", str(tiny_export / "crops" / "spinal"), "--out", str(out), "--epochs", "1",
                            "--batch", "16", "--version", "0.1", "--manifest", str(models / "manifest.json")])
    assert rc == 0
    printed = capsys.readouterr().out
    assert "[grader spinal] epoch 1/1 train_wce" in printed
    summary = json.loads(printed.strip().splitlines()[-1])
    assert summary["models"][0]["id"] == "deepscorenet-spinal-0.1"
    entry = _check_outputs(models, out, "deepscorenet-spinal-0.1")
    assert entry["inputSize"] == 32 and entry["preprocessing"] == "minmax-uint8-grey3-crop32"
    assert entry["metrics"]["n"] == 10 and entry["metrics"]["weighted_log_loss"] > 0


def test_detector_one_epoch(tiny_export, tmp_path, capsys):
    out, models = tmp_path / "detector", tmp_path / "models"
    rc = train_detector.main(["--data", str(tiny_export / "yolo" / "subarticular"), "--out", str(out), "--epochs", "1",
                              "--imgsz", "64", "--width", "0.0625", "--batch", "8", "--version", "0.1",
                              "--manifest", str(models / "manifest.json")])
    assert rc == 0
    printed = capsys.readouterr().out
    assert "[detector subarticular] epoch 1/1 box" in printed
    model_id = "yolov8w0.0625-subarticular-64-0.1"
    entry = _check_outputs(models, out, model_id)
    assert entry["inputSize"] == 64 and len(entry["classNames"]) == 10
    meta = {p.key: p.value for p in onnx.load(str(out / f"{model_id}.onnx")).metadata_props}
    assert meta["imgsz"] == "[64, 64]"
