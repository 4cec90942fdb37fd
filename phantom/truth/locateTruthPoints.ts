import { patientPoint, pixelToPatient, type Vec3 } from '../../electron/common/geometry';
import type { ConditionId, LevelId, Side } from '../../electron/common/vocabulary';
import type { SpineAnatomy } from '../anatomy/SpineAnatomy';
import type { SeriesPlan, SlicePlan } from '../protocol/SeriesPlan';
import { nearestSlice } from './nearestSlice';
import type { TruthPoint } from './StudyTruth';

const SIDES: readonly Side[] = ['left', 'right'];

/**
 * The labelled points, as the RSNA annotators placed them (issue 3): spinal canal points on the
 * mid-sagittal T2 slice at the sac's centre at each disc; foraminal points on the sagittal T1
 * slice through each foramen; subarticular points on the axial slice nearest each disc, in
 * each lateral recess. Levels without a suitable series get no point.
 */
export function locateTruthPoints(anatomy: SpineAnatomy, series: readonly SeriesPlan[]): TruthPoint[] {
  const points: TruthPoint[] = [];
  const sagT2 = series.find((s) => s.role === 'sag_t2');
  const sagT1 = series.find((s) => s.role === 'sag_t1');
  for (const level of anatomy.levels) {
    if (sagT2) points.push(pointOn(sagT2, sagT2.slices, 'spinal', level.level, level.canalCentre));
    if (sagT1) {
      for (const side of SIDES) points.push(pointOn(sagT1, sagT1.slices, `${side}_foraminal`, level.level, level.foramen[side]));
    }
    const axial = series.find((s) => s.role === 'ax_t2' && s.levels.includes(level.level));
    if (axial) {
      const block = axial.slices.filter((s) => s.level === level.level);
      const { slice } = nearestSlice(block, patientPoint(...level.discCentre));
      for (const side of SIDES) points.push(pointOn(axial, [slice], `${side}_subarticular`, level.level, level.recess[side]));
    }
  }
  return points;
}

function pointOn(series: SeriesPlan, candidates: readonly SlicePlan[], condition: ConditionId, level: LevelId, landmark: Vec3): TruthPoint {
  const target = patientPoint(...landmark);
  const { slice, projection } = nearestSlice(candidates, target);
  return {
    condition,
    level,
    seriesId: series.seriesId,
    instanceNumber: slice.instanceNumber,
    pixel: projection.point,
    patient: pixelToPatient(slice.geometry, projection.point),
    landmark: target,
    distanceFromSlice: projection.distance,
  };
}
