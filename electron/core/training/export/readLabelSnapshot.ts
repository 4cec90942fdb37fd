import { createHash } from 'node:crypto';
import { conditionInfo, isConditionId, isGradeId, isLevelId, locationKey, type GradeId } from '../../../common/vocabulary';
import { loadStudyInputs } from '../../inference/runs/loadStudyInputs';
import { findLastEditId } from '../../store/labels/editRepository';
import { listGradedCells, listLivePoints, type CurrentPoint } from '../../store/labels/labelSnapshotRepository';
import { readTransaction } from '../../store/transaction';
import type { WorkspaceDb } from '../../store/WorkspaceDb';
import type { LabelSnapshot, SkippedPoint, SnapshotPoint, SnapshotSeries, SnapshotStudy } from './LabelSnapshot';

/**
 * Reads the workspace's current labels (grades as corrected, points not deleted) in one read
 * transaction, so every export part sees the same instant, and resolves each point to its slice
 * with the same study inputs inference reads (loadStudyInputs: spatial order, geometry). Points
 * that cannot be placed on an image are listed with the reason instead of failing the export.
 */
export function readLabelSnapshot(db: WorkspaceDb, now: () => Date = () => new Date()): LabelSnapshot {
  return readTransaction(db, () => {
    const takenAt = now().toISOString();
    const lastEditId = findLastEditId(db);
    const gradeRows = listGradedCells(db);
    const pointRows = listLivePoints(db);
    const studyIds = [...new Set([...gradeRows.map((r) => r.studyId), ...pointRows.map((p) => p.studyId)])].sort((a, b) => a - b);
    const inputs = loadStudyInputs(db, studyIds);
    const hash = createHash('sha256');
    const grades = new Map<number, Map<string, GradeId>>();
    for (const { studyId, studyKey, condition, level, grade } of gradeRows) {
      if (!isConditionId(condition) || !isLevelId(level) || !isGradeId(grade)) continue;
      hash.update(`g\u0000${studyKey}\u0000${condition}\u0000${level}\u0000${grade}\n`);
      let study = grades.get(studyId);
      if (!study) grades.set(studyId, (study = new Map()));
      study.set(locationKey({ condition, level }), grade);
    }
    const pointsOf = new Map<number, CurrentPoint[]>();
    for (const row of pointRows) {
      const list = pointsOf.get(row.studyId) ?? [];
      list.push(row);
      pointsOf.set(row.studyId, list);
    }
    const unresolved: SkippedPoint[] = [];
    const studies: SnapshotStudy[] = inputs.map((input) => {
      const studyGrades = grades.get(input.studyId) ?? new Map<string, GradeId>();
      const points: SnapshotPoint[] = [];
      const series = new Map<number, SnapshotSeries>();
      for (const row of pointsOf.get(input.studyId) ?? []) {
        const { condition, level } = row;
        if (!isConditionId(condition) || !isLevelId(level)) continue;
        hash.update(`p\u0000${input.studyKey}\u0000${row.seriesKey}\u0000${row.instanceNumber}\u0000${condition}\u0000${level}\u0000${row.x}\u0000${row.y}\n`);
        const skip = (reason: SkippedPoint['reason']): void => {
          unresolved.push({ studyKey: input.studyKey, seriesKey: row.seriesKey, instanceNumber: row.instanceNumber, condition, level, reason });
        };
        const stack = input.series.find((s) => s.seriesId === row.seriesId);
        const matches = stack?.slices.filter((s) => s.instanceNumber === row.instanceNumber) ?? [];
        const slice = matches[0];
        const info = conditionInfo(condition);
        if (!stack || !slice) skip('no-image');
        else if (matches.length > 1) skip('ambiguous-instance');
        else if (stack.role !== info.role) skip('wrong-series-role');
        else if (!(row.x >= 0 && row.y >= 0 && row.x <= slice.columns && row.y <= slice.rows)) skip('outside-image');
        else {
          series.set(stack.seriesId, { seriesId: stack.seriesId, seriesKey: stack.seriesKey, role: stack.role, slices: stack.slices });
          const grade = studyGrades.get(locationKey({ condition, level })) ?? null;
          points.push({ condition, group: info.group, level, seriesId: stack.seriesId, seriesKey: stack.seriesKey, instanceNumber: row.instanceNumber, x: row.x, y: row.y, grade, slice });
        }
      }
      return { studyId: input.studyId, studyKey: input.studyKey, grades: studyGrades, points, series };
    });
    return { takenAt, lastEditId, fingerprint: hash.digest('hex'), studies, unresolved };
  });
}
