#!/usr/bin/env bash
# The training package's tests (pytest, Debian's python3-pytest): models, losses, readers,
# ONNX export and one-epoch smoke runs of each model kind.
set -euo pipefail
cd "$(dirname "$0")/../training"
mkdir -p ../test-results
/usr/bin/python3 -m pytest -q --junitxml=../test-results/training.xml
