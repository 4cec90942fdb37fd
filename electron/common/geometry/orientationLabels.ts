import type { Vec3 } from './vector';

export interface EdgeLabels {
  readonly top: string;
  readonly bottom: string;
  readonly left: string;
  readonly right: string;
}

/**
 * The patient direction of a vector in LPS as letters (PS3.3 C.7.6.1.1.1: A/P, R/L, H/F — shown
 * here as S/I as viewers do): one letter per axis whose component is larger than `threshold`,
 * the largest first, so an oblique direction reads like "LP" or "SAR". `threshold` 0.0001 is
 * the usual one (any obliquity shows); raise it to hide small tilts.
 */
export function directionLabel(direction: Vec3, threshold = 0.0001): string {
  const letters: [number, string][] = [
    [direction[0], direction[0] > 0 ? 'L' : 'R'],
    [direction[1], direction[1] > 0 ? 'P' : 'A'],
    [direction[2], direction[2] > 0 ? 'S' : 'I'],
  ];
  return letters
    .filter(([component]) => Math.abs(component) > threshold)
    .sort((p, q) => Math.abs(q[0]) - Math.abs(p[0]))
    .map(([, letter]) => letter)
    .join('');
}

/**
 * The labels at each edge of an image: the right edge lies along the row direction (first
 * three ImageOrientationPatient values, PS3.3 C.7.6.2.1.1), the bottom along the column
 * direction, the left and top opposite them.
 */
export function orientationLabels(rowDirection: Vec3, columnDirection: Vec3, threshold = 0.0001): EdgeLabels {
  const negate = (v: Vec3): Vec3 => [-v[0], -v[1], -v[2]];
  return {
    right: directionLabel(rowDirection, threshold),
    left: directionLabel(negate(rowDirection), threshold),
    bottom: directionLabel(columnDirection, threshold),
    top: directionLabel(negate(columnDirection), threshold),
  };
}
