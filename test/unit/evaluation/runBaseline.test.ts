import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRADES, LOCATIONS, conditionInfo, type GradeId, type GradeProbabilities } from '../../../electron/common/vocabulary';
import { runBaseline } from '../../../electron/core/evaluation/runBaseline';
import { scoreModelRun } from '../../../electron/core/evaluation/scoreModelRun';
import { NotFoundError } from '../../../electron/core/errors';
import type { ConstantPredictor } from '../../../electron/core/evaluation/constantBaseline';
import { ModelRunStore } from '../../../electron/core/store/runs/modelRunRepository';
import { openDatabase, type Database } from '../../../electron/core/store/openDatabase';
import { tempDir } from '../../support/tempDir';

/**
 * The dashboard's constant baseline of a run, on a real store: studies and grades as rows, runs
 * written through the real run store.
 */
const dir = tempDir('run-baseline-');
let db: Database;
let studies: number[];

/** Grade of a study's location: study i has Moderate at L4/L5 of every condition and Severe spinal L5/S1 when i is even. */
function gradeOf(index: number, condition: string, level: string): GradeId {
  if (level === 'l4_l5') return 'moderate';
  if (condition === 'spinal' && level === 'l5_s1' && index % 2 === 0) return 'severe';
  return 'normal_mild';
}

function writeRun(studyIds: readonly number[], answer: (condition: string) => GradeProbabilities): number {
  const store = new ModelRunStore(db);
  const runId = store.create({ strategy: 'test' });
  for (const studyId of studyIds) {
    store.writeStudy(runId, {
      studyId,
      studyKey: '',
      predictions: LOCATIONS.map((l) => ({
        condition: l.condition,
        level: l.level,
        probabilities: answer(l.condition),
        source: 'prior',
        point: null,
        confidence: null,
        note: null,
      })),
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

function expectClose(actual: readonly number[] | undefined, expected: readonly number[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => expect(actual?.[i]).toBeCloseTo(e, 12));
}

beforeAll(() => {
  db = openDatabase(join(dir, 'workspace.sqlite'));
  const addStudy = db.prepare("INSERT INTO studies (study_key, created_at) VALUES (?, '2026-01-01T00:00:00Z')");
  const addGrade = db.prepare("INSERT INTO grades (study_id, condition, level, grade, source) VALUES (?, ?, ?, ?, 'import')");
  studies = [1001, 1002, 1003, 1004, 1005].map((key, i) => {
    const id = Number(addStudy.run(String(key)).lastInsertRowid);
    // The fifth study has no labels at all; the others are fully graded.
    if (i < 4) for (const l of LOCATIONS) addGrade.run(id, l.condition, l.level, gradeOf(i, l.condition, l.level));
    return id;
  });
});
afterAll(() => db.close());

describe('runBaseline', () => {
  it('is scored on exactly the cells the run is scored on', () => {
    const runId = writeRun(studies.slice(0, 3), () => [0.7, 0.2, 0.1]);
    const baseline = runBaseline(db, runId);
    const score = scoreModelRun(db, runId);
    expect(baseline).toMatchObject({ runId, studies: 3, labelledCells: 3 * 25 });
    expect(baseline.labelledCells).toBe(score.labelledCells);
    expect(baseline.studies).toBe(score.studies);
    expect(baseline.baselines.map((b) => b.kind)).toEqual(['frequencies', 'weighted-optimum']);
  });

  it('gives the score a run answering with the same constant gets', () => {
    const probe = writeRun(studies.slice(0, 4), () => [0.7, 0.2, 0.1]);
    const optimum = runBaseline(db, probe).baselines.find((b) => b.kind === 'weighted-optimum');
    if (!optimum) throw new Error('no weighted-optimum baseline');
    const predictor: ConstantPredictor = optimum.predictor;
    const constantRun = writeRun(studies.slice(0, 4), (condition) => predictor[conditionInfo(condition as never).group]);
    const scored = scoreModelRun(db, constantRun);
    for (const part of ['spinal', 'foraminal', 'subarticular', 'any_severe_spinal', 'score'] as const) {
      expect(optimum.score[part]).toBeCloseTo(scored[part] as number, 12);
    }
  });

  it('fits the frequencies of the labels it is scored on (with half a count per grade)', () => {
    // Foraminal over 4 studies: 2 sides × 4 studies × (4 Normal/Mild + 1 Moderate) cells.
    const runId = writeRun(studies.slice(0, 4), () => [0.5, 0.3, 0.2]);
    const frequencies = runBaseline(db, runId).baselines.find((b) => b.kind === 'frequencies');
    const total = 32 + 8 + 1.5;
    expectClose(frequencies?.predictor.foraminal, [(32 + 0.5) / total, (8 + 0.5) / total, 0.5 / total]);
    // Weighted optimum: p_k ∝ w_k · n_k with weights 1 / 2 / 4 (rsna-data.md).
    const optimum = runBaseline(db, runId).baselines.find((b) => b.kind === 'weighted-optimum');
    const [w0, w1, w2] = GRADES.map((g) => g.weight) as [number, number, number];
    const mass = [32.5 * w0, 8.5 * w1, 0.5 * w2];
    const sum = mass[0]! + mass[1]! + mass[2]!;
    expectClose(
      optimum?.predictor.foraminal,
      mass.map((m) => m / sum),
    );
  });

  it('has no baseline for a run on unlabelled studies only', () => {
    const runId = writeRun(studies.slice(4), () => [0.6, 0.3, 0.1]);
    expect(runBaseline(db, runId)).toEqual({ runId, studies: 0, labelledCells: 0, baselines: [] });
  });

  it('names a run that does not exist', () => {
    expect(() => runBaseline(db, 9999)).toThrow(NotFoundError);
    expect(() => runBaseline(db, 9999)).toThrow('no model run 9999');
  });
});
