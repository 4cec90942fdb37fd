/**
 * Signed distance helpers (mm, negative inside), after the standard closed forms collected by
 * I. Quilez ("distance functions"). The ellipse and ellipsoid forms are first-order
 * approximations, exact on the surface and close to it, which is all anti-aliasing needs.
 */

/** Ellipse with semi-axes (ra, rb). */
export function ellipseDistance(x: number, y: number, ra: number, rb: number): number {
  const px = x / ra;
  const py = y / rb;
  const k0 = Math.sqrt(px * px + py * py);
  const qx = px / ra;
  const qy = py / rb;
  const k1 = Math.sqrt(qx * qx + qy * qy);
  if (k1 < 1e-9) return -Math.min(ra, rb);
  return (k0 * (k0 - 1)) / k1;
}

/** Ellipsoid with semi-axes (rx, ry, rz). */
export function ellipsoidDistance(x: number, y: number, z: number, rx: number, ry: number, rz: number): number {
  const px = x / rx;
  const py = y / ry;
  const pz = z / rz;
  const k0 = Math.sqrt(px * px + py * py + pz * pz);
  const qx = px / rx;
  const qy = py / ry;
  const qz = pz / rz;
  const k1 = Math.sqrt(qx * qx + qy * qy + qz * qz);
  if (k1 < 1e-9) return -Math.min(rx, ry, rz);
  return (k0 * (k0 - 1)) / k1;
}

/** Box with half extents (hx, hy, hz) and edges rounded by r (r ≤ every half extent). */
export function roundedBoxDistance(x: number, y: number, z: number, hx: number, hy: number, hz: number, r: number): number {
  const qx = Math.abs(x) - hx + r;
  const qy = Math.abs(y) - hy + r;
  const qz = Math.abs(z) - hz + r;
  const ox = qx > 0 ? qx : 0;
  const oy = qy > 0 ? qy : 0;
  const oz = qz > 0 ? qz : 0;
  const inside = Math.max(qx, qy, qz);
  return Math.sqrt(ox * ox + oy * oy + oz * oz) + (inside < 0 ? inside : 0) - r;
}

/** Intersection of two regions given their distances, with the crease rounded by r. */
export function roundedIntersection(d1: number, d2: number, r: number): number {
  const a = d1 + r;
  const b = d2 + r;
  const oa = a > 0 ? a : 0;
  const ob = b > 0 ? b : 0;
  const inside = a > b ? a : b;
  return Math.sqrt(oa * oa + ob * ob) + (inside < 0 ? inside : 0) - r;
}
