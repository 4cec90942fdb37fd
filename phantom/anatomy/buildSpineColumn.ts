import { add, normalize, scale, type Vec3 } from '../../electron/common/geometry';
import { frame, type Frame } from '../scene/Frame';
import { kidneyOutline } from '../scene/kidneyDistance';
import type { PlacedDisc, PlacedSacralSegment, PlacedVertebra, SpineColumn } from './SpineColumn';
import type { SpineParameters } from './SpineParameters';

const LEFT: Vec3 = [1, 0, 0];

/** The superior axis of a body tilted by `tilt` radians in the sagittal plane (LPS: +y posterior). */
export function axisForTilt(tilt: number): Vec3 {
  return [0, Math.sin(tilt), Math.cos(tilt)];
}

function bodyFrame(origin: Vec3, w: Vec3): Frame {
  // v = w × u gives the posterior direction perpendicular to the axis.
  const v: Vec3 = [0, w[2], -w[1]];
  return frame(origin, LEFT, v);
}

/**
 * Stacks the bodies from S1 upwards: each body centre sits half a body, a disc and half a
 * body above the one below, along their own axes and the disc's bisecting axis. The lordotic
 * curve and the wedge shape of the discs both follow from the bodies' tilts. Finally the column
 * is moved so the L3 body centre lands at `l3Centre`.
 */
export function buildSpineColumn(p: SpineParameters): SpineColumn {
  const n = p.vertebrae.length;
  const centres: Vec3[] = new Array<Vec3>(n);
  const axes: Vec3[] = p.vertebrae.map((v) => axisForTilt(v.tilt));
  centres[n - 1] = [0, 0, 0];
  for (let i = n - 2; i >= 0; i--) {
    const lower = p.vertebrae[i + 1];
    const upper = p.vertebrae[i];
    const disc = p.discs[i];
    if (!lower || !upper || !disc) throw new Error(`missing parameters for vertebra ${i}`);
    const discAxis = normalize(add(axes[i] as Vec3, axes[i + 1] as Vec3));
    let c = add(centres[i + 1] as Vec3, scale(axes[i + 1] as Vec3, lower.height / 2));
    c = add(c, scale(discAxis, disc.height));
    c = add(c, scale(axes[i] as Vec3, upper.height / 2));
    centres[i] = c;
  }
  const l3 = p.vertebrae.findIndex((v) => v.name === 'L3');
  const l3Centre = centres[l3] as Vec3;
  const shift: Vec3 = [p.l3Centre[0] - l3Centre[0], p.l3Centre[1] - l3Centre[1], p.l3Centre[2] - l3Centre[2]];

  const vertebrae: PlacedVertebra[] = p.vertebrae.map((params, i) => {
    const c = add(centres[i] as Vec3, shift);
    return {
      params,
      frame: bodyFrame([c[0] + params.lateralShift, c[1], c[2]], axes[i] as Vec3),
      outline: kidneyOutline(params.width, params.depth, 1.5),
      halfHeight: params.height / 2,
    };
  });

  const discs: PlacedDisc[] = p.discs.map((params, i) => {
    const upper = vertebrae[i] as PlacedVertebra;
    const lower = vertebrae[i + 1] as PlacedVertebra;
    const axis = normalize(add(upper.frame.w, lower.frame.w));
    const top = add(lower.frame.origin, scale(lower.frame.w, lower.halfHeight));
    const origin = add(top, scale(axis, params.height / 2));
    const width = (upper.params.width + lower.params.width) / 2 + 2;
    const depth = (upper.params.depth + lower.params.depth) / 2 + 1.5;
    return { params, frame: bodyFrame(origin, axis), upper, lower, outline: kidneyOutline(width, depth, 1.2) };
  });

  return {
    vertebrae,
    discs,
    sacrum: buildSacrum(vertebrae[n - 1] as PlacedVertebra),
    midline: (vertebrae[l3] as PlacedVertebra).frame.origin,
  };
}

/** S2–S4: smaller bodies continuing the sacral curve (kyphotic), fused (2 mm apart). */
function buildSacrum(s1: PlacedVertebra): PlacedSacralSegment[] {
  const sizes = [
    { height: 20, depth: 24, width: 40, turn: 16 },
    { height: 16, depth: 18, width: 32, turn: 18 },
    { height: 13, depth: 13, width: 24, turn: 20 },
  ];
  const segments: PlacedSacralSegment[] = [];
  let previousCentre = s1.frame.origin;
  let previousAxis = s1.frame.w;
  let previousHalf = s1.halfHeight;
  let tilt = Math.atan2(s1.frame.w[1], s1.frame.w[2]);
  const scaleFactor = s1.params.depth / 32;
  for (const size of sizes) {
    tilt -= (size.turn * Math.PI) / 180;
    const axis = axisForTilt(tilt);
    const half = (size.height * scaleFactor) / 2;
    const joint = normalize(add(axis, previousAxis));
    const centre = add(add(add(previousCentre, scale(previousAxis, -previousHalf)), scale(joint, -2)), scale(axis, -half));
    segments.push({
      frame: bodyFrame(centre, axis),
      outline: kidneyOutline(size.width * scaleFactor, size.depth * scaleFactor, 0.5),
      halfHeight: half,
    });
    previousCentre = centre;
    previousAxis = axis;
    previousHalf = half;
  }
  return segments;
}
