import { join, resolve } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { EngineHost, type EngineTransport } from '../../../electron/core/engine/EngineHost';
import { forkEngine } from '../../../electron/core/engine/forkEngine';
import { runInference, type InferenceRunSummary } from '../../../electron/core/inference/runs/runInference';
import { openDatabase } from '../../../electron/core/store/openDatabase';
import { LOCATIONS, locationColumn } from '../../../electron/common/vocabulary';
import { parseSubmissionCsv } from '../../../electron/core/evaluation/parseSubmissionCsv';
import { rsnaScore, type SolutionRow } from '../../../electron/core/evaluation/rsnaMetric';
import { scoreModelRun } from '../../../electron/core/evaluation/scoreModelRun';
import { submissionRows } from '../../../electron/core/inference/submission/submissionRows';
import { writeSubmissionCsv } from '../../../electron/core/inference/submission/writeSubmissionCsv';
import { workspacePriors } from '../../../electron/core/inference/runs/workspacePriors';
import { knownGraphModelFolder } from '../../support/modelFixtures';
import { storeSyntheticStudy } from '../../support/syntheticStudyStore';
import { tempDir } from '../../support/tempDir';

const sliceSourceModule = resolve(import.meta.dirname, '../../support/syntheticSliceSource.ts');
const modelsDir = knownGraphModelFolder();
let lastChild: EngineTransport | null = null;
const engine = new EngineHost(() => (lastChild = forkEngine()));
afterAll(() => engine.dispose());

function workspace(studies: number, delayMs = 0) {
  const db = openDatabase(join(tempDir(), 'ws.sqlite'));
  const ids = Array.from({ length: studies }, (_, i) => storeSyntheticStudy(db, i + 1, { delayMs }));
  return { db, ids };
}

const count = (db: ReturnType<typeof openDatabase>, sql: string, ...args: unknown[]): number =>
  db
    .prepare(sql)
    .pluck()
    .get(...args) as number;

