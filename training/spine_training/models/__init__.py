"""Model definitions: DeepScoreNet (Keras-compatible) and YOLOv8 detection in plain PyTorch."""
