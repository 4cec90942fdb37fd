"""Trains one YOLOv8 detector on one fold split and scores it on the held-out fold.

Recipe after Ultralytics' defaults (docs.ultralytics.com/usage/cfg): AdamW, weight decay on conv
weights only, warm-up then cosine decay, EMA of the weights (evaluated and exported), loss gains
box 7.5 / cls 0.5 / dfl 1.5. Trained from random initialisation: no COCO weights can be fetched
here (the seed fine-tuned COCO-pretrained yolov8n). Early stopping on the validation fold's loss.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from typing import Callable

import numpy as np
import torch
from torch import nn

from ..data.detector_batches import DetectorAugment, DetectorBatches
from ..data.fold_split import FoldSplit
from ..data.yolo_dataset import YoloDataset
from ..losses.detection_loss import DetectionLoss
from ..metrics.detection_metrics import LocalisationTally
from ..models.yolov8 import YoloScale, YoloV8
from .early_stopping import EarlyStopping
from .model_ema import ModelEma
from .schedule import CosineSchedule
from ..cli_common import log_line
from .time_budget import TimeBudget


@dataclass(frozen=True)
class DetectorConfig:
    imgsz: int = 640
    width: float = 0.25
    epochs: int = 100
    patience: int = 15
    batch: int = 8
    lr: float = 1e-3
    weight_decay: float = 5e-4
    negative_ratio: float | None = 0.5
    minutes: float | None = None
    # Early stopping reads the loss on at most this many validation images (a fixed, seeded sample);
    # the held-out fold is still scored whole at the end. None: every validation image each epoch.
    val_max_images: int | None = None
    # Training boxes are at least this many input pixels wide (see DetectorBatches): two anchor strides.
    min_box_px: float = 16.0
    augment: DetectorAugment = DetectorAugment()


@dataclass
class DetectorResult:
    model: YoloV8
    metrics: dict
    history: list[dict]
    epochs_run: int
    best_epoch: int
    seconds_per_epoch: float
    seconds_total: float


def _param_groups(model: nn.Module, weight_decay: float) -> list[dict]:
    decay, no_decay = [], []
    for module in model.modules():
        for name, p in module.named_parameters(recurse=False):
            if not p.requires_grad:
                continue
            is_weight = name == "weight" and not isinstance(module, nn.BatchNorm2d)
            (decay if is_weight else no_decay).append(p)
    return [{"params": decay, "weight_decay": weight_decay}, {"params": no_decay, "weight_decay": 0.0}]


@torch.no_grad()
def evaluate_detector(model: YoloV8, batches: DetectorBatches, cfg: DetectorConfig,
                      device: torch.device, loss_fn: DetectionLoss) -> dict:
    """Loss and localisation on unaugmented, letterboxed images (`batches` built with augment=None)."""
    model.eval()
    images = batches.images
    tally, total, n = LocalisationTally(), 0.0, 0
    for i in range(0, len(images), cfg.batch):
        b = batches.batch(np.arange(i, min(i + cfg.batch, len(images))))
        raw, shapes = model.raw(b.images.to(device))
        loss, _ = loss_fn(raw, shapes, b.targets.to(device), cfg.imgsz)
        total += float(loss)
        n += len(b.geometry)
        tally.add(model.detect.decode(raw, shapes), b.geometry, b.native_boxes)
    return {"images": len(images), "loss": total / max(n, 1), **tally.report()}


def train_detector_fold(data: YoloDataset, split: FoldSplit, cfg: DetectorConfig, seed: int,
                        device: torch.device, log: Callable[[str], None] = log_line) -> DetectorResult:
    train, val, test = data.select(split.train), data.select((split.val,)), data.select((split.test,))
    for name, rows in (("train", train), ("validation", val), ("test", test)):
        if not rows:
            raise ValueError(f"{data.group}: the {name} folds of '{split.describe()}' hold no images")
    nc = len(data.names)
    model = YoloV8(nc, YoloScale(width=cfg.width), imgsz=cfg.imgsz).to(device)
    ema = ModelEma(model)
    loss_fn = DetectionLoss(nc)
    opt = torch.optim.AdamW(_param_groups(model, cfg.weight_decay), lr=cfg.lr, betas=(0.9, 0.999))
    batches = DetectorBatches(train, data.group, cfg.imgsz, cfg.augment, seed, cfg.negative_ratio, cfg.min_box_px)
    if cfg.val_max_images is not None and len(val) > cfg.val_max_images:
        pick = np.random.default_rng(seed).choice(len(val), cfg.val_max_images, replace=False)
        val = [val[i] for i in sorted(pick)]
    val_batches = DetectorBatches(val, data.group, cfg.imgsz, None, seed, min_box_px=cfg.min_box_px)
    steps_per_epoch = -(-len(batches.epoch_order()) // cfg.batch)
    sched = CosineSchedule(opt, cfg.lr, cfg.epochs * steps_per_epoch, warmup_steps=max(steps_per_epoch, 50))
    stopper, budget = EarlyStopping(cfg.patience), TimeBudget(cfg.minutes)
    history, epoch_times = [], []
    log(f"[detector {data.group}] {split.describe()}: {len(train)} train / {len(val)} val / {len(test)} test images, "
        f"imgsz {cfg.imgsz}, width {cfg.width}, device {device}")
    for epoch in range(cfg.epochs):
        t0 = time.monotonic()
        model.train()
        order = batches.epoch_order()
        parts_sum, seen = torch.zeros(3), 0
        for i in range(0, len(order), cfg.batch):
            idx = order[i:i + cfg.batch]
            if len(idx) < 2:  # BatchNorm needs two samples
                continue
            b = batches.batch(idx)
            raw, shapes = model.raw(b.images.to(device))
            loss, parts = loss_fn(raw, shapes, b.targets.to(device), cfg.imgsz)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 10.0)
            opt.step()
            sched.step()
            ema.update(model)
            parts_sum += parts.cpu() * len(idx)
            seen += len(idx)
        val_metrics = evaluate_detector(ema.ema, val_batches, cfg, device, loss_fn)
        dt = time.monotonic() - t0
        epoch_times.append(dt)
        budget.record_epoch(dt)
        # Re-planned after every epoch: the cosine follows the epochs the time left allows.
        sched.replan(budget.epochs_that_fit(cfg.epochs) * steps_per_epoch)
        box, cls, dfl = (parts_sum / max(seen, 1)).tolist()
        row = {"epoch": epoch + 1, "train_box": box, "train_cls": cls, "train_dfl": dfl,
               "val_loss": val_metrics["loss"], "val_found_rate": val_metrics["found_rate"],
               "val_median_error_px": val_metrics["median_error_px"],
               "val_false_positive_rate": val_metrics["false_positive_rate"], "lr": sched.lr(), "seconds": dt}
        history.append(row)
        log(f"[detector {data.group}] epoch {epoch + 1}/{cfg.epochs} box {box:.3f} cls {cls:.3f} dfl {dfl:.3f} "
            f"val_loss {row['val_loss']:.3f} found {_pct(row['val_found_rate'])} "
            f"median_err {_num(row['val_median_error_px'])}px fp {_pct(row['val_false_positive_rate'])} {dt:.1f}s")
        if stopper.step(epoch, val_metrics["loss"], ema.ema):
            log(f"[detector {data.group}] early stop: no val improvement for {cfg.patience} epochs")
            break
        if not budget.allows_another_epoch():
            log(f"[detector {data.group}] time budget reached after {budget.elapsed():.0f}s")
            break
    final = ema.ema
    stopper.restore(final)
    test_batches = DetectorBatches(test, data.group, cfg.imgsz, None, seed, min_box_px=cfg.min_box_px)
    metrics = {"val": evaluate_detector(final, val_batches, cfg, device, loss_fn),
               "test": evaluate_detector(final, test_batches, cfg, device, loss_fn)}
    t = metrics["test"]
    log(f"[detector {data.group}] best epoch {stopper.best_epoch + 1}; test found {_pct(t['found_rate'])} "
        f"median_err {_num(t['median_error_px'])}px fp {_pct(t['false_positive_rate'])}")
    return DetectorResult(final.cpu().eval(), metrics, history, len(history), stopper.best_epoch + 1,
                          float(np.mean(epoch_times)), budget.elapsed())


def _pct(v: float | None) -> str:
    return "–" if v is None else f"{100 * v:.1f}%"


def _num(v: float | None) -> str:
    return "–" if v is None else f"{v:.1f}"


def config_dict(cfg: DetectorConfig) -> dict:
    return asdict(cfg)
