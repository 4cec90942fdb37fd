import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { conditionInfo, isConditionId, isGradeId, isLevelId, locationKey, type GradeId } from '../../../common/vocabulary';
import { loadStudyInputs } from '../../inference/runs/loadStudyInputs';
import type { LabelSnapshot, SkippedPoint, SnapshotPoint, SnapshotSeries, SnapshotStudy } from './LabelSnapshot';

interface PointRow {
  study_id: number;
  series_id: number;
  series_key: string;
  instance_number: number;
  condition: string;
  level: string;
  x: number;
  y: number;
}

/**
 * Reads the workspace's current labels (grades as corrected, points not deleted) in one read
 * transaction, so every export part sees the same instant, and resolves each point to its slice
 * with the same study inputs inference reads (loadStudyInputs: spatial order, geometry). Points
 * that cannot be placed on an image are listed with the reason instead of failing the export.
 */
export function readLabelSnapshot(db: Database, now: () => Date = () => new Date()): LabelSnapshot {
  return db.transaction(() => {
    const takenAt = now().toISOString();
    const lastEditId = db.prepare('SELECT max(id) FROM edits').pluck().get() as number | null;
    const gradeRows = db
      .prepare(
        `SELECT g.study_id, s.study_key, g.condition, g.level, g.grade FROM grades g JOIN studies s ON s.id = g.study_id
         WHERE g.grade IS NOT NULL ORDER BY s.study_key, g.condition, g.level`,
      )
      .raw()
      .all() as [number, string, string, string, string][];
    const pointRows = db
      .prepare(
        `SELECT p.study_id, p.series_id, se.series_key, p.instance_number, p.condition, p.level, p.x, p.y
         FROM points p JOIN series se ON se.id = p.series_id JOIN studies s ON s.id = p.study_id
         WHERE p.deleted = 0 ORDER BY s.study_key, p.condition, p.level, p.id`,
      )
      .all() as PointRow[];
    const studyIds = [...new Set([...gradeRows.map((r) => r[0]), ...pointRows.map((p) => p.study_id)])].sort((a, b) => a - b);
    const inputs = loadStudyInputs(db, studyIds);
    const hash = createHash('sha256');
    const grades = new Map<number, Map<string, GradeId>>();
    for (const [studyId, studyKey, condition, level, grade] of gradeRows) {
      if (!isConditionId(condition) || !isLevelId(level) || !isGradeId(grade)) continue;
      hash.update(`g\u0000${studyKey}\u0000${condition}\u0000${level}\u0000${grade}\n`);
      let study = grades.get(studyId);
      if (!study) grades.set(studyId, (study = new Map()));
      study.set(locationKey({ condition, level }), grade);
    }
    const pointsOf = new Map<number, PointRow[]>();
    for (const row of pointRows) {
      const list = pointsOf.get(row.study_id) ?? [];
      list.push(row);
      pointsOf.set(row.study_id, list);
    }
    const unresolved: SkippedPoint[] = [];
    const studies: SnapshotStudy[] = inputs.map((input) => {
      const studyGrades = grades.get(input.studyId) ?? new Map<string, GradeId>();
      const points: SnapshotPoint[] = [];
      const series = new Map<number, SnapshotSeries>();
      for (const row of pointsOf.get(input.studyId) ?? []) {
        const { condition, level } = row;
        if (!isConditionId(condition) || !isLevelId(level)) continue;
        hash.update(`p\u0000${input.studyKey}\u0000${row.series_key}\u0000${row.instance_number}\u0000${condition}\u0000${level}\u0000${row.x}\u0000${row.y}\n`);
        const skip = (reason: SkippedPoint['reason']): void => {
          unresolved.push({ studyKey: input.studyKey, seriesKey: row.series_key, instanceNumber: row.instance_number, condition, level, reason });
        };
        const stack = input.series.find((s) => s.seriesId === row.series_id);
        const matches = stack?.slices.filter((s) => s.instanceNumber === row.instance_number) ?? [];
        const slice = matches[0];
        const info = conditionInfo(condition);
        if (!stack || !slice) skip('no-image');
        else if (matches.length > 1) skip('ambiguous-instance');
        else if (stack.role !== info.role) skip('wrong-series-role');
        else if (!(row.x >= 0 && row.y >= 0 && row.x <= slice.columns && row.y <= slice.rows)) skip('outside-image');
        else {
          series.set(stack.seriesId, { seriesId: stack.seriesId, seriesKey: stack.seriesKey, role: stack.role, slices: stack.slices });
          const grade = studyGrades.get(locationKey({ condition, level })) ?? null;
          points.push({ condition, group: info.group, level, seriesId: stack.seriesId, seriesKey: stack.seriesKey, instanceNumber: row.instance_number, x: row.x, y: row.y, grade, slice });
        }
      }
      return { studyId: input.studyId, studyKey: input.studyKey, grades: studyGrades, points, series };
    });
    return { takenAt, lastEditId, fingerprint: hash.digest('hex'), studies, unresolved };
  })();
}
