"""ONNX export with the app's interfaces, model cards and the models/manifest.json entry."""
