import type { LabelProblem } from '../../common/contract';
import { imagePoint, pixelToPatient, type PatientPoint } from '../../common/geometry';
import {
  CONDITIONS,
  conditionInfo,
  LEVELS,
  levelInfo,
  locationKey,
  seriesRoleInfo,
  type ConditionId,
  type LevelId,
} from '../../common/vocabulary';
import type { CheckedPoint, LabelCheckInput } from './LabelCheckInput';

/** Two levels of one condition closer than this (mm, along the patient's head–foot axis) mark the same disc. */
const SAME_DISC_MM = 3;
/** A lateral point this close to the midline (mm) is not called left or right. */
const MIDLINE_MM = 1;

/**
 * The label sanity checks of product.md for one study. Positions are compared in patient space
 * (DICOM LPS: +x patient left, +z superior; PS3.3 C.7.6.2.1.1), so they hold for any slice
 * orientation and across series of one frame of reference.
 */
export function checkStudyLabels(input: LabelCheckInput): LabelProblem[] {
  const problems: LabelProblem[] = [];
  const located = new Map<number, PatientPoint>();
  for (const point of input.points) {
    problems.push(...pointProblems(point));
    if (point.geometry && insideImage(point)) located.set(point.id, pixelToPatient(point.geometry, imagePoint(point.x, point.y)));
  }
  problems.push(...gradePointProblems(input));
  for (const condition of CONDITIONS) problems.push(...orderProblems(condition.id, input.points, located));
  problems.push(...sideProblems(input, located));
  return problems;
}

function problem(
  kind: LabelProblem['kind'],
  point: { condition: ConditionId; level: LevelId; id?: number } | null,
  message: string,
): LabelProblem {
  return { kind, condition: point?.condition ?? null, level: point?.level ?? null, pointId: point?.id ?? null, message };
}

function name(condition: ConditionId, level: LevelId): string {
  return `${conditionInfo(condition).rsnaName} ${levelInfo(level).rsnaName}`;
}

function insideImage(p: CheckedPoint): boolean {
  const g = p.geometry;
  return g !== null && p.x >= -0.5 && p.x <= g.columns - 0.5 && p.y >= -0.5 && p.y <= g.rows - 0.5;
}

function pointProblems(p: CheckedPoint): LabelProblem[] {
  const out: LabelProblem[] = [];
  const expected = conditionInfo(p.condition).role;
  if (p.seriesRole !== null && p.seriesRole !== expected) {
    out.push(
      problem(
        'wrong_series_type',
        p,
        `${name(p.condition, p.level)}: point on a ${seriesRoleInfo(p.seriesRole).rsnaName} series; it is graded on ${seriesRoleInfo(expected).rsnaName}`,
      ),
    );
  }
  if (p.seriesInstances > 0 && !p.instanceFound) {
    out.push(problem('instance_not_in_series', p, `${name(p.condition, p.level)}: instance ${p.instanceNumber} is not in its series`));
  }
  if (p.geometry && !insideImage(p)) {
    out.push(
      problem(
        'outside_image',
        p,
        `${name(p.condition, p.level)}: point (${p.x.toFixed(1)}, ${p.y.toFixed(1)}) lies outside the ${p.geometry.columns}×${p.geometry.rows} image`,
      ),
    );
  }
  return out;
}

function gradePointProblems(input: LabelCheckInput): LabelProblem[] {
  const out: LabelProblem[] = [];
  const pointed = new Map<string, CheckedPoint[]>();
  for (const p of input.points) pointed.set(locationKey(p), [...(pointed.get(locationKey(p)) ?? []), p]);
  for (const condition of CONDITIONS) {
    for (const level of LEVELS) {
      const key = locationKey({ condition: condition.id, level: level.id });
      const points = pointed.get(key) ?? [];
      const graded = input.grades.has(key);
      const at = { condition: condition.id, level: level.id };
      if (graded && points.length === 0)
        out.push(problem('grade_without_point', at, `${name(at.condition, at.level)}: graded but has no point`));
      if (!graded && points[0])
        out.push(problem('point_without_grade', points[0], `${name(at.condition, at.level)}: has a point but no grade`));
      if (points.length > 1)
        out.push(
          problem('duplicate_level', points[1] ?? null, `${name(at.condition, at.level)}: ${points.length} points for one location`),
        );
    }
  }
  return out;
}

