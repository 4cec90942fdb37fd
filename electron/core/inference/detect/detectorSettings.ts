/** Detector post-processing settings; kept apart from runDetector so that importing them does not load onnxruntime. */
export interface DetectorSettings {
  /** Scores must exceed this (the seed: 0.25). */
  readonly confidence: number;
  /** Per-class NMS IoU threshold (the seed: 0.7). */
  readonly iou: number;
  /**
   * Images per session run on a GPU provider, for models with a dynamic batch dimension. On the
   * CPU provider images go one at a time: measured on the 2-core machine, CPU time per image is
   * the same at batch 1, 2 and 4 (~125 ms, YOLOv8n at 640), while batch 4 holds ~100 MB more
   * activation memory in each of the three detector sessions.
   */
  readonly batchSize: number;
  /** Detections kept per image after NMS (Ultralytics: 300). */
  readonly maxDetections: number;
}

export const SEED_DETECTOR_SETTINGS: DetectorSettings = { confidence: 0.25, iou: 0.7, batchSize: 4, maxDetections: 300 };
