import { patientToPixel, pixelToPatient } from './pixelPatientTransforms';
import { imagePoint, type ImagePoint } from './points';
import { sliceNormal, type SliceGeometry } from './sliceGeometry';
import { dot, sub } from './vector';

export interface ReferenceLine {
  readonly start: ImagePoint;
  readonly end: ImagePoint;
}

export interface ReferenceLineOptions {
  /** Also keep only the part of the line that lies on the source image (default false: the whole target image). */
  readonly clipToSource?: boolean;
  /** Planes whose normals are closer to parallel than this (|sin angle|) have no line. Default 1e-6. */
  readonly parallelTolerance?: number;
}

/**
 * Where the plane of `source` cuts the image `target` — the reference line a viewer draws on
 * `target` for a slice of another series — as end points in target pixel coordinates, clipped
 * to the target image (its pixel edges, −0.5 … n − 0.5). Null when the planes are parallel or
 * the line misses the image.
 *
 * In target pixel coordinates (x, y), P = S + x·Δc·X + y·Δr·Y (PS3.3 C.7.6.2.1.1); P is on the
 * source plane when n·(P − S′) = 0, i.e. a·x + b·y + c = 0 with a = Δc (n·X), b = Δr (n·Y),
 * c = n·(S − S′).
 */
export function referenceLine(target: SliceGeometry, source: SliceGeometry, options: ReferenceLineOptions = {}): ReferenceLine | null {
  const n = sliceNormal(source.rowDirection, source.columnDirection);
  const a = target.columnSpacing * dot(n, target.rowDirection);
  const b = target.rowSpacing * dot(n, target.columnDirection);
  const c = dot(n, sub(target.position, source.position));
  const length = Math.hypot(a / target.columnSpacing, b / target.rowSpacing);
  if (length < (options.parallelTolerance ?? 1e-6)) return null;

  // The line as p(t) = p0 + t·d in target pixels.
  const norm2 = a * a + b * b;
  const p0 = { x: (-a * c) / norm2, y: (-b * c) / norm2 };
  const d = { x: -b, y: a };
  let interval: [number, number] | null = [-Infinity, Infinity];
  interval = clip(interval, p0.x, d.x, -0.5, target.columns - 0.5);
  interval = clip(interval, p0.y, d.y, -0.5, target.rows - 0.5);

  if (interval && options.clipToSource) {
    // Target pixels map affinely onto source pixels: clip against the source image as well.
    const at = (t: number): ImagePoint => patientToPixel(source, pixelToPatient(target, imagePoint(p0.x + t * d.x, p0.y + t * d.y))).point;
    const q0 = at(0);
    const q1 = at(1);
    interval = clip(interval, q0.x, q1.x - q0.x, -0.5, source.columns - 0.5);
    interval = clip(interval, q0.y, q1.y - q0.y, -0.5, source.rows - 0.5);
  }
  if (!interval) return null;
  const [t0, t1] = interval;
  return { start: imagePoint(p0.x + t0 * d.x, p0.y + t0 * d.y), end: imagePoint(p0.x + t1 * d.x, p0.y + t1 * d.y) };
}

/** Narrows [t0, t1] to where lo ≤ origin + t·direction ≤ hi; null when nothing (or only a point) is left. */
function clip(interval: [number, number] | null, origin: number, direction: number, lo: number, hi: number): [number, number] | null {
  if (!interval) return null;
  let [t0, t1] = interval;
  if (Math.abs(direction) < 1e-12) return origin >= lo && origin <= hi ? interval : null;
  const ta = (lo - origin) / direction;
  const tb = (hi - origin) / direction;
  t0 = Math.max(t0, Math.min(ta, tb));
  t1 = Math.min(t1, Math.max(ta, tb));
  return t1 > t0 ? [t0, t1] : null;
}
