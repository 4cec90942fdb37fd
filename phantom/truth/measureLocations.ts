import type { Vec3 } from '../../electron/common/geometry';
import type { ConditionId, Side } from '../../electron/common/vocabulary';
import type { LevelLandmarks, SpineAnatomy } from '../anatomy/SpineAnatomy';
import { TISSUE } from '../scene/Tissue';
import { floodFromCentre, labelPlane, type LabelPlane } from './labelPlane';
import type { LocationMeasurement } from './StudyTruth';

const SAC = new Set<number>([TISSUE.csf, TISSUE.nerve, TISSUE.cord]);
const FORAMEN_FREE = new Set<number>([TISSUE.epiduralFat, TISSUE.nerve]);
const RECESS_FREE = new Set<number>([TISSUE.epiduralFat, TISSUE.nerve]);
const SPACING = 0.25;
const SIDES: readonly Side[] = ['left', 'right'];

/**
 * Measures each of the 25 locations on the anatomy model, the way a reader would judge it:
 * the thecal sac's AP diameter and area in the disc plane (central stenosis), the free (fat and
 * nerve) area of the foramen on the sagittal plane through it and its AP width, and the depth
 * and free area of each lateral recess in the disc plane.
 */
export function measureLocations(anatomy: SpineAnatomy): LocationMeasurement[] {
  const out: LocationMeasurement[] = [];
  for (const level of anatomy.levels) {
    out.push(measureSpinal(anatomy, level));
    for (const side of SIDES) out.push(measureForamen(anatomy, level, side));
    for (const side of SIDES) out.push(measureRecess(anatomy, level, side));
  }
  return out;
}

function discPlane(level: LevelLandmarks): { u: Vec3; v: Vec3 } {
  return { u: level.disc.frame.u, v: level.disc.frame.v };
}

function measureSpinal(anatomy: SpineAnatomy, level: LevelLandmarks): LocationMeasurement {
  const { u, v } = discPlane(level);
  const plane = labelPlane(anatomy.shapes, level.canalCentre, u, v, 25, SPACING);
  const region = floodFromCentre(plane, SAC, 25);
  return {
    condition: 'spinal',
    level: level.level,
    diameterMm: runThroughCentre(plane, region, 'column') * SPACING,
    areaMm2: count(region) * SPACING * SPACING,
  };
}

function measureForamen(anatomy: SpineAnatomy, level: LevelLandmarks, side: Side): LocationMeasurement {
  const plane = labelPlane(anatomy.shapes, level.foramen[side], [0, 1, 0], [0, 0, -1], 24, SPACING);
  const region = floodFromCentre(plane, FORAMEN_FREE, 20);
  return {
    condition: `${side}_foraminal` as ConditionId,
    level: level.level,
    diameterMm: runThroughCentre(plane, region, 'row') * SPACING,
    areaMm2: count(region) * SPACING * SPACING,
  };
}

function measureRecess(anatomy: SpineAnatomy, level: LevelLandmarks, side: Side): LocationMeasurement {
  const { u, v } = discPlane(level);
  const plane = labelPlane(anatomy.shapes, level.recess[side], u, v, 12, SPACING);
  const region = floodFromCentre(plane, RECESS_FREE, 15);
  return {
    condition: `${side}_subarticular` as ConditionId,
    level: level.level,
    diameterMm: runThroughCentre(plane, region, 'column') * SPACING,
    areaMm2: count(region) * SPACING * SPACING,
  };
}

function count(mask: Uint8Array): number {
  let n = 0;
  for (const value of mask) n += value;
  return n;
}

/**
 * The longest run of the region along the grid's centre column (direction 'column': along v)
 * or centre row ('row': along u), in pixels: 0 if the region misses that line.
 */
function runThroughCentre(plane: LabelPlane, region: Uint8Array, direction: 'column' | 'row'): number {
  const { columns: w, rows: h } = plane.grid;
  const cx = Math.floor(w / 2);
  const cy = Math.floor(h / 2);
  const length = direction === 'column' ? h : w;
  let best = 0;
  let run = 0;
  for (let k = 0; k < length; k++) {
    const index = direction === 'column' ? k * w + cx : cy * w + k;
    run = region[index] ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}
