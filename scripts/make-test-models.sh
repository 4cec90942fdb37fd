#!/usr/bin/env bash
# Generates the app's test ONNX models (gitignored): the real YOLOv8 (reduced width) and
# DeepScoreNet architectures with fixed random weights, their manifest and PyTorch reference
# outputs (issue 6 "Test models"). Needs Debian's python3-torch, python3-onnx, python3-yaml.
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/bin/python3 training/scripts/make_test_models.py --out test/fixtures/models
