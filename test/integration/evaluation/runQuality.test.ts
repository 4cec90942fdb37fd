import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { asRunId } from '../../../electron/common/ids';
import {
  GRADES,
  LOCATIONS,
  type ConditionId,
  type GradeId,
  type GradeProbabilities,
  type LevelId,
} from '../../../electron/common/vocabulary';
import { compareRuns } from '../../../electron/core/evaluation/compareRuns';
import { labelSetAgreement } from '../../../electron/core/evaluation/labelSetAgreement';
import { listRuns } from '../../../electron/core/evaluation/listRuns';
import { localisationErrors } from '../../../electron/core/evaluation/localisationErrors';
import { runQuality } from '../../../electron/core/evaluation/runQuality';
import type { LocationPrediction } from '../../../electron/core/inference/pipeline/StudyInput';
import { ModelRunStore } from '../../../electron/core/store/runs/modelRunRepository';
import { setGrade } from '../../../electron/core/labels/editLabels';
import { exportRsnaFolder } from '../../../electron/core/labels/exportRsnaFolder';
import { installDemoDataset } from '../../../electron/core/demo/installDemoDataset';
import { openDatabase, type Database } from '../../../electron/core/store/openDatabase';
import { tempDir } from '../../support/tempDir';

/**
 * The quality API on a real workspace: phantom studies with their labels, and two runs written
 * through the real run store, made from the labels so every figure is known in advance.
 */
const root = tempDir('run-quality-');
let db: Database;

interface Cell {
  studyId: number;
  studyKey: string;
  condition: ConditionId;
  level: LevelId;
  grade: GradeId | null;
  point: { seriesId: number; instanceNumber: number; x: number; y: number } | null;
}

function cells(): Cell[] {
  const studies = db.prepare('SELECT id, study_key FROM studies ORDER BY id').all() as { id: number; study_key: string }[];
  return studies.flatMap((s) =>
    LOCATIONS.map((l) => {
      const grade = db
        .prepare('SELECT grade FROM grades WHERE study_id = ? AND condition = ? AND level = ?')
        .pluck()
        .get(s.id, l.condition, l.level) as GradeId | null | undefined;
      const point = db
        .prepare(
          'SELECT series_id AS seriesId, instance_number AS instanceNumber, x, y FROM points WHERE study_id = ? AND condition = ? AND level = ? AND deleted = 0 ORDER BY id LIMIT 1',
        )
        .get(s.id, l.condition, l.level) as Cell['point'] | undefined;
      return { studyId: s.id, studyKey: s.study_key, condition: l.condition, level: l.level, grade: grade ?? null, point: point ?? null };
    }),
  );
}

function oneHot(grade: GradeId): GradeProbabilities {
  return GRADES.map((g) => (g.id === grade ? 0.9 : 0.05)) as unknown as GradeProbabilities;
}

/** A run answering each cell with `answer`; located where the label's point is, moved by `shift` px. */
function writeRun(answer: (c: Cell) => GradeId, shift: (c: Cell) => number): number {
  const store = new ModelRunStore(db);
  const runId = store.create({ strategy: 'test' }, [
    { id: 'test-model', kind: 'deepscorenet-grade', condition: 'spinal', version: 't', sha256: '0'.repeat(64) },
  ]);
  const all = cells();
  for (const studyId of [...new Set(all.map((c) => c.studyId))]) {
    const predictions: LocationPrediction[] = all
      .filter((c) => c.studyId === studyId)
      .map((c) => ({
        condition: c.condition,
        level: c.level,
        probabilities: oneHot(answer(c)),
        source: c.point ? 'model' : 'prior',
        point: c.point
          ? { seriesId: c.point.seriesId, instanceId: 0, instanceNumber: c.point.instanceNumber, x: c.point.x + shift(c), y: c.point.y }
          : null,
        confidence: c.point ? 0.9 : null,
        note: null,
      }));
    store.writeStudy(runId, {
      studyId,
      studyKey: '',
      predictions,
      detections: [],
      slicesRun: {},
      gradedCrops: 0,
      notes: [],
      milliseconds: 0,
    });
  }
  store.finish(runId, 'done');
  return runId;
}

let perfect: number;
let shifted: number;

beforeAll(async () => {
  db = openDatabase(join(root, 'workspace.sqlite'));
  await installDemoDataset(db, join(root, 'phantom'), { studies: 3, seed: 5, pitfalls: 'none', reader: 'test' });
  perfect = writeRun(
    (c) => c.grade ?? 'normal_mild',
    () => 0,
  );
  shifted = writeRun(
    (c) => (c.condition === 'spinal' ? 'severe' : (c.grade ?? 'normal_mild')),
    (c) => (c.condition === 'spinal' ? 3 : 0),
  );
  return () => db.close();
}, 120_000);

