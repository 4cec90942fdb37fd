import type { Vec3 } from '../../electron/common/geometry';
import type { Side } from '../../electron/common/vocabulary';
import { toPatient } from '../scene/Frame';
import { buildBodyShapes } from './buildBodyShapes';
import { buildCanalFatShapes } from './buildCanalFatShapes';
import { buildDiscShapes } from './buildDiscShapes';
import { buildFacetShapes } from './buildFacetShapes';
import { buildFlavumShapes } from './buildFlavumShapes';
import { buildForaminalShapes } from './buildForaminalShapes';
import { foramenCentreLocal } from './foramenCentre';
import { buildNeuralShapes } from './buildNeuralShapes';
import { buildPosteriorElementShapes } from './buildPosteriorElementShapes';
import { buildSoftTissueShapes, skinBack } from './buildSoftTissueShapes';
import { buildSpineColumn } from './buildSpineColumn';
import { canalLayout, type CanalLevel, sideSign } from './canalLayout';
import type { LevelSeverities } from './LevelSeverities';
import { sacKnots } from './sacKnots';
import type { LevelLandmarks, SpineAnatomy } from './SpineAnatomy';
import type { PlacedDisc } from './SpineColumn';
import type { SpineParameters } from './SpineParameters';
import type { SeededRandom } from '../random/SeededRandom';

/**
 * Places the column and builds every shape in painting order: soft tissue, canal fat, bone,
 * facet joints, discs, ligamenta flava, then the sac and nerves, so each layer lies over the
 * one it would hide on a real image.
 */
export function buildSpineAnatomy(parameters: SpineParameters, severities: LevelSeverities, random: SeededRandom): SpineAnatomy {
  const column = buildSpineColumn(parameters);
  const canals = column.discs.map((disc) => canalLayout(disc, severities));
  const sac = sacKnots(column, canals);
  const shapes = [
    ...buildSoftTissueShapes(column, parameters.softTissue, random.fork('soft tissue')),
    ...buildCanalFatShapes(column),
    ...buildBodyShapes(column),
    ...buildPosteriorElementShapes(column),
    ...column.discs.flatMap((disc, i) => buildFacetShapes(disc, canals[i] as CanalLevel)),
    ...column.discs.flatMap((disc, i) => buildDiscShapes(disc, canals[i] as CanalLevel)),
    ...column.discs.flatMap((disc, i) => buildFlavumShapes(disc, canals[i] as CanalLevel)),
    ...column.discs.flatMap((disc, i) => buildForaminalShapes(disc, canals[i] as CanalLevel)),
    ...buildNeuralShapes(column, canals, sac, parameters.conusLevel),
  ];
  const levels = column.discs.flatMap((disc, i) => (disc.params.level ? [landmarksOf(disc, canals[i] as CanalLevel)] : []));
  const midlineX = levels.reduce((sum, l) => sum + l.canalCentre[0], 0) / levels.length;
  return { parameters, column, canals, shapes, levels, midlineX, skinBack: skinBack(column, parameters.softTissue) };
}

function landmarksOf(disc: PlacedDisc, canal: CanalLevel): LevelLandmarks {
  const level = disc.params.level;
  if (!level) throw new Error(`disc ${disc.params.name} is not a graded level`);
  const sides = (f: (side: Side) => Vec3): Record<Side, Vec3> => ({ left: f('left'), right: f('right') });
  return {
    level,
    disc,
    canal,
    discCentre: disc.frame.origin,
    discNormal: disc.frame.w,
    canalCentre: toPatient(disc.frame, [0, (canal.sacFront + canal.sacBack) / 2, 0]),
    foramen: sides((side) => toPatient(disc.upper.frame, foramenCentreLocal(disc, side))),
    recess: sides((side) => toPatient(disc.frame, [sideSign(side) * (canal.halfWidth - 0.5), canal.discBack + 3.2, 0])),
  };
}
