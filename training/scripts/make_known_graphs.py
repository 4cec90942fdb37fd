#!/usr/bin/python3
"""Hand-built ONNX graphs whose outputs are known exactly, for the inference tests (issue 6).

They follow the two model interfaces of shared/design/seed-method.md:
  detector: input `images` float32 [N,3,S,S] (RGB 0..1, letterboxed), output `output0`
            float32 [N, 4+nc, A] with rows (cx, cy, w, h) in input pixels then nc sigmoid scores,
            A = (S/8)^2 + (S/16)^2 + (S/32)^2; metadata `names`, `imgsz`, `stride`, `task`.
  grader:   input `input` float32 [N,32,32,3] (raw 0..255), output `probabilities` [N,3].

Graphs written to --out (default test/fixtures/known-graphs, gitignored; CI regenerates them):
  fixed-detector.onnx        static batch 1, S=64, 5 spinal classes; ignores its pixels and emits
                             the planted anchors of FIXED_ANCHORS (decoding, threshold, NMS, mapping).
  blob-detector-<c>.onnx     dynamic batch, S=256, for c in spinal/foraminal/subarticular: the score
                             of class k at a stride-8 anchor is the mean of channel 0 over that 8x8
                             cell when the cell lies in class k's region (level = one of 5 horizontal
                             bands of the input, side = left/right half of the input for 10-class
                             sets), else 0; every box is 16x16 at its anchor centre.
  mean-grader.onnx           dynamic batch: m = mean(input)/255, logits = m*[-4,0,4] + [2,0,-2],
                             probabilities = softmax(logits).
  detector-wrong-classes.onnx  like fixed-detector but 6 score rows for 5 names (must be refused).
  detector-wrong-anchors.onnx  output0 [1, 9, 80] where S=64 needs 84 anchors (must be refused).
  detector-wrong-input.onnx    input named `x` (must be refused).
  grader-wrong-output.onnx     probabilities [N, 4] (must be refused).

With --timing-from DIR (a model folder with a manifest.json listing full-size yolov8-detect models),
also writes timing-detector-<c>.onnx for the benchmark (bench/inference.bench.ts): the real YOLOv8
graph runs in full and its output is added times zero to the blob detector's at the same input size,
so a run costs what YOLOv8 costs while detecting the synthetic structures as a trained detector would.

Uses only Debian's python3-onnx and python3-numpy: run with /usr/bin/python3.
"""
import argparse
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 17
LEVELS = ["L1_L2", "L2_L3", "L3_L4", "L4_L5", "L5_S1"]
CLASS_NAMES = {
    "spinal": [f"Spinal_Canal_Stenosis_{lv}" for lv in LEVELS],
    "foraminal": [f"Left_Neural_Foraminal_Narrowing_{lv}" for lv in LEVELS]
    + [f"Right_Neural_Foraminal_Narrowing_{lv}" for lv in LEVELS],
    "subarticular": [f"Left_Subarticular_Stenosis_{lv}" for lv in LEVELS]
    + [f"Right_Subarticular_Stenosis_{lv}" for lv in LEVELS],
}

# (anchor index, cx, cy, w, h, {class: score}) planted in fixed-detector.onnx (S=64, A=84).
# The test (test/unit/inference/decodeDetections.test.ts) derives its expectations from these
# numbers by hand; keep both in step.
FIXED_ANCHORS = [
    (0, 20.0, 20.0, 16.0, 16.0, {0: 0.9}),
    (1, 22.0, 20.0, 16.0, 16.0, {0: 0.8}),   # IoU with anchor 0 = 224/288 = 0.778 > 0.7: suppressed
    (2, 24.0, 20.0, 16.0, 16.0, {0: 0.85}),  # IoU with anchor 0 = 192/320 = 0.6: kept
    (3, 20.0, 20.0, 16.0, 16.0, {1: 0.7}),   # same box as anchor 0, other class: kept
    (4, 40.0, 40.0, 16.0, 16.0, {2: 0.24}),  # below the 0.25 threshold
    (5, 44.0, 40.0, 16.0, 16.0, {2: 0.25}),  # at the threshold: dropped (scores must exceed it)
    (6, 50.0, 10.0, 16.0, 8.0, {3: 0.6, 4: 0.5}),  # one class per anchor: class 3 only
    (70, 32.0, 48.0, 8.0, 8.0, {4: 0.3}),    # a stride-16 anchor
]