/** Levels of one condition must run head to foot: L1/L2 highest (largest z), L5/S1 lowest. */
function orderProblems(
  condition: ConditionId,
  points: readonly CheckedPoint[],
  located: ReadonlyMap<number, PatientPoint>,
): LabelProblem[] {
  const byLevel: { point: CheckedPoint; at: PatientPoint }[] = [];
  for (const level of LEVELS) {
    const point = points.find((p) => p.condition === condition && p.level === level.id && located.has(p.id));
    if (point) byLevel.push({ point, at: located.get(point.id) as PatientPoint });
  }
  const out: LabelProblem[] = [];
  for (let i = 1; i < byLevel.length; i++) {
    const upper = byLevel[i - 1] as (typeof byLevel)[number];
    const lower = byLevel[i] as (typeof byLevel)[number];
    const dz = upper.at[2] - lower.at[2];
    const upperName = levelInfo(upper.point.level).rsnaName;
    const lowerName = levelInfo(lower.point.level).rsnaName;
    if (Math.abs(dz) < SAME_DISC_MM) {
      out.push(
        problem(
          'duplicate_level',
          lower.point,
          `${conditionInfo(condition).rsnaName}: ${upperName} and ${lowerName} mark the same disc (${Math.abs(dz).toFixed(1)} mm apart)`,
        ),
      );
    } else if (dz < 0) {
      out.push(
        problem(
          'level_order',
          lower.point,
          `${conditionInfo(condition).rsnaName}: ${lowerName} lies ${(-dz).toFixed(0)} mm above ${upperName}`,
        ),
      );
    }
  }
  return out;
}

/**
 * Left points must lie on the patient's left (+x in LPS) of right points and of the midline
 * (rsna-data.md, pitfall 6). The reference is, in order: the other side's point at the same
 * level, the mean of the spinal canal points, the centre of the point's own series.
 */
function sideProblems(input: LabelCheckInput, located: ReadonlyMap<number, PatientPoint>): LabelProblem[] {
  const out: LabelProblem[] = [];
  const spinal = input.points
    .filter((p) => p.condition === 'spinal' && located.has(p.id))
    .map((p) => (located.get(p.id) as PatientPoint)[0]);
  const spinalMidline = spinal.length > 0 ? spinal.reduce((a, b) => a + b, 0) / spinal.length : null;
  for (const p of input.points) {
    const info = conditionInfo(p.condition);
    const at = located.get(p.id);
    if (info.side === null || !at) continue;
    const otherId = CONDITIONS.find((c) => c.group === info.group && c.side !== null && c.side !== info.side)?.id;
    const other = input.points.find((q) => q.condition === otherId && q.level === p.level && located.has(q.id));
    if (other) {
      // Reported once per pair, on the left point.
      const otherX = (located.get(other.id) as PatientPoint)[0];
      const leftX = info.side === 'left' ? at[0] : otherX;
      const rightX = info.side === 'left' ? otherX : at[0];
      if (info.side === 'left' && leftX < rightX - MIDLINE_MM) {
        out.push(
          problem(
            'wrong_side',
            p,
            `${info.rsnaName.replace('Left ', '')} ${levelInfo(p.level).rsnaName}: the left point lies ${(rightX - leftX).toFixed(0)} mm to the patient's right of the right point (sides swapped?)`,
          ),
        );
      }
      continue;
    }
    const midline = spinalMidline ?? input.seriesCentreX(p.seriesId);
    if (midline === null) continue;
    const offset = at[0] - midline;
    const wrong = info.side === 'left' ? offset < -MIDLINE_MM : offset > MIDLINE_MM;
    if (wrong)
      out.push(
        problem(
          'wrong_side',
          p,
          `${name(p.condition, p.level)}: point lies ${Math.abs(offset).toFixed(0)} mm on the patient's ${offset > 0 ? 'left' : 'right'} of the midline`,
        ),
      );
  }
  return out;
}