describe('quality API', () => {
  it('lists the runs with their models, newest first', () => {
    const runs = listRuns(db);
    expect(runs.map((r) => r.id)).toEqual([shifted, perfect]);
    expect(runs[0]).toMatchObject({ status: 'done', studies: 3, models: [{ id: 'test-model', kind: 'deepscorenet-grade' }] });
  });

  it('scores a run that agrees with every label: accuracy 1, kappa 1, every point found at 0 mm', () => {
    const q = runQuality(db, perfect);
    const labelled = cells().filter((c) => c.grade !== null).length;
    expect(q.score.labelledCells).toBe(labelled);
    // Every true grade got 0.9 after normalisation, so each condition term is −log 0.9.
    for (const part of [q.score.spinal, q.score.foraminal, q.score.subarticular]) expect(part).toBeCloseTo(-Math.log(0.9), 12);
    expect(q.grading.n).toBe(labelled);
    expect(q.grading.accuracy).toBe(1);
    expect(q.grading.byGroup.foraminal.confusion.flat().reduce((a, b) => a + b, 0)).toBe(
      cells().filter((c) => c.grade && c.condition.endsWith('foraminal')).length,
    );
    expect(q.localisation.labelledPoints).toBe(db.prepare('SELECT count(*) FROM points WHERE deleted = 0').pluck().get());
    expect(q.localisation).toMatchObject({ foundRate: 1, medianMm: 0, p90Mm: 0 });
  });

  it('measures a point moved along a row by its pixel spacing, in mm, and a wrong grade in the confusion matrix', () => {
    const q = runQuality(db, shifted);
    const spinal = cells().filter((c) => c.condition === 'spinal' && c.grade !== null);
    const severe = spinal.filter((c) => c.grade === 'severe').length;
    expect(q.grading.byGroup.spinal.accuracy).toBeCloseTo(severe / spinal.length, 12);
    // Every spinal label lands in the Severe column.
    expect(q.grading.byGroup.spinal.confusion.map((row) => row[2])).toEqual(
      GRADES.map((g) => spinal.filter((c) => c.grade === g.id).length),
    );
    expect(q.grading.byGroup.foraminal.accuracy).toBe(1);
    const errors = localisationErrors(db, shifted).errors.filter((e) => e.condition === 'spinal');
    for (const e of errors) {
      const spacing = db
        .prepare(
          'SELECT i.spacing_col FROM points p JOIN instances i ON i.series_id = p.series_id AND i.instance_number = p.instance_number WHERE p.study_id = ? AND p.condition = ? AND p.level = ?',
        )
        .pluck()
        .get(e.studyId, e.condition, e.level) as number;
      // Direction cosines are stored to 1e-8 (DS precision), so the row vector is unit to about that.
      expect(e.distanceMm).toBeCloseTo(3 * spacing, 6);
    }
    expect(q.localisation.byGroup.subarticular.foundRate).toBe(1);
    expect(q.localisation.byGroup.spinal.medianMm).toBeGreaterThan(0);
    expect(q.localisation.byGroup.spinal.foundRate).toBe(errors.filter((e) => (e.distanceMm ?? Infinity) <= 5).length / errors.length);
  });

  it('puts two runs side by side and flags the cells whose grades differ', () => {
    const comparison = compareRuns(db, perfect, shifted);
    expect(comparison.cells).toBe(3 * 25);
    const expected = cells().filter((c) => c.condition === 'spinal' && (c.grade ?? 'normal_mild') !== 'severe').length;
    expect(comparison.differing).toBe(expected);
    const flagged = compareRuns(db, perfect, shifted, { onlyDifferent: true, limit: 2 });
    expect(flagged.rows).toHaveLength(Math.min(2, expected));
    expect(flagged.truncated).toBe(expected > 2);
    for (const row of flagged.rows) {
      expect(row.condition).toBe('spinal');
      expect(row.second?.grade).toBe('severe');
      expect(row.maxAbsDifference).toBeCloseTo(0.85, 12);
    }
    expect(comparison.agreement.n).toBe(75);
  });

  it('gives the weighted kappa between two label sets: the originals against a corrected cell, and a reader export', () => {
    const study = db.prepare('SELECT id FROM studies ORDER BY id LIMIT 1').pluck().get() as number;
    const before = db
      .prepare("SELECT grade FROM grades WHERE study_id = ? AND condition = 'spinal' AND level = 'l4_l5'")
      .pluck()
      .get(study) as GradeId;
    setGrade(db, study, 'spinal', 'l4_l5', before === 'severe' ? 'normal_mild' : 'severe', { reader: 'test' });
    const labelled = cells().filter((c) => c.grade !== null).length;
    const corrected = labelSetAgreement(db, { kind: 'imported' }, { kind: 'current' });
    expect(corrected.n).toBe(labelled);
    expect(corrected.accuracy).toBeCloseTo((labelled - 1) / labelled, 12);
    expect(corrected.quadraticKappa).toBeLessThan(1);
    const folder = join(root, 'reader-b');
    exportRsnaFolder(db, folder, 'original');
    const reader = labelSetAgreement(db, { kind: 'imported' }, { kind: 'folder', dir: folder });
    expect(reader).toMatchObject({ n: labelled, accuracy: 1, quadraticKappa: 1, onlyFirst: 0, onlySecond: 0 });
    const run = labelSetAgreement(db, { kind: 'imported' }, { kind: 'run', runId: asRunId(perfect) });
    expect(run.accuracy).toBe(1);
  });

  it('refuses an unknown run with not-found', () => {
    expect(() => runQuality(db, 999)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});
