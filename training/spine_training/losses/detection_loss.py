"""YOLOv8 detection loss (Ultralytics v8DetectionLoss, docs.ultralytics.com/reference/utils/loss):

    loss = 7.5 * CIoU box loss + 0.5 * BCE class loss + 1.5 * DFL loss

each normalised by the sum of the task-aligned target scores, times the batch size (the gain
Ultralytics' trainer expects). Targets come from `TaskAlignedAssigner`. DFL (Li et al. 2020,
arXiv:2006.04388) trains the two bins around each true distance with linear weights.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F

from ..models.anchors import bbox2dist, dist2bbox, make_anchors
from .box_iou import complete_iou
from .task_aligned_assigner import TaskAlignedAssigner


@dataclass(frozen=True)
class LossGains:
    box: float = 7.5
    cls: float = 0.5
    dfl: float = 1.5


class DetectionLoss:
    def __init__(self, nc: int, strides: tuple[int, ...] = (8, 16, 32), reg_max: int = 16,
                 gains: LossGains = LossGains()) -> None:
        self.nc = nc
        self.strides = strides
        self.reg_max = reg_max
        self.gains = gains
        self.assigner = TaskAlignedAssigner(nc, topk=10, alpha=0.5, beta=6.0)

    def __call__(self, raw: torch.Tensor, shapes: list[tuple[int, int]], targets: torch.Tensor,
                 imgsz: int) -> tuple[torch.Tensor, torch.Tensor]:
        """raw [B, 4*reg_max + nc, A] from the head; targets [T, 6] rows (image index, class,
        cx, cy, w, h) normalised to the letterboxed input. Returns (loss to backpropagate,
        detached [box, cls, dfl] parts)."""
        bs = raw.shape[0]
        dtype, device = raw.dtype, raw.device
        pred_dist, pred_logits = raw.permute(0, 2, 1).split((4 * self.reg_max, self.nc), 2)
        anchors, stride_t = make_anchors(shapes, list(self.strides), dtype, device)

        gt_labels, gt_boxes, mask_gt = self._batch_targets(targets, bs, imgsz, dtype, device)
        pred_boxes = self._decode(anchors, pred_dist)  # grid units, xyxy
        target_boxes, target_scores, fg = self.assigner(
            pred_logits.detach().sigmoid(), (pred_boxes.detach() * stride_t), anchors * stride_t,
            gt_labels, gt_boxes, mask_gt,
        )
        score_sum = target_scores.sum().clamp(min=1)
        loss_cls = F.binary_cross_entropy_with_logits(pred_logits, target_scores, reduction="none").sum() / score_sum
        loss_box = raw.new_zeros(())
        loss_dfl = raw.new_zeros(())
        if fg.any():
            target_boxes = target_boxes / stride_t
            weight = target_scores.sum(-1)[fg].unsqueeze(-1)
            iou = complete_iou(pred_boxes[fg], target_boxes[fg])
            loss_box = ((1.0 - iou).unsqueeze(-1) * weight).sum() / score_sum
            target_ltrb = bbox2dist(anchors, target_boxes, self.reg_max - 1)
            dfl = self._dfl(pred_dist[fg].view(-1, self.reg_max), target_ltrb[fg])
            loss_dfl = (dfl * weight).sum() / score_sum
        parts = torch.stack((loss_box * self.gains.box, loss_cls * self.gains.cls, loss_dfl * self.gains.dfl))
        return parts.sum() * bs, parts.detach()

    def _decode(self, anchors: torch.Tensor, pred_dist: torch.Tensor) -> torch.Tensor:
        b, a, _ = pred_dist.shape
        proj = torch.arange(self.reg_max, dtype=pred_dist.dtype, device=pred_dist.device)
        dist = pred_dist.view(b, a, 4, self.reg_max).softmax(3).matmul(proj)
        return dist2bbox(dist, anchors, xywh=False, dim=-1)

    def _dfl(self, pred: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        left = target.long()
        right = left + 1
        w_left = right - target
        w_right = 1 - w_left
        ce_l = F.cross_entropy(pred, left.view(-1), reduction="none").view(left.shape)
        ce_r = F.cross_entropy(pred, right.view(-1), reduction="none").view(left.shape)
        return (ce_l * w_left + ce_r * w_right).mean(-1, keepdim=True)

    @staticmethod
    def _batch_targets(targets: torch.Tensor, bs: int, imgsz: int, dtype: torch.dtype,
                       device: torch.device) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Pad per-image targets to [B, M, ...] with a validity mask; boxes to xyxy pixels."""
        counts = torch.bincount(targets[:, 0].long(), minlength=bs) if len(targets) else torch.zeros(bs, dtype=torch.long)
        m = int(counts.max()) if len(targets) else 0
        labels = torch.zeros(bs, m, 1, dtype=dtype, device=device)
        boxes = torch.zeros(bs, m, 4, dtype=dtype, device=device)
        mask = torch.zeros(bs, m, 1, dtype=dtype, device=device)
        for i in range(bs):
            rows = targets[targets[:, 0].long() == i]
            n = len(rows)
            if n == 0:
                continue
            xywh = rows[:, 2:6].to(device=device, dtype=dtype) * imgsz
            labels[i, :n, 0] = rows[:, 1].to(dtype)
            boxes[i, :n] = torch.cat((xywh[:, :2] - xywh[:, 2:] / 2, xywh[:, :2] + xywh[:, 2:] / 2), 1)
            mask[i, :n] = 1
        return labels, boxes, mask
