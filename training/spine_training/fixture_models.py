"""Small ONNX models of the real architectures with fixed random weights, and PyTorch reference
outputs, for the app's inference tests (issue 6, "Test models"; issue 7: app inference on our
ONNX must match PyTorch within 1e-4). Written by training/scripts/make_test_models.py.

Random weights are made "realistic" enough to test with: BatchNorm statistics are set from a
few random batches (so activations are not blown up by raw 0-255 inputs) and detector class
biases are zeroed (scores spread around 0.5 instead of the 1e-5 prior), so the reference values
actually exercise the numbers. Everything is seeded; the same torch version writes the same
bytes.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import numpy as np
import torch
from torch import nn

from .data.letterbox import letterbox
from .export.export_models import export_detector, export_grader
from .export.model_manifest import upsert_model
from .export.model_metadata import DETECTOR_KIND, DETECTOR_PREPROCESSING, GRADER_KIND, GRADER_PREPROCESSING
from .models.deepscorenet import DeepScoreNet
from .models.yolov8 import YoloScale, YoloV8
from .synthetic_export import _blob_image, _crop
from .vocabulary import CONDITION_GROUPS, GRADES, detector_class_names

SEED = 20240
WIDTH = 0.0625
VERSION = "0.0.0-test"
DATE = "2025-01-01T00:00:00Z"
SOURCE = "random weights (fixed seed) from training/scripts/make_test_models.py; not a trained model"
CARD = "TEST_MODELS.md"


@torch.no_grad()
def _calibrate_batchnorm(model: nn.Module, batches: list[torch.Tensor]) -> None:
    """Cumulative BN statistics over the given batches (momentum None), then eval mode."""
    for m in model.modules():
        if isinstance(m, nn.BatchNorm2d):
            m.reset_running_stats()
            m.momentum = None
    model.train()
    for b in batches:
        model(b)
    model.eval()


def _seeded(model_id: str) -> tuple[torch.Generator, np.random.Generator]:
    """Each model draws from its own seed (SEED + crc32 of its id), so one model's weights and
    inputs do not depend on which other models were written before it."""
    seed = SEED + zlib.crc32(model_id.encode())
    torch.manual_seed(seed)
    return torch.Generator().manual_seed(seed), np.random.default_rng(seed)


def _detector_inputs(imgsz: int, gen: torch.Generator) -> tuple[torch.Tensor, np.ndarray, np.ndarray, dict]:
    rng = np.random.default_rng(SEED)
    native = _blob_image(rng, 256, 320, [(160, 60), (150, 100), (145, 140), (150, 180), (165, 215)])
    boxed, geo = letterbox(native, imgsz)
    slice_input = torch.from_numpy(boxed).float().div(255)[None].expand(3, -1, -1)
    noise = torch.rand(3, imgsz, imgsz, generator=gen)
    x = torch.stack([slice_input, noise]).contiguous()
    return x, native, boxed, {"scale": geo.scale, "padX": geo.pad_x, "padY": geo.pad_y}


def _write_f32(path: Path, t: torch.Tensor) -> dict:
    a = np.ascontiguousarray(t.detach().cpu().numpy().astype("<f4"))
    path.write_bytes(a.tobytes())
    return {"file": path.name, "shape": list(a.shape), "dtype": "float32", "byteOrder": "little"}


def make_test_models(out: Path, imgsz: int = 640, extra_detector_sizes: tuple[int, ...] = (320,),
                     groups: tuple[str, ...] = CONDITION_GROUPS) -> dict:
    out = Path(out)
    ref = out / "reference"
    ref.mkdir(parents=True, exist_ok=True)
    manifest_path = out / "manifest.json"
    if manifest_path.exists():
        manifest_path.unlink()
    (out / CARD).write_text(_card_text(imgsz), encoding="utf-8")
    cases = []

    def add_case(model_id: str, file: str, model: nn.Module, x: torch.Tensor, names: tuple[str, str], note: str) -> None:
        with torch.no_grad():
            y = model(x)
        cases.append({"id": model_id, "model": file, "inputName": names[0], "outputName": names[1], "note": note,
                      "input": _write_f32(ref / f"{model_id}.input.f32", x),
                      "output": _write_f32(ref / f"{model_id}.output.f32", y)})

    letterbox_case = None
    for size in (imgsz, *extra_detector_sizes):
        for group in groups if size == imgsz else ("spinal",):
            names = detector_class_names(group)
            model_id = f"yolov8-w{WIDTH:g}-{group}-{size}-test"
            gen, _ = _seeded(model_id)
            model = YoloV8(len(names), YoloScale(width=WIDTH), imgsz=size)
            for seq in model.detect.cv3:
                seq[-1].bias.data.zero_()
            x, native, boxed, geo = _detector_inputs(size, gen)
            _calibrate_batchnorm(model, [x])
            file = f"{model_id}.onnx"
            export_detector(model, group, size, out / file, VERSION, DATE)
            add_case(model_id, file, model, x, ("images", "output0"),
                     "batch 0: a letterboxed synthetic slice (see letterbox); batch 1: uniform noise")
            if size == imgsz:
                upsert_model(manifest_path, out / file, out / CARD, {
                    "id": model_id, "kind": DETECTOR_KIND, "condition": group, "version": VERSION,
                    "inputSize": size, "classNames": names, "preprocessing": DETECTOR_PREPROCESSING,
                    "source": SOURCE, "metrics": {}})
            if letterbox_case is None:
                (ref / "letterbox-source.u8").write_bytes(native.tobytes())
                (ref / f"letterbox-{size}.u8").write_bytes(boxed.tobytes())
                letterbox_case = {"source": {"file": "letterbox-source.u8", "shape": list(native.shape), "dtype": "uint8"},
                                  "letterboxed": {"file": f"letterbox-{size}.u8", "shape": list(boxed.shape), "dtype": "uint8"},
                                  "geometry": geo, "note": "bilinear (half-pixel centres, no antialias), rounded half up to 8 bit, "
                                  "pad 114, centred; the detector batch-0 input is this /255 in 3 channels"}

    for group in groups:
        model_id = f"deepscorenet-{group}-test"
        gen, rng = _seeded(model_id)
        model = DeepScoreNet()
        crops = np.stack([_crop(rng, g) for g in (0, 1, 2)] + [rng.integers(0, 256, (32, 32), dtype=np.uint8)])
        x = torch.from_numpy(crops).float()[..., None].expand(-1, -1, -1, 3).contiguous()
        _calibrate_batchnorm(model, [torch.rand(8, 32, 32, 3, generator=gen) * 255, x])
        file = f"{model_id}.onnx"
        export_grader(model, group, out / file, VERSION, DATE)
        add_case(model_id, file, model, x, ("input", "probabilities"),
                 "crops 0-2: synthetic dark discs (grade 0, 1, 2 of synthetic_export); crop 3: uniform noise")
        upsert_model(manifest_path, out / file, out / CARD, {
            "id": model_id, "kind": GRADER_KIND, "condition": group, "version": VERSION, "inputSize": 32,
            "classNames": list(GRADES), "preprocessing": GRADER_PREPROCESSING, "source": SOURCE, "metrics": {}})

    index = {"generator": "training/scripts/make_test_models.py", "seed": SEED, "torch": torch.__version__,
             "tolerance": {
                 "maxAbsDiff": 1e-4,
                 "detectorBoxRows": "output0 rows 0-3 (cx, cy, w, h) are input pixels up to ~S: compare them "
                                    "divided by S (normalised); float32 reordering between PyTorch and onnxruntime "
                                    "moves them by ~1e-3 px (~5e-6 normalised), over 1e-4 absolute but far under "
                                    "1e-4 of the input. Rows 4+ (sigmoid scores) and grader probabilities as they are."},
             "cases": cases, "letterbox": letterbox_case}
    (ref / "index.json").write_text(json.dumps(index, indent=2) + "\n", encoding="utf-8")
    return index


def _card_text(imgsz: int) -> str:
    return f"""# Test models (not trained)

Written by `training/scripts/make_test_models.py` for the app's inference tests. They have the real
architectures and interfaces (YOLOv8 at width multiple {WIDTH} instead of 0.25, imgsz {imgsz}; DeepScoreNet
exactly) with fixed random weights, so their outputs mean nothing clinically. `reference/index.json`
lists PyTorch outputs for fixed inputs (raw little-endian float32 files); onnxruntime must match them
within max |difference| 1e-4.
"""
