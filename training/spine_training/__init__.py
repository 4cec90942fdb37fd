"""Spine Review training package.

Trains the two model kinds the app runs (see ../shared/design/seed-method.md and issues 6/7):
YOLOv8n detectors (one per condition group) and DeepScoreNet graders, from the app's training
exports (EXPORT_FORMAT.md), and exports them to ONNX with the interfaces the app reads.
"""

__version__ = "0.1.0"
