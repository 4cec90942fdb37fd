import ast
import json

import onnx
import pytest

from spine_training.export.export_models import export_detector, export_grader
from spine_training.export.onnx_export import OPSET, graph_interface
from spine_training.models.deepscorenet import DeepScoreNet
from spine_training.models.yolov8 import YoloScale, YoloV8
from spine_training.vocabulary import detector_class_names


@pytest.mark.parametrize("group,imgsz", [("foraminal", 640), ("spinal", 320), ("subarticular", 96)])
def test_detector_export_interface_and_metadata(tmp_path, group, imgsz):
    names = detector_class_names(group)
    model = YoloV8(len(names), YoloScale(width=0.0625), imgsz=imgsz)
    path = tmp_path / "d.onnx"
    export_detector(model, group, imgsz, path, "1.2.3")
    proto = onnx.load(str(path))
    onnx.checker.check_model(proto, full_check=True)
    assert proto.opset_import[0].version == OPSET >= 17
    g = graph_interface(proto)
    anchors = (imgsz // 8) ** 2 + (imgsz // 16) ** 2 + (imgsz // 32) ** 2
    assert g["inputs"] == {"images": ("FLOAT", ["batch", 3, imgsz, imgsz])}
    assert g["outputs"] == {"output0": ("FLOAT", ["batch", 4 + len(names), anchors])}
    meta = g["metadata"]
    assert ast.literal_eval(meta["names"]) == dict(enumerate(names))
    assert meta["names"].startswith(f"{{0: '{names[0]}', 1: ")
    assert meta["imgsz"] == f"[{imgsz}, {imgsz}]" and meta["stride"] == "32" and meta["task"] == "detect"
    assert (meta["kind"], meta["condition"], meta["version"]) == ("yolov8-detect", group, "1.2.3")
    assert not any(n.op_type == "NonMaxSuppression" for n in proto.graph.node)


def test_detector_export_refuses_wrong_class_count(tmp_path):
    with pytest.raises(ValueError, match="needs 10"):
        export_detector(YoloV8(5, YoloScale(width=0.0625)), "foraminal", 64, tmp_path / "x.onnx", "1")


def test_grader_export_interface_and_metadata(tmp_path):
    path = tmp_path / "g.onnx"
    export_grader(DeepScoreNet(), "subarticular", path, "2.0")
    proto = onnx.load(str(path))
    onnx.checker.check_model(proto, full_check=True)
    g = graph_interface(proto)
    assert g["inputs"] == {"input": ("FLOAT", ["batch", 32, 32, 3])}
    assert g["outputs"] == {"probabilities": ("FLOAT", ["batch", 3])}
    meta = g["metadata"]
    assert json.loads(meta["classes"]) == ["Normal/Mild", "Moderate", "Severe"]
    assert (meta["kind"], meta["condition"], meta["version"], meta["crop_size"]) == ("deepscorenet-grade", "subarticular", "2.0", "32")
    ops = [n.op_type for n in proto.graph.node]
    # Stem + 2 + 4 + 4 3x3 convs + 3 residual 1x1 convs (BatchNorm folded in); Keras 'same' pooling
    # as one MaxPool node each; three Dense layers; softmax inside.
    assert ops.count("Conv") == 14 and ops.count("MaxPool") == 3 and ops.count("Gemm") == 3
    assert "Softmax" in ops and "Pad" not in ops
