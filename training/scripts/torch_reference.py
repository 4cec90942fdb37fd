"""PyTorch's outputs of a saved model (`--save-weights`) on raw float32 inputs, for comparing runtimes.

    /usr/bin/python3 training/scripts/torch_reference.py --weights M.pt --input in.f32 --shape 2,3,96,96 --output out.f32

Input and output are raw little-endian float32, C order (the app's Float32Array bytes). The
training smoke test (issue 7) writes the inputs with the app's own preprocessing, runs this, and
compares with onnxruntime-node on the exported ONNX file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from spine_training.export.torch_weights import load_model  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--weights", type=Path, required=True)
    p.add_argument("--input", type=Path, required=True)
    p.add_argument("--shape", required=True, help="comma-separated input shape, e.g. 2,32,32,3")
    p.add_argument("--output", type=Path, required=True)
    args = p.parse_args()
    torch.set_num_threads(1)
    shape = [int(d) for d in args.shape.split(",")]
    x = np.fromfile(args.input, dtype="<f4")
    if x.size != int(np.prod(shape)):
        raise SystemExit(f"{args.input}: {x.size} values, shape {shape} needs {int(np.prod(shape))}")
    model = load_model(args.weights)
    with torch.no_grad():
        y = model(torch.from_numpy(x.reshape(shape)))
    y.numpy().astype("<f4").tofile(args.output)
    print(f"{args.output}: {list(y.shape)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
