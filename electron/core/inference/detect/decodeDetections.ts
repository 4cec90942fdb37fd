/** A box in some pixel frame, corners (x1, y1) top-left and (x2, y2) bottom-right. */
export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** One candidate from a detector output: a box in detector-input pixels, its best class and score. */
export interface RawDetection {
  readonly box: Box;
  readonly classIndex: number;
  readonly score: number;
  /** Anchor index in output0, for tracing. */
  readonly anchor: number;
}

/** A view of `output0` [N, 4 + nc, A]. */
export interface DetectorOutput {
  readonly data: Float32Array;
  readonly batch: number;
  readonly classes: number;
  readonly anchors: number;
}

/**
 * The candidates of one image of an Ultralytics YOLOv8 `output0` (seed-method.md): for each
 * anchor, rows 0–3 are (cx, cy, w, h) in input pixels and rows 4… the sigmoid score of each
 * class. As Ultralytics' non_max_suppression with multi_label off, an anchor counts once, under
 * its best class, and only when that score is strictly above `threshold`.
 */
export function decodeDetections(output: DetectorOutput, image: number, threshold: number): RawDetection[] {
  const { data, classes, anchors } = output;
  if (image < 0 || image >= output.batch) throw new Error(`image ${image} is outside the batch of ${output.batch}`);
  const rows = 4 + classes;
  if (data.length !== output.batch * rows * anchors)
    throw new Error(`output0 holds ${data.length} values, expected ${output.batch}×${rows}×${anchors}`);
  const base = image * rows * anchors;
  const found: RawDetection[] = [];
  for (let a = 0; a < anchors; a++) {
    let best = -Infinity;
    let bestClass = -1;
    for (let k = 0; k < classes; k++) {
      const score = data[base + (4 + k) * anchors + a] as number;
      if (score > best) {
        best = score;
        bestClass = k;
      }
    }
    if (!(best > threshold)) continue;
    const cx = data[base + a] as number;
    const cy = data[base + anchors + a] as number;
    const w = data[base + 2 * anchors + a] as number;
    const h = data[base + 3 * anchors + a] as number;
    found.push({ box: { x1: cx - w / 2, y1: cy - h / 2, x2: cx + w / 2, y2: cy + h / 2 }, classIndex: bestClass, score: best, anchor: a });
  }
  return found;
}
