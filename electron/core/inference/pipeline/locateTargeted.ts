import type { PatientPoint } from '../../../common/geometry';
import {
  CONDITIONS,
  LEVELS,
  locationKey,
  type ConditionGroup,
  type ConditionId,
  type LevelId,
  type Side,
} from '../../../common/vocabulary';
import { chooseOrderedLevels } from './chooseOrderedLevels';
import { detectOnSlices, storedDetections, type SliceDetections } from './detectOnSlices';
import type { LocatedPoints, StrategyContext } from './LocatedPoints';
import { emptyLocated } from './LocatedPoints';
import type { LocationCandidate } from './LocationCandidate';
import { axialSlicesForLevels, lateralSlices, midlineSlices, sideOfX, stackMiddleX } from './selectTargetSlices';
import { patientPointOf } from './slicePatientPoints';
import { candidatesOf, memoLocate } from './readDetections';
import { levelAgreement, levelPointsFor, median } from './levelGeometry';

/** A foramen or a subarticular recess closer than this to the midline cannot be told left from right. */
const MIDLINE_MARGIN_MM = 2;
/** A subarticular recess lies beside the canal: detections farther than this from it are not one. */
const SUBARTICULAR_MAX_FROM_CANAL_MM = 30;

/**
 * The targeted strategy (issue 6): detectors only where each condition can be, one point per
 * location, geometry deciding what one slice cannot (seed-method.md, flaws 2 and 3).
 *  1. spinal: the midline sagittal T2 slices; one point per level in cranio-caudal order;
 *  2. foraminal: the sagittal T1 slices about 20 mm either side of the midline (the midline is the
 *     spinal points' patient x, else the stack's middle); the side is where the point lies in
 *     patient space (LPS +x = patient left), the level the detector's, checked against the
 *     spinal level heights; then cranio-caudal order per side;
 *  3. subarticular: each level's sagittal point projected into the axial series gives the slice
 *     and the level; the side is the point's side of the canal in patient space.
 */
export async function locateTargeted(ctx: StrategyContext): Promise<LocatedPoints> {
  const located = emptyLocated();
  const spinalPoints = await locateSpinal(ctx, located);
  ctx.checkCancelled();
  const midlineX = median([...spinalPoints.values()].map((p) => p[0])) ?? (ctx.series.sagT1 ? stackMiddleX(ctx.series.sagT1) : null);
  const foraminalPoints = await locateForaminal(ctx, located, midlineX, spinalPoints);
  ctx.checkCancelled();
  await locateSubarticular(ctx, located, levelPointsFor(spinalPoints, foraminalPoints, midlineX));
  return located;
}

async function locateSpinal(ctx: StrategyContext, located: LocatedPoints): Promise<Map<LevelId, PatientPoint>> {
  const series = ctx.series.sagT2;
  const model = ctx.detectors.spinal;
  const points = new Map<LevelId, PatientPoint>();
  if (!series) {
    markGroup(located, 'spinal', 'no Sagittal T2/STIR series');
    return points;
  }
  if (!model) {
    markGroup(located, 'spinal', 'no spinal detector in the model set');
    return points;
  }
  const locate = memoLocate((_slice, c) => (c.condition === 'spinal' ? c : null));
  const choose = (found: readonly SliceDetections[]): ReturnType<typeof chooseOrderedLevels> =>
    chooseOrderedLevels(candidatesOf(found, () => series.seriesId, locate));
  // The slice nearest the midline first; its neighbours only when it did not show all five levels.
  const ordered = midlineSlices(series, ctx.targeting.spinalSlices);
  const rounds = ctx.targeting.stopWhenComplete ? [ordered.slice(0, 1), ordered.slice(1)] : [ordered];
  const results: SliceDetections[] = [];
  for (const round of rounds) {
    if (round.length === 0) break;
    results.push(...(await detectOnSlices(model, round, ctx.images, ctx.detector)));
    if (choose(results).chosen.size === LEVELS.length) break;
  }
  located.slicesRun['spinal'] = results.length;
  located.detections.push(...storedDetections(results, locate));
  keep(located, 'spinal', choose(results), points);
  return points;
}

