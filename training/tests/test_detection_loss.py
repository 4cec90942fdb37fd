import torch

from spine_training.losses.box_iou import complete_iou
from spine_training.losses.detection_loss import DetectionLoss
from spine_training.losses.task_aligned_assigner import TaskAlignedAssigner
from spine_training.models.anchors import make_anchors
from spine_training.models.yolov8 import YoloScale, YoloV8


def test_complete_iou_identity_and_disjoint():
    a = torch.tensor([[0.0, 0.0, 10.0, 10.0]])
    assert torch.allclose(complete_iou(a, a), torch.ones(1), atol=1e-6)
    far = torch.tensor([[20.0, 20.0, 30.0, 30.0]])
    # Disjoint: IoU 0, minus the centre-distance penalty rho^2 / c^2 = 800 / 1800.
    assert torch.allclose(complete_iou(a, far), torch.tensor([-800 / 1800]), atol=1e-5)


def test_assigner_picks_anchors_inside_the_box_with_its_class():
    anchors, strides = make_anchors([(8, 8)], [8], torch.float32, torch.device("cpu"))
    anchor_px = anchors * strides
    n = anchor_px.shape[0]
    gt = torch.tensor([[[16.0, 16.0, 40.0, 40.0]]])
    # Predictions: every anchor predicts the true box with a middling class score.
    pd_boxes = gt.expand(1, n, 4).clone()
    pd_scores = torch.full((1, n, 3), 0.5)
    assigner = TaskAlignedAssigner(3, topk=10)
    boxes, scores, fg = assigner(pd_scores, pd_boxes, anchor_px, torch.tensor([[[2.0]]]), gt, torch.ones(1, 1, 1))
    inside = ((anchor_px[:, 0] > 16) & (anchor_px[:, 0] < 40) & (anchor_px[:, 1] > 16) & (anchor_px[:, 1] < 40))
    assert fg[0].sum() == min(10, int(inside.sum()))
    assert bool((fg[0] <= inside).all())
    assert torch.equal(scores[0, fg[0]].argmax(1), torch.full((int(fg[0].sum()),), 2))
    assert torch.allclose(boxes[0, fg[0]], gt[0].expand(int(fg[0].sum()), 4))
    assert scores[0, ~fg[0]].abs().sum() == 0


def test_loss_decreases_on_a_tiny_synthetic_batch():
    torch.manual_seed(0)
    model = YoloV8(5, YoloScale(width=0.0625), imgsz=64)
    loss_fn = DetectionLoss(5)
    x = torch.rand(2, 3, 64, 64)
    targets = torch.tensor([[0, 1, 0.5, 0.5, 0.25, 0.25], [1, 3, 0.3, 0.6, 0.25, 0.25], [1, 0, 0.7, 0.3, 0.25, 0.25]])
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3)
    losses = []
    for _ in range(40):
        raw, shapes = model.raw(x)
        loss, parts = loss_fn(raw, shapes, targets, 64)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(float(loss))
        assert parts.shape == (3,) and torch.isfinite(parts).all()
    assert sum(losses[-5:]) / 5 < 0.8 * sum(losses[:5]) / 5


def test_loss_with_an_empty_image_in_the_batch():
    model = YoloV8(2, YoloScale(width=0.0625), imgsz=64)
    raw, shapes = model.raw(torch.rand(2, 3, 64, 64))
    loss, parts = DetectionLoss(2)(raw, shapes, torch.tensor([[1, 0, 0.5, 0.5, 0.25, 0.25]]), 64)
    assert torch.isfinite(loss)
    loss_none, parts_none = DetectionLoss(2)(raw, shapes, torch.zeros(0, 6), 64)
    assert parts_none[0] == 0 and parts_none[2] == 0 and parts_none[1] > 0
