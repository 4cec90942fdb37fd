import { cross, dot, normalize, sub, type Vec3 } from '../../electron/common/geometry';

/**
 * A rigid local frame in patient space (LPS, mm): an origin and three orthonormal axes. The
 * spine's frames use u = lateral (patient left), v = posterior, w = along the body axis
 * (superior), so a vertebra's shapes are written in its own (l, a, t) coordinates.
 */
export interface Frame {
  readonly origin: Vec3;
  readonly u: Vec3;
  readonly v: Vec3;
  readonly w: Vec3;
}

export function frame(origin: Vec3, u: Vec3, v: Vec3): Frame {
  const uu = normalize(u);
  const w = normalize(cross(uu, normalize(v)));
  return { origin, u: uu, v: cross(w, uu), w };
}

/** Local coordinates of a patient point. */
export function toLocal(f: Frame, p: Vec3): Vec3 {
  const d = sub(p, f.origin);
  return [dot(d, f.u), dot(d, f.v), dot(d, f.w)];
}

/** Patient coordinates of a local point. */
export function toPatient(f: Frame, l: Vec3): Vec3 {
  const [a, b, c] = l;
  return [
    f.origin[0] + a * f.u[0] + b * f.v[0] + c * f.w[0],
    f.origin[1] + a * f.u[1] + b * f.v[1] + c * f.w[1],
    f.origin[2] + a * f.u[2] + b * f.v[2] + c * f.w[2],
  ];
}

/** A frame moved to a new origin given in its own local coordinates. */
export function shiftFrame(f: Frame, local: Vec3): Frame {
  return { ...f, origin: toPatient(f, local) };
}

/** A frame turned by `angle` radians about its own w axis (u towards v). */
export function rotateFrameAboutW(f: Frame, angle: number): Frame {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const u: Vec3 = [c * f.u[0] + s * f.v[0], c * f.u[1] + s * f.v[1], c * f.u[2] + s * f.v[2]];
  const v: Vec3 = [-s * f.u[0] + c * f.v[0], -s * f.u[1] + c * f.v[1], -s * f.u[2] + c * f.v[2]];
  return { origin: f.origin, u, v, w: f.w };
}

/** A frame turned by `angle` radians about its own u axis (v towards w). */
export function rotateFrameAboutU(f: Frame, angle: number): Frame {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const v: Vec3 = [c * f.v[0] + s * f.w[0], c * f.v[1] + s * f.w[1], c * f.v[2] + s * f.w[2]];
  const w: Vec3 = [-s * f.v[0] + c * f.w[0], -s * f.v[1] + c * f.w[1], -s * f.v[2] + c * f.w[2]];
  return { origin: f.origin, u: f.u, v, w };
}

/**
 * Scratch for evaluating a frame's local coordinates along a line p0 + i·step: the local start
 * and the local step, so the per-point work is three additions.
 */
export class LineInFrame {
  l = 0;
  a = 0;
  t = 0;
  dl = 0;
  da = 0;
  dt = 0;

  set(f: Frame, x0: number, y0: number, z0: number, dx: number, dy: number, dz: number): this {
    const ox = x0 - f.origin[0];
    const oy = y0 - f.origin[1];
    const oz = z0 - f.origin[2];
    this.l = ox * f.u[0] + oy * f.u[1] + oz * f.u[2];
    this.a = ox * f.v[0] + oy * f.v[1] + oz * f.v[2];
    this.t = ox * f.w[0] + oy * f.w[1] + oz * f.w[2];
    this.dl = dx * f.u[0] + dy * f.u[1] + dz * f.u[2];
    this.da = dx * f.v[0] + dy * f.v[1] + dz * f.v[2];
    this.dt = dx * f.w[0] + dy * f.w[1] + dz * f.w[2];
    return this;
  }
}