async function locateForaminal(
  ctx: StrategyContext,
  located: LocatedPoints,
  midlineX: number | null,
  spinal: ReadonlyMap<LevelId, PatientPoint>,
): Promise<Map<string, PatientPoint>> {
  const series = ctx.series.sagT1;
  const model = ctx.detectors.foraminal;
  const points = new Map<string, PatientPoint>();
  if (!series) {
    markGroup(located, 'foraminal', 'no Sagittal T1 series');
    return points;
  }
  if (!model) {
    markGroup(located, 'foraminal', 'no foraminal detector in the model set');
    return points;
  }
  const agrees = levelAgreement(spinal);
  let offLevel = 0;
  const locate = memoLocate((slice, c, d) => {
    const patient = patientPointOf(slice, d.centre.x, d.centre.y);
    // Without geometry the detector's own side is all there is (the seed's behaviour).
    if (!patient || midlineX === null) return c;
    if (Math.abs(patient[0] - midlineX) < MIDLINE_MARGIN_MM) return null;
    if (!agrees(c.level, patient[2])) {
      offLevel++;
      return null;
    }
    return { condition: conditionOfSide('foraminal', sideOfX(patient[0], midlineX)), level: c.level };
  });
  const targets = lateralSlices(series, midlineX, ctx.targeting.foraminalSlicesPerSide, ctx.targeting.foraminalOffsetMm);
  // Round k runs the k-th best slice of each side that still lacks a level (a side is done when
  // its five levels are found); without geometry, or when told not to stop early, all at once.
  const sides = (['left', 'right'] as const).map((side) => targets.filter((t) => t.side === side).map((t) => t.slice));
  const sideless = targets.filter((t) => t.side === null).map((t) => t.slice);
  const results: SliceDetections[] = [];
  if (sideless.length > 0 || !ctx.targeting.stopWhenComplete) {
    results.push(
      ...(await detectOnSlices(
        model,
        targets.map((t) => t.slice),
        ctx.images,
        ctx.detector,
      )),
    );
  } else {
    for (let k = 0; k < ctx.targeting.foraminalSlicesPerSide; k++) {
      const found = candidatesOf(results, () => series.seriesId, locate);
      const round = (['left_foraminal', 'right_foraminal'] as const).flatMap((condition, i) => {
        const complete = chooseOrderedLevels(found.filter((c) => c.condition === condition)).chosen.size === LEVELS.length;
        const next = sides[i]?.[k];
        return !complete && next ? [next] : [];
      });
      if (round.length === 0) break;
      results.push(...(await detectOnSlices(model, round, ctx.images, ctx.detector)));
    }
  }
  located.slicesRun['foraminal'] = results.length;
  located.detections.push(...storedDetections(results, locate));
  const candidates = candidatesOf(results, () => series.seriesId, locate);
  if (offLevel > 0)
    located.notes.push(`foraminal: ${offLevel} detection(s) dropped, their height disagrees with the spinal level they name`);
  for (const condition of ['left_foraminal', 'right_foraminal'] as const) {
    const side = chooseOrderedLevels(candidates.filter((c) => c.condition === condition));
    keep(located, condition, side, undefined);
    for (const [level, c] of side.chosen) if (c.patient) points.set(locationKey({ condition, level }), c.patient);
  }
  return points;
}

