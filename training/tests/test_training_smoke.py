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
                            "--batch", "16", "--version", "0.1", "--threads", "1", "--manifest", str(models / "manifest.json")])
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
                              "--imgsz", "64", "--width", "0.0625", "--batch", "8", "--version", "0.1", "--threads", "1",
                              "--manifest", str(models / "manifest.json")])
    assert rc == 0
    printed = capsys.readouterr().out
    assert "[detector subarticular] epoch 1/1 box" in printed
    model_id = "yolov8w0.0625-subarticular-64-0.1"
    entry = _check_outputs(models, out, model_id)
    assert entry["inputSize"] == 64 and len(entry["classNames"]) == 10
    meta = {p.key: p.value for p in onnx.load(str(out / f"{model_id}.onnx")).metadata_props}
    assert meta["imgsz"] == "[64, 64]"


def test_train_all_shares_one_budget_and_fills_one_manifest(tiny_export, tmp_path, capsys):
    from spine_training import train_all

    out = tmp_path / "models"
    rc = train_all.main(["--export", str(tiny_export), "--out", str(out), "--minutes", "1.5", "--imgsz", "64",
                         "--detector-epochs", "1", "--grader-epochs", "1", "--version", "0.2", "--threads", "1",
                         "--only", "spinal-detector,foraminal-grader"])
    assert rc == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert [m["model"] for m in summary["models"]] == ["spinal-detector", "foraminal-grader"]
    ids = sorted(m["id"] for m in json.loads((out / "manifest.json").read_text())["models"])
    assert ids == ["deepscorenet-foraminal-0.2", "yolov8n-spinal-64-0.2"]


def test_budget_shares_follow_cost_times_epochs():
    from spine_training.train_all import Job, share_minutes

    jobs = [Job("a", "detector", "spinal", None, 100.0, 80), Job("b", "grader", "spinal", None, 50.0, 40)]
    # 600 s left, 60 s overhead: 540 s split 8000 : 2000.
    assert abs(share_minutes(jobs, 600) - 540 * 0.8 / 60) < 1e-9