def anchors(size):
    return sum((size // s) ** 2 for s in (8, 16, 32))


def metadata(model, names, size, condition, kind="yolov8-detect"):
    props = {
        "names": repr({i: n for i, n in enumerate(names)}),
        "imgsz": repr([size, size]),
        "stride": "32",
        "task": "detect",
        "kind": kind,
        "condition": condition,
        "version": "known-graph-1",
    }
    helper.set_model_props(model, props)


def save(model, out, name):
    model.ir_version = 8
    onnx.checker.check_model(model)
    path = os.path.join(out, name)
    temp = f"{path}.{os.getpid()}.tmp"
    onnx.save(model, temp)
    os.replace(temp, path)  # atomic: a test reading the folder never sees half a file
    print(f"wrote {path}")


def const(name, array):
    return numpy_helper.from_array(np.asarray(array, dtype=np.float32), name)


def fixed_output(nc, size, planted):
    a = anchors(size)
    out = np.zeros((1, 4 + nc, a), dtype=np.float32)
    for index, cx, cy, w, h, scores in planted:
        out[0, 0:4, index] = (cx, cy, w, h)
        for k, s in scores.items():
            out[0, 4 + k, index] = s
    return out


def fixed_detector(nc, size, rows=None, anchor_count=None, input_name="images"):
    """A graph that emits a constant output0; the input only sets the batch size (zero times its mean)."""
    out = fixed_output(nc, size, FIXED_ANCHORS)
    if rows is not None:
        out = np.concatenate([out, np.zeros((1, rows - out.shape[1], out.shape[2]), np.float32)], axis=1)
    if anchor_count is not None:
        out = out[:, :, :anchor_count]
    nodes = [
        helper.make_node("ReduceMean", [input_name], ["mean"], axes=[1, 2, 3], keepdims=1),  # [1,1,1,1]
        helper.make_node("Reshape", ["mean", "shape_n11"], ["mean_n11"]),
        helper.make_node("Mul", ["mean_n11", "zero"], ["nothing"]),
        helper.make_node("Add", ["nothing", "planted"], ["output0"]),
    ]
    graph = helper.make_graph(
        nodes,
        "fixed_detector",
        [helper.make_tensor_value_info(input_name, TensorProto.FLOAT, [1, 3, size, size])],
        [helper.make_tensor_value_info("output0", TensorProto.FLOAT, list(out.shape))],
        initializer=[
            const("zero", 0.0),
            const("planted", out),
            numpy_helper.from_array(np.array([-1, 1, 1], dtype=np.int64), "shape_n11"),
        ],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])


def blob_detector(condition, size):
    names = CLASS_NAMES[condition]
    nc = len(names)
    g = size // 8
    a = anchors(size)
    mask = np.zeros((1, nc, a), dtype=np.float32)
    boxes = np.zeros((1, 4, a), dtype=np.float32)
    index = 0
    for stride in (8, 16, 32):
        cells = size // stride
        for i in range(cells):
            for j in range(cells):
                boxes[0, :, index] = ((j + 0.5) * stride, (i + 0.5) * stride, 16.0, 16.0)
                if stride == 8:
                    level = (i * 5) // g
                    side = 0 if j < g // 2 else 1
                    k = level if nc == 5 else side * 5 + level
                    mask[0, k, index] = 1.0
                index += 1
    nodes = [
        helper.make_node("Slice", ["images", "c_start", "c_end", "c_axis"], ["grey"]),  # [N,1,S,S]
        helper.make_node("AveragePool", ["grey"], ["pooled"], kernel_shape=[8, 8], strides=[8, 8]),
        helper.make_node("Reshape", ["pooled", "flat_shape"], ["flat"]),  # [N,1,G*G]
        helper.make_node("Pad", ["flat", "pads", "pad_value"], ["per_anchor"], mode="constant"),  # [N,1,A]
        helper.make_node("Mul", ["per_anchor", "mask"], ["scores"]),  # [N,nc,A]
        helper.make_node("Mul", ["per_anchor", "zeros4"], ["zero_boxes"]),  # [N,4,A]
        helper.make_node("Add", ["zero_boxes", "boxes"], ["box_rows"]),
        helper.make_node("Concat", ["box_rows", "scores"], ["output0"], axis=1),
    ]
    i64 = lambda name, values: numpy_helper.from_array(np.array(values, dtype=np.int64), name)  # noqa: E731
    graph = helper.make_graph(
        nodes,
        f"blob_detector_{condition}",
        [helper.make_tensor_value_info("images", TensorProto.FLOAT, ["batch", 3, size, size])],
        [helper.make_tensor_value_info("output0", TensorProto.FLOAT, ["batch", 4 + nc, a])],
        initializer=[
            i64("c_start", [0]),
            i64("c_end", [1]),
            i64("c_axis", [1]),
            i64("flat_shape", [0, 1, -1]),
            i64("pads", [0, 0, 0, 0, 0, a - g * g]),
            const("pad_value", 0.0),
            const("mask", mask),
            const("zeros4", np.zeros((1, 4, a))),
            const("boxes", boxes),
        ],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
    metadata(model, names, size, condition)
    return model


def mean_grader(classes=3):
    slope = [-4.0, 0.0, 4.0, 1.0][:classes]
    offset = [2.0, 0.0, -2.0, 0.0][:classes]
    nodes = [
        helper.make_node("ReduceMean", ["input"], ["mean"], axes=[1, 2, 3], keepdims=0),  # [N]
        helper.make_node("Unsqueeze", ["mean", "axis1"], ["mean_n1"]),  # [N,1]
        helper.make_node("Div", ["mean_n1", "full_scale"], ["m"]),
        helper.make_node("Mul", ["m", "slope"], ["scaled"]),
        helper.make_node("Add", ["scaled", "offset"], ["logits"]),
        helper.make_node("Softmax", ["logits"], ["probabilities"], axis=1),
    ]
    graph = helper.make_graph(
        nodes,
        "mean_grader",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", 32, 32, 3])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", classes])],
        initializer=[
            numpy_helper.from_array(np.array([1], dtype=np.int64), "axis1"),
            const("full_scale", 255.0),
            const("slope", [slope]),
            const("offset", [offset]),
        ],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
    helper.set_model_props(model, {"kind": "deepscorenet-grade", "version": "known-graph-1"})
    return model


