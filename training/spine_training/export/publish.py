"""After training: write the ONNX file, its metrics JSON and model card into the output folder,
and (optionally) the entry in a models/manifest.json."""

from __future__ import annotations

import json
import platform
import shlex
import sys
from pathlib import Path

import torch

from ..data.export_manifest import ExportManifest
from .model_card import write_model_card
from .model_manifest import sha256_of, upsert_model


def reproduce_command(module: str, argv: list[str]) -> str:
    return f"/usr/bin/python3 -m {module} {shlex.join(argv)}"


def data_section(export: ExportManifest, data_dir: Path) -> dict:
    raw = export.raw
    return {
        "export folder": str(data_dir),
        "source database": export.source_database,
        "label snapshot": export.label_snapshot_at,
        "label set": raw.get("labelSet"),
        "export created": raw.get("createdAt"),
        "export tool": raw.get("tool"),
        "normalisation": raw.get("normalisation"),
    }


def run_section(seed: int, device: torch.device, epochs_run: int, best_epoch: int,
                seconds_per_epoch: float, seconds_total: float, date: str) -> dict:
    return {
        "date": date,
        "seed": seed,
        "device": str(device) + (f" ({torch.cuda.get_device_name(device)})" if device.type == "cuda" else
                                 f" ({platform.processor() or platform.machine()}, {torch.get_num_threads()} threads)"),
        "torch": torch.__version__,
        "python": sys.version.split()[0],
        "epochs run": epochs_run,
        "best epoch": best_epoch,
        "seconds per epoch (mean)": round(seconds_per_epoch, 2),
        "seconds total": round(seconds_total, 1),
    }


def publish(out_dir: Path, model_id: str, export_fn, record: dict, history: list[dict],
            manifest_entry: dict, manifest_path: Path | None) -> dict:
    """`export_fn(path)` writes the ONNX file. Returns the manifest entry (with sha256)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    onnx_path = out_dir / f"{model_id}.onnx"
    export_fn(onnx_path)
    card_path = write_model_card(out_dir / f"{model_id}.md", {**record, "id": model_id, "file": onnx_path.name})
    entry = {**manifest_entry, "id": model_id, "file": onnx_path.name, "sha256": sha256_of(onnx_path),
             "card": card_path.name}
    (out_dir / f"{model_id}.metrics.json").write_text(
        json.dumps({"entry": entry, "metrics": record["metrics"], "history": history}, indent=2) + "\n", encoding="utf-8")
    if manifest_path is not None:
        entry = upsert_model(manifest_path, onnx_path, card_path, entry)
    return entry
