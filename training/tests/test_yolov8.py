import torch

from spine_training.models.anchors import anchor_count, make_anchors
from spine_training.models.yolov8 import YoloScale, YoloV8, scaled_channels, scaled_repeats


def test_n_scale_matches_ultralytics_parameter_count():
    # Ultralytics prints "YOLOv8n summary: ... 3157200 parameters" for yolov8.yaml with 80 classes.
    assert sum(p.numel() for p in YoloV8(80).parameters()) == 3_157_200


def test_scaling_rules():
    n = YoloScale()
    assert [scaled_channels(c, n) for c in (64, 128, 256, 512, 1024)] == [16, 32, 64, 128, 256]
    assert [scaled_repeats(r, n) for r in (1, 3, 6)] == [1, 1, 2]
    tiny = YoloScale(width=0.0625)
    assert [scaled_channels(c, tiny) for c in (64, 256, 1024)] == [8, 16, 64]


def test_anchor_count_formula():
    assert anchor_count(640) == 80 * 80 + 40 * 40 + 20 * 20 == 8400
    assert anchor_count(384) == 48 * 48 + 24 * 24 + 12 * 12 == 3024
    assert anchor_count(320) == 2100


def test_output_shape_at_640_and_dynamic_batch():
    model = YoloV8(10, YoloScale(width=0.0625)).eval()
    with torch.no_grad():
        out = model(torch.rand(2, 3, 640, 640))
    assert out.shape == (2, 14, 8400)
    scores = out[:, 4:]
    assert (scores >= 0).all() and (scores <= 1).all()


def test_full_n_model_output_at_640():
    model = YoloV8(5).eval()
    with torch.no_grad():
        assert model(torch.rand(1, 3, 640, 640)).shape == (1, 9, 8400)


def test_anchors_are_cell_centres_in_stride_order():
    points, strides = make_anchors([(2, 3), (1, 1)], [8, 16], torch.float32, torch.device("cpu"))
    assert points[:4].tolist() == [[0.5, 0.5], [1.5, 0.5], [2.5, 0.5], [0.5, 1.5]]
    assert strides[:, 0].tolist() == [8] * 6 + [16]


def test_decoded_boxes_are_in_input_pixels():
    model = YoloV8(5, YoloScale(width=0.0625)).eval()
    # Zero box logits: every side distance is the mean bin 7.5 grid units -> a square of 15 strides.
    for seq in model.detect.cv2:
        seq[-1].weight.data.zero_()
        seq[-1].bias.data.zero_()
    with torch.no_grad():
        out = model(torch.rand(1, 3, 64, 64))
    assert torch.allclose(out[0, 0, 0], torch.tensor(4.0)) and torch.allclose(out[0, 1, 0], torch.tensor(4.0))
    assert torch.allclose(out[0, 2, 0], torch.tensor(15 * 8.0))
    assert torch.allclose(out[0, 2, -1], torch.tensor(15 * 32.0))
    assert torch.allclose(out[0, 0, -1], torch.tensor(48.0))  # the last stride-32 cell of 2x2 is centred at 48