describe('runInference through the engine process', () => {
  it('infers every study in a forked engine and stores 25 answers each, detections and the run', async () => {
    const { db, ids } = workspace(3);
    // One study's slice cannot be read: its error is listed, the others go on.
    db.prepare(
      "UPDATE instances SET file_path = 'synthetic://broken/' || id WHERE series_id IN (SELECT id FROM series WHERE study_id = ? AND role = 'sag_t2')",
    ).run(ids[1]);
    const progress: number[] = [];
    const summary = await runInference(
      db,
      engine,
      { modelsDir, sliceSourceModule, chunkSize: 2 },
      { onProgress: (done) => progress.push(done) },
    );
    expect(summary).toMatchObject({ status: 'done', studies: 3, done: 2, failed: 1, provider: 'cpu' });
    expect(summary.errors[0]).toMatchObject({ studyId: ids[1], studyKey: '2' });
    expect(summary.errors[0]!.message).toMatch(/synthetic:\/\/broken\/\d+: not a synthetic slice path/);
    expect(summary.models.map((m) => m.id).sort()).toEqual([
      'blob-foraminal',
      'blob-spinal',
      'blob-subarticular',
      'mean-foraminal',
      'mean-spinal',
      'mean-subarticular',
    ]);
    expect(progress.at(-1)).toBe(3);
    const run = db.prepare('SELECT * FROM model_runs WHERE id = ?').get(summary.runId) as Record<string, unknown>;
    expect(run).toMatchObject({ status: 'done', provider: 'cpu', error: '1 study failed' });
    expect(JSON.parse(run['options'] as string)).toMatchObject({ strategy: 'targeted' });
    expect(JSON.parse(run['models'] as string)[0].attempts.at(-1)).toMatchObject({ provider: 'cpu', outcome: 'used' });
    expect(count(db, 'SELECT count(*) FROM predictions WHERE run_id = ?', summary.runId)).toBe(50);
    expect(count(db, "SELECT count(*) FROM predictions WHERE run_id = ? AND source = 'model'", summary.runId)).toBe(50);
    expect(count(db, 'SELECT count(*) FROM detections WHERE run_id = ? AND study_id = ?', summary.runId, ids[0])).toBeGreaterThanOrEqual(
      25,
    );
    expect(count(db, 'SELECT count(*) FROM run_errors WHERE run_id = ?', summary.runId)).toBe(1);
    const sums = db
      .prepare('SELECT p_normal_mild + p_moderate + p_severe FROM predictions WHERE run_id = ?')
      .pluck()
      .all(summary.runId) as number[];
    for (const s of sums) expect(s).toBeCloseTo(1, 6);
    // The viewer's latest-run counters follow (study_stats triggers on predictions).
    expect(count(db, 'SELECT latest_run_id FROM study_stats WHERE study_id = ?', ids[0])).toBe(summary.runId);

    // The submission: 25 rows per study, the failed study answered with priors, rows summing to 1.
    const written = submissionRows(db, summary.runId, ids, workspacePriors(db));
    expect(written.rows).toHaveLength(75);
    expect(written.filled).toBe(25);
    expect(written.rows[0]!.rowId).toBe('1_spinal_canal_stenosis_l1_l2');
    const file = join(tempDir(), 'submission.csv');
    writeSubmissionCsv(file, written.rows);
    const back = parseSubmissionCsv(readFileSync(file, 'utf8'), file);
    expect(back).toEqual(written.rows);
    for (const row of back) expect(row.probabilities[0] + row.probabilities[1] + row.probabilities[2]).toBeCloseTo(1, 12);

    // The metric of the run against the workspace's labels equals the metric of its rows.
    const insertGrade = db.prepare(
      "INSERT INTO grades (study_id, condition, level, imported, imported_grade, grade, source) VALUES (?, ?, ?, 1, ?, ?, 'import')",
    );
    const solution: SolutionRow[] = [];
    LOCATIONS.forEach((l, i) => {
      const grade = (['normal_mild', 'moderate', 'severe'] as const)[i % 3]!;
      insertGrade.run(ids[0], l.condition, l.level, grade, grade);
      solution.push({ rowId: `1_${locationColumn(l)}`, grade });
    });
    const score = scoreModelRun(db, summary.runId);
    expect(score).toMatchObject({ studies: 1, labelledCells: 25 });
    expect(score.score).toBeCloseTo(rsnaScore(solution, written.rows.slice(0, 25)).score!, 12);
  });

  it('stops within one study when cancelled', async () => {
    const { db } = workspace(5, 40);
    const controller = new AbortController();
    const started: number[] = [];
    const summary = await runInference(
      db,
      engine,
      { modelsDir, sliceSourceModule, chunkSize: 5 },
      {
        signal: controller.signal,
        onProgress: (done) => {
          started.push(done);
          if (done === 1) controller.abort(); // study 2 has just started
        },
      },
    );
    expect(summary.status).toBe('cancelled');
    expect(summary.done).toBe(1);
    expect(count(db, 'SELECT count(DISTINCT study_id) FROM predictions WHERE run_id = ?', summary.runId)).toBe(1);
    expect(
      count(db, "SELECT count(*) FROM model_runs WHERE id = ? AND status = 'cancelled' AND finished_at IS NOT NULL", summary.runId),
    ).toBe(1);
  });

  it('fails the run with a clear error when the engine crashes, and the next run works', async () => {
    const { db } = workspace(4, 40);
    const failure = await runInference(
      db,
      engine,
      { modelsDir, sliceSourceModule, chunkSize: 4 },
      {
        onProgress: (done) => {
          if (done === 1) lastChild?.kill();
        },
      },
    ).then(
      () => null,
      (error: Error & { summary?: InferenceRunSummary }) => error,
    );
    expect(failure?.message).toMatch(
      /inference run \d+ failed: the engine process stopped during the infer job \((killed by SIGTERM|exited with code)/,
    );
    const runId = failure!.summary!.runId;
    expect(db.prepare('SELECT status, error FROM model_runs WHERE id = ?').get(runId)).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/engine process stopped/),
    });
    // What arrived before the crash is kept.
    expect(count(db, 'SELECT count(DISTINCT study_id) FROM predictions WHERE run_id = ?', runId)).toBe(1);
    const again = await runInference(db, engine, { modelsDir, sliceSourceModule, studyIds: [1] });
    expect(again).toMatchObject({ status: 'done', done: 1 });
  });

  it('refuses a run whose model file does not match its hash, naming the file', async () => {
    const { db } = workspace(1);
    const dir = knownGraphModelFolder();
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    writeFileSync(join(dir, manifest.models[0].file), 'tampered');
    const error = await runInference(db, engine, { modelsDir: dir, sliceSourceModule }).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/blob-detector-spinal\.onnx: sha256 mismatch/);
    expect(db.prepare('SELECT status FROM model_runs').pluck().get()).toBe('failed');
  });
});
