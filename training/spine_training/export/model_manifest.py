"""Writes or updates one entry of `models/manifest.json`, the app's model registry (issue 6):

    { "manifestVersion": 1, "models": [ { "id", "kind", "condition", "file", "sha256",
      "version", "inputSize", "classNames", "preprocessing", "source", "metrics", "card" } ] }

`file` and `card` are names relative to the manifest's folder; the ONNX file and its card are
copied there when they live elsewhere. The sha256 is of the ONNX file as written, which the app
checks before it loads a model. The write is atomic (temp file + rename) so a crash never leaves
a half-written registry.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

MANIFEST_VERSION = 1
ENTRY_KEYS = ("id", "kind", "condition", "file", "sha256", "version", "inputSize", "classNames",
              "preprocessing", "source", "metrics", "card")


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_manifest(path: Path) -> dict:
    path = Path(path)
    if not path.exists():
        return {"manifestVersion": MANIFEST_VERSION, "models": []}
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("manifestVersion") != MANIFEST_VERSION or not isinstance(data.get("models"), list):
        raise ValueError(f"{path}: not a version-{MANIFEST_VERSION} model manifest")
    return data


def upsert_model(manifest_path: Path, model_file: Path, card_file: Path | None, entry: dict) -> dict:
    """Copy the model (and card) next to the manifest if needed, hash it, and insert or replace
    the entry with the same id. Returns the entry written."""
    manifest_path = Path(manifest_path)
    folder = manifest_path.parent
    folder.mkdir(parents=True, exist_ok=True)
    model_dest = _place(Path(model_file), folder)
    card_dest = _place(Path(card_file), folder) if card_file else None
    full = {**entry, "file": model_dest.name, "sha256": sha256_of(model_dest),
            "card": card_dest.name if card_dest else None}
    missing = [k for k in ENTRY_KEYS if k not in full]
    if missing:
        raise ValueError(f"manifest entry {entry.get('id')!r} lacks {missing}")
    data = read_manifest(manifest_path)
    data["models"] = [m for m in data["models"] if m.get("id") != full["id"]] + [
        {k: full[k] for k in ENTRY_KEYS}
    ]
    data["models"].sort(key=lambda m: (m["kind"], m["condition"], m["id"]))
    _write_atomic(manifest_path, json.dumps(data, indent=2) + "\n")
    return full


def _place(src: Path, folder: Path) -> Path:
    dest = folder / src.name
    if src.resolve() != dest.resolve():
        shutil.copyfile(src, dest)
    return dest


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, 0o644)  # mkstemp creates 0600; the registry is an ordinary shared file
    os.replace(tmp, path)
