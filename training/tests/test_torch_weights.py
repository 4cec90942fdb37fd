"""`--save-weights` files rebuild the very model (the smoke test compares runtimes with them)."""

import torch

from spine_training.export.model_metadata import DETECTOR_KIND, GRADER_KIND
from spine_training.export.torch_weights import load_model, save_weights
from spine_training.models.deepscorenet import DeepScoreNet
from spine_training.models.yolov8 import YoloScale, YoloV8


def test_detector_round_trip(tmp_path):
    torch.manual_seed(0)
    model = YoloV8(5, YoloScale(width=0.0625), imgsz=64).eval()
    path = save_weights(model, tmp_path / "d.pt", DETECTOR_KIND, "spinal", 64)
    loaded = load_model(path)
    x = torch.rand(2, 3, 64, 64)
    with torch.no_grad():
        assert torch.equal(model(x), loaded(x))
    assert not loaded.training


def test_grader_round_trip(tmp_path):
    torch.manual_seed(0)
    model = DeepScoreNet().eval()
    path = save_weights(model, tmp_path / "g.pt", GRADER_KIND, "foraminal")
    x = torch.rand(3, 32, 32, 3) * 255
    with torch.no_grad():
        assert torch.equal(model(x), load_model(path)(x))
