import type { Vec3 } from '../../../common/geometry';
import type { Side } from '../../../common/vocabulary';
import { toPatient } from '../scene/Frame';
import { buildBodyShapes } from './buildBodyShapes';
import { buildCanalFatShapes } from './buildCanalFatShapes';
import { buildDiscShapes } from './buildDiscShapes';
import { buildFacetShapes } from './buildFacetShapes';
import { buildFlavumShapes } from './buildFlavumShapes';
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
    ...buildNeuralShapes(column, canals, sac, parameters.conusLevel),
  ];
  const levels = column.discs.flatMap((disc, i) => (disc.params.level ? [landmarksOf(disc, canals[i] as CanalLevel)] : []));
  const midlineX = levels.reduce((sum, l) => sum + l.canalCentre[0], 0) / levels.length;
  return { parameters, column, canals, shapes, levels, midlineX, skinBack: skinBack(column, parameters.softTissue) };
}

function landmarksOf(disc: PlacedDisc, canal: CanalLevel): LevelLandmarks {
  const level = disc.params.level;
  if (!level) throw new Error(`disc ${disc.params.name} is not a graded level`);
  const u = disc.upper;
  const p = u.params;
  const back = u.outline.posteriorWall;
  const pedicleBottom = u.halfHeight - p.pedicleHeight - 0.5;
  const lowerPedicleTop = -(u.halfHeight + disc.params.height + 0.5);
  const foramenT = (pedicleBottom + lowerPedicleTop) / 2 + 1.5;
  const sides = (f: (s: 1 | -1) => Vec3): Record<Side, Vec3> => ({ left: f(sideSign('left')), right: f(sideSign('right')) });
  return {
    level,
    disc,
    canal,
    discCentre: disc.frame.origin,
    discNormal: disc.frame.w,
    canalCentre: toPatient(disc.frame, [0, (canal.sacFront + canal.sacBack) / 2, 0]),
    foramen: sides((s) => toPatient(u.frame, [s * (p.canalWidth / 2 + p.pedicleWidth / 2), back + 4.2, foramenT])),
    recess: sides((s) => toPatient(disc.frame, [s * (canal.halfWidth - 0.5), canal.discBack + 3.2, 0])),
  };
}
