#!/usr/bin/env bash
# Generates the inference test fixtures (gitignored): the hand-built ONNX graphs with known outputs
# (issue 6). Needs Debian's python3-onnx and python3-numpy, hence /usr/bin/python3.
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/bin/python3 training/scripts/make_known_graphs.py --out test/fixtures/known-graphs