async function locateSubarticular(ctx: StrategyContext, located: LocatedPoints, levelPoints: Map<LevelId, PatientPoint>): Promise<void> {
  const model = ctx.detectors.subarticular;
  const axial = ctx.series.axial;
  if (axial.length === 0) return markGroup(located, 'subarticular', 'no Axial T2 series');
  if (!model) return markGroup(located, 'subarticular', 'no subarticular detector in the model set');
  if (levelPoints.size === 0) {
    // Nothing to place the axial slices by: read every axial slice and trust the detector's
    // classes, as the seed did, rather than answer with priors.
    located.notes.push('subarticular: no sagittal level points; every axial slice read, side and level from the detector classes');
    const results = (await Promise.all(axial.map((series) => detectOnSlices(model, series.slices, ctx.images, ctx.detector)))).flat();
    located.slicesRun['subarticular'] = results.length;
    const locate = memoLocate((_slice, c) => c);
    located.detections.push(...storedDetections(results, locate));
    const seriesOf = new Map(axial.flatMap((series) => series.slices.map((slice) => [slice.instanceId, series.seriesId] as const)));
    keepBest(
      located,
      candidatesOf(results, (slice) => seriesOf.get(slice.instanceId) ?? 0, locate),
    );
    return;
  }
  const targets = axialSlicesForLevels(axial, levelPoints, ctx.targeting.axialSlicesPerLevel, ctx.targeting.axialMaxDistanceMm);
  for (const level of levelPoints.keys()) {
    if (!targets.some((t) => t.level === level)) {
      for (const condition of ['left_subarticular', 'right_subarticular'] as const)
        located.missing.set(locationKey({ condition, level }), 'no axial slice passes through this level');
    }
  }
  const results = await detectOnSlices(
    model,
    targets.map((t) => t.slice),
    ctx.images,
    ctx.detector,
  );
  located.slicesRun['subarticular'] = results.length;
  const targetOf = new Map(targets.map((t) => [t.slice.instanceId, t]));
  // The level is the one the slice was placed for; the side, the point's side of the canal.
  const locate = memoLocate((slice, _c, d) => {
    const target = targetOf.get(slice.instanceId);
    const canal = target ? levelPoints.get(target.level) : undefined;
    const patient = patientPointOf(slice, d.centre.x, d.centre.y);
    if (!target || !canal || !patient) return null;
    const lateral = patient[0] - canal[0];
    if (Math.abs(lateral) < MIDLINE_MARGIN_MM || Math.hypot(lateral, patient[1] - canal[1]) > SUBARTICULAR_MAX_FROM_CANAL_MM) return null;
    return { condition: conditionOfSide('subarticular', sideOfX(patient[0], canal[0])), level: target.level };
  });
  located.detections.push(...storedDetections(results, locate));
  keepBest(
    located,
    candidatesOf(results, (slice) => targetOf.get(slice.instanceId)?.seriesId ?? 0, locate),
  );
}

/** One point per subarticular location: its best-scored candidate. */
function keepBest(located: LocatedPoints, candidates: readonly LocationCandidate[]): void {
  for (const condition of ['left_subarticular', 'right_subarticular'] as const) {
    for (const level of LEVELS) {
      const best = candidates.filter((c) => c.condition === condition && c.level === level.id).sort((a, b) => b.score - a.score)[0];
      if (best) located.points.set(locationKey({ condition, level: level.id }), [best]);
    }
  }
}

function markGroup(located: LocatedPoints, group: ConditionGroup, reason: string): void {
  for (const c of CONDITIONS.filter((x) => x.group === group)) {
    for (const l of LEVELS) located.missing.set(locationKey({ condition: c.id, level: l.id }), reason);
  }
  located.notes.push(`${group}: ${reason}`);
}

function keep(
  located: LocatedPoints,
  condition: ConditionId,
  result: { chosen: Map<LevelId, LocationCandidate>; dropped: LevelId[] },
  points: Map<LevelId, PatientPoint> | undefined,
): void {
  for (const [level, c] of result.chosen) {
    located.points.set(locationKey({ condition, level }), [c]);
    if (points && c.patient) points.set(level, c.patient);
  }
  for (const level of result.dropped)
    located.missing.set(locationKey({ condition, level }), 'every detection was out of cranio-caudal order');
  if (result.dropped.length > 0) located.notes.push(`${condition}: ${result.dropped.join(', ')} dropped, out of cranio-caudal order`);
}

function conditionOfSide(group: 'foraminal' | 'subarticular', side: Side): ConditionId {
  return `${side}_${group}` as ConditionId;
}
