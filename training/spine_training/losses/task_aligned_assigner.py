"""Task-aligned label assignment (Feng et al. 2021, "TOOD", arXiv:2108.07755), as YOLOv8 uses it
(docs.ultralytics.com/reference/utils/tal, TaskAlignedAssigner; top-k 10, alpha 0.5, beta 6).

For every ground-truth box: anchors whose centre lies inside it are candidates; their alignment
metric is score(gt class)^alpha * CIoU(pred, gt)^beta; the top-k candidates become positives.
An anchor claimed by several boxes keeps the one it overlaps most. Targets are one-hot classes
scaled by the alignment metric normalised to the best IoU of that box, so the classification
target is a soft, IoU-aware score.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

from .box_iou import complete_iou


class TaskAlignedAssigner:
    def __init__(self, num_classes: int, topk: int = 10, alpha: float = 0.5, beta: float = 6.0,
                 eps: float = 1e-9) -> None:
        self.nc = num_classes
        self.topk = topk
        self.alpha = alpha
        self.beta = beta
        self.eps = eps

    @torch.no_grad()
    def __call__(self, pd_scores: torch.Tensor, pd_bboxes: torch.Tensor, anchors: torch.Tensor,
                 gt_labels: torch.Tensor, gt_bboxes: torch.Tensor, mask_gt: torch.Tensor
                 ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """pd_scores [B,A,C] (sigmoid), pd_bboxes [B,A,4] xyxy px, anchors [A,2] px,
        gt_labels [B,M,1], gt_bboxes [B,M,4] xyxy px, mask_gt [B,M,1] (1 for real boxes).
        Returns target boxes [B,A,4], target scores [B,A,C] and the foreground mask [B,A]."""
        bs, n_boxes = gt_bboxes.shape[:2]
        n_anchors = anchors.shape[0]
        if n_boxes == 0:
            return (torch.zeros_like(pd_bboxes), torch.zeros_like(pd_scores),
                    torch.zeros(bs, n_anchors, dtype=torch.bool, device=pd_scores.device))

        in_gts = self._anchors_inside(anchors, gt_bboxes) * mask_gt  # [B,M,A]
        metric, overlaps = self._alignment(pd_scores, pd_bboxes, gt_labels, gt_bboxes, in_gts.bool())
        mask_pos = self._topk(metric, mask_gt.expand(-1, -1, self.topk).bool()) * in_gts

        # One box per anchor: where several claim an anchor, keep the highest-overlap box.
        fg = mask_pos.sum(-2)
        if fg.max() > 1:
            multi = (fg.unsqueeze(1) > 1).expand(-1, n_boxes, -1)
            best = F.one_hot(overlaps.argmax(1), n_boxes).permute(0, 2, 1).to(overlaps.dtype)
            mask_pos = torch.where(multi, best, mask_pos)
            fg = mask_pos.sum(-2)
        gt_idx = mask_pos.argmax(-2)  # [B,A]
        fg_mask = fg > 0

        flat_idx = gt_idx + torch.arange(bs, device=gt_idx.device)[:, None] * n_boxes
        labels = gt_labels.long().flatten()[flat_idx].clamp(0)
        target_bboxes = gt_bboxes.view(-1, 4)[flat_idx]
        target_scores = F.one_hot(labels, self.nc).to(pd_scores.dtype)
        target_scores = torch.where(fg_mask[..., None], target_scores, torch.zeros_like(target_scores))

        metric = metric * mask_pos
        best_metric = metric.amax(-1, keepdim=True)
        best_overlap = (overlaps * mask_pos).amax(-1, keepdim=True)
        norm = (metric * best_overlap / (best_metric + self.eps)).amax(-2).unsqueeze(-1)
        return target_bboxes, target_scores * norm, fg_mask

    def _anchors_inside(self, anchors: torch.Tensor, gt_bboxes: torch.Tensor) -> torch.Tensor:
        bs, m = gt_bboxes.shape[:2]
        lt, rb = gt_bboxes.view(-1, 1, 4).chunk(2, 2)
        deltas = torch.cat((anchors[None] - lt, rb - anchors[None]), 2)
        return (deltas.amin(2) > self.eps).view(bs, m, -1).to(gt_bboxes.dtype)

    def _alignment(self, pd_scores: torch.Tensor, pd_bboxes: torch.Tensor, gt_labels: torch.Tensor,
                   gt_bboxes: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        bs, m = gt_bboxes.shape[:2]
        n_anchors = pd_bboxes.shape[1]
        overlaps = torch.zeros(bs, m, n_anchors, dtype=pd_bboxes.dtype, device=pd_bboxes.device)
        scores = torch.zeros_like(overlaps)
        b_idx = torch.arange(bs, device=pd_scores.device).view(-1, 1).expand(-1, m)
        cls_idx = gt_labels.long().squeeze(-1)
        # Score of each box's own class at every anchor: [B, M, A].
        scores[mask] = pd_scores[b_idx, :, cls_idx][mask]
        pd = pd_bboxes.unsqueeze(1).expand(-1, m, -1, -1)[mask]
        gt = gt_bboxes.unsqueeze(2).expand(-1, -1, n_anchors, -1)[mask]
        overlaps[mask] = complete_iou(gt, pd).clamp(0)
        return scores.pow(self.alpha) * overlaps.pow(self.beta), overlaps

    def _topk(self, metric: torch.Tensor, topk_mask: torch.Tensor) -> torch.Tensor:
        k = min(self.topk, metric.shape[-1])
        _, idx = torch.topk(metric, k, dim=-1, largest=True)
        idx = idx.masked_fill(~topk_mask[..., :k], 0)
        count = torch.zeros_like(metric, dtype=torch.int8)
        ones = torch.ones_like(idx[:, :, :1], dtype=torch.int8)
        for j in range(k):
            count.scatter_add_(-1, idx[:, :, j:j + 1], ones)
        # Padded boxes wrote all their k picks to index 0; a count > 1 marks those invalid.
        count.masked_fill_(count > 1, 0)
        return count.to(metric.dtype)
