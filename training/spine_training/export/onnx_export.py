"""torch -> ONNX (opset 17) with a dynamic batch axis and string metadata props.

The app reads the interface (names, shapes, metadata) with onnxruntime-node; Python has no
onnxruntime here, so the export is checked with `onnx.checker` and by reading the graph back.
"""

from __future__ import annotations

import copy
import io
import warnings
from pathlib import Path

import onnx
import torch
from torch import nn

OPSET = 17


def export_onnx(model: nn.Module, example: torch.Tensor, path: Path, input_name: str, output_name: str,
                metadata: dict[str, str], output_shape: list[int]) -> onnx.ModelProto:
    """`output_shape`: the output's shape for a batch of one (its non-batch dims get pinned)."""
    model = copy.deepcopy(model).cpu().eval()
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        # Tracing turns the static spatial sizes into constants, which is what we want.
        warnings.simplefilter("ignore", torch.jit.TracerWarning)
        torch.onnx.export(
            model, (example.cpu(),), buffer, opset_version=OPSET, do_constant_folding=True,
            input_names=[input_name], output_names=[output_name],
            dynamic_axes={input_name: {0: "batch"}, output_name: {0: "batch"}},
        )
    proto = onnx.load_from_string(buffer.getvalue())
    _pin_static_dims(proto, output_name, output_shape)
    del proto.metadata_props[:]
    for key, value in metadata.items():
        entry = proto.metadata_props.add()
        entry.key, entry.value = key, str(value)
    onnx.checker.check_model(proto, full_check=True)  # full_check: shape inference agrees with the pinned dims
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    onnx.save(proto, str(path))
    return proto


def _pin_static_dims(proto: onnx.ModelProto, output_name: str, shape: list[int]) -> None:
    """The tracer names the output's non-batch dims symbolically ('Concatoutput0_dim_1'); they are
    fixed by the architecture, so write them as numbers, as Ultralytics' export shows them
    ([batch, 4 + nc, A]), for the app to check the interface without running the model."""
    for out in proto.graph.output:
        if out.name != output_name:
            continue
        for i, dim in enumerate(out.type.tensor_type.shape.dim):
            if i > 0:
                dim.Clear()
                dim.dim_value = shape[i]


def graph_interface(proto: onnx.ModelProto) -> dict:
    """Inputs/outputs as {name: (elem_type name, [dims])}, dims as int or the symbolic name."""
    def describe(values) -> dict:
        out = {}
        for v in values:
            t = v.type.tensor_type
            dims = [d.dim_value if d.HasField("dim_value") else d.dim_param for d in t.shape.dim]
            out[v.name] = (onnx.TensorProto.DataType.Name(t.elem_type), dims)
        return out
    return {"inputs": describe(proto.graph.input), "outputs": describe(proto.graph.output),
            "metadata": {p.key: p.value for p in proto.metadata_props}}
