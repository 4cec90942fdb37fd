"""Training losses: YOLOv8 detection loss (TAL + BCE + CIoU + DFL) and the grader's weighted CE."""
