import type { Box, RawDetection } from './decodeDetections';

export function boxArea(b: Box): number {
  return Math.max(0, b.x2 - b.x1) * Math.max(0, b.y2 - b.y1);
}

/** Intersection over union of two boxes; 0 when either is empty. */
export function intersectionOverUnion(a: Box, b: Box): number {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  const union = boxArea(a) + boxArea(b) - inter;
  return union > 0 ? inter / union : 0;
}

/**
 * Greedy per-class non-maximum suppression, as Ultralytics' non_max_suppression (agnostic off)
 * through torchvision.ops.nms: highest score first; a box whose IoU with an already kept box of
 * the same class is above `iouThreshold` is dropped. At most `maxDetections` are kept (300 in
 * Ultralytics), best first; equal scores keep the earlier anchor first.
 */
export function nonMaxSuppression(candidates: readonly RawDetection[], iouThreshold: number, maxDetections = 300): RawDetection[] {
  const order = candidates
    .map((d, i) => ({ d, i }))
    .sort((a, b) => b.d.score - a.d.score || a.i - b.i)
    .map((e) => e.d);
  const keptByClass = new Map<number, RawDetection[]>();
  const kept: RawDetection[] = [];
  for (const candidate of order) {
    if (kept.length >= maxDetections) break;
    const same = keptByClass.get(candidate.classIndex) ?? [];
    if (same.some((k) => intersectionOverUnion(k.box, candidate.box) > iouThreshold)) continue;
    same.push(candidate);
    keptByClass.set(candidate.classIndex, same);
    kept.push(candidate);
  }
  return kept;
}