def timing_detector(yolo_path, condition, size):
    """The YOLOv8 graph with the blob detector beside it: output0 = blob + 0 * yolo (same shape)."""
    yolo = onnx.load(yolo_path)
    blob = blob_detector(condition, size)
    graph = yolo.graph
    for node in graph.node:
        node.output[:] = ["yolo_output0" if o == "output0" else o for o in node.output]
        node.input[:] = ["yolo_output0" if i == "output0" else i for i in node.input]
    rename = lambda n: n if n == "images" else f"blob_{n}"  # noqa: E731
    for node in blob.graph.node:
        node.input[:] = [rename(i) for i in node.input]
        node.output[:] = [rename(o) for o in node.output]
        node.name = rename(node.name or node.output[0])
        graph.node.append(node)
    for init in blob.graph.initializer:
        init.name = rename(init.name)
        graph.initializer.append(init)
    graph.initializer.append(const("timing_zero", 0.0))
    graph.node.append(helper.make_node("Mul", ["yolo_output0", "timing_zero"], ["yolo_zeroed"]))
    graph.node.append(helper.make_node("Add", ["blob_output0", "yolo_zeroed"], ["output0"]))
    nc = len(CLASS_NAMES[condition])
    del graph.output[:]
    graph.output.append(helper.make_tensor_value_info("output0", TensorProto.FLOAT, ["batch", 4 + nc, anchors(size)]))
    props = {p.key: p.value for p in yolo.metadata_props}
    props["version"] = f"timing-{props.get('version', '0')}"
    props["description"] = "benchmark only: YOLOv8 compute, blob-detector output"
    del yolo.metadata_props[:]
    helper.set_model_props(yolo, props)
    return yolo


def write_timing_models(source, out):
    import json

    manifest = json.load(open(os.path.join(source, "manifest.json")))
    for condition in CLASS_NAMES:
        detectors = [m for m in manifest["models"] if m["kind"] == "yolov8-detect" and m["condition"] == condition]
        if not detectors:
            raise SystemExit(f"{source}/manifest.json lists no {condition} yolov8-detect model")
        entry = detectors[0]
        model = timing_detector(os.path.join(source, entry["file"]), condition, entry["inputSize"])
        save(model, out, f"timing-detector-{condition}.onnx")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default="test/fixtures/known-graphs")
    parser.add_argument("--timing-from", help="model folder with full-size YOLOv8 detectors: write only the timing detectors")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if args.timing_from:
        write_timing_models(args.timing_from, args.out)
        return

    spinal = CLASS_NAMES["spinal"]
    model = fixed_detector(5, 64)
    metadata(model, spinal, 64, "spinal")
    save(model, args.out, "fixed-detector.onnx")

    for condition in CLASS_NAMES:
        save(blob_detector(condition, 256), args.out, f"blob-detector-{condition}.onnx")
    save(mean_grader(), args.out, "mean-grader.onnx")

    model = fixed_detector(5, 64, rows=4 + 6)
    metadata(model, spinal, 64, "spinal")
    save(model, args.out, "detector-wrong-classes.onnx")
    model = fixed_detector(5, 64, anchor_count=80)
    metadata(model, spinal, 64, "spinal")
    save(model, args.out, "detector-wrong-anchors.onnx")
    model = fixed_detector(5, 64, input_name="x")
    metadata(model, spinal, 64, "spinal")
    save(model, args.out, "detector-wrong-input.onnx")
    save(mean_grader(classes=4), args.out, "grader-wrong-output.onnx")
    with open(os.path.join(args.out, ".complete"), "w") as stamp:
        stamp.write("make_known_graphs.py\n")


if __name__ == "__main__":
    main()
