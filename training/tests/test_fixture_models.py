"""The app's test-model writer (training/scripts/make_test_models.py) at a small input size."""

import json

import numpy as np
import onnx

from spine_training.export.model_manifest import sha256_of
from spine_training.fixture_models import make_test_models


def test_writes_models_manifest_and_references(tmp_path):
    index = make_test_models(tmp_path, imgsz=64, extra_detector_sizes=())
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["manifestVersion"] == 1
    assert sorted((m["kind"], m["condition"]) for m in manifest["models"]) == sorted(
        (k, c) for k in ("yolov8-detect", "deepscorenet-grade") for c in ("foraminal", "spinal", "subarticular"))
    for m in manifest["models"]:
        assert m["sha256"] == sha256_of(tmp_path / m["file"])
        assert (tmp_path / m["card"]).is_file()
    for case in index["cases"]:
        for part in ("input", "output"):
            data = np.fromfile(tmp_path / "reference" / case[part]["file"], dtype="<f4")
            assert data.size == np.prod(case[part]["shape"])
        proto = onnx.load(str(tmp_path / case["model"]))
        assert [i.name for i in proto.graph.input] == [case["inputName"]]
        assert [o.name for o in proto.graph.output] == [case["outputName"]]
    grader = next(c for c in index["cases"] if c["id"] == "deepscorenet-spinal-test")
    probs = np.fromfile(tmp_path / "reference" / grader["output"]["file"], dtype="<f4").reshape(4, 3)
    assert np.allclose(probs.sum(1), 1, atol=1e-5) and (probs.max(1) < 0.999).all()  # not saturated
    detector = next(c for c in index["cases"] if c["id"].startswith("yolov8") and "spinal" in c["id"])
    out = np.fromfile(tmp_path / "reference" / detector["output"]["file"], dtype="<f4").reshape(detector["output"]["shape"])
    assert out.shape == (2, 9, 84) and 0.05 < out[:, 4:].mean() < 0.95  # scores spread, not the 1e-5 prior
    lb = index["letterbox"]
    boxed = np.fromfile(tmp_path / "reference" / lb["letterboxed"]["file"], dtype=np.uint8).reshape(lb["letterboxed"]["shape"])
    first = np.fromfile(tmp_path / "reference" / detector["input"]["file"], dtype="<f4").reshape(detector["input"]["shape"])[0, 0]
    assert np.array_equal(np.round(first * 255).astype(np.uint8), boxed)
    # Same seed, same bytes (the first group of each kind is written first, so it draws the same numbers).
    make_test_models(tmp_path / "again", imgsz=64, extra_detector_sizes=(), groups=("foraminal",))
    again = json.loads((tmp_path / "again" / "manifest.json").read_text())["models"]
    first = {m["id"]: m["sha256"] for m in manifest["models"] if m["condition"] == "foraminal"}
    assert {m["id"]: m["sha256"] for m in again} == first
