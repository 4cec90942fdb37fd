import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JobInfo, ModelFolder, ModelImportSummary, RunComparison, RunQuality, RunSummary, TrainingExportSummary } from '../../../electron/common/contract';
import { dispatch } from '../../../electron/workspace/dispatch';
import { movePoint, setGrade } from '../../../electron/core/labels/editLabels';
import { installDemoDataset } from '../../../electron/core/demo/installDemoDataset';
import { nodeWorkspace } from '../../support/nodeWorkspace';
import { tempDir } from '../../support/tempDir';
import { testModelsDir } from '../../support/testModels';

/**
 * Issue 7, "Done when", last item: correct labels in a database, export, train briefly, import
 * the new models, run them, and the new run appears in the dashboard's data beside the old one.
 * Everything goes through the app's handler table (the IPC the screens call) and its engine; the
 * training through the training package on Debian's python3-torch. The shipped models are
 * stood in for by the test models (real architectures), so this does not depend on models/.
 */
const root = tempDir('round-trip-');
const testModels = testModelsDir().dir as string;
// The engine inherits the environment: the user's data folder is the temp folder, and the
// "bundled" models are the test models.
delete process.env['SPINE_REVIEW_MODELS'];
process.env['XDG_CONFIG_HOME'] = root;
process.env['SPINE_REVIEW_BUNDLED_MODELS'] = testModels;
const { workspace, grantFolder } = nodeWorkspace(join(root, 'workspace.sqlite'));
const call = async <T>(channel: string, request?: unknown): Promise<T> => {
  const answer = await dispatch(workspace.handlers, channel, request);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
  return answer.value as T;
};
const job = async <T>(channel: string, request: unknown): Promise<T> => {
  const started = await call<JobInfo>(channel, request);
  const finished = await workspace.services.jobs.settled(started.id);
  if (finished.state !== 'done') throw new Error(`${channel} job ${finished.state}: ${finished.error}`);
  return finished.result as T;
};

beforeAll(async () => {
  await installDemoDataset(workspace.services.db, join(root, 'phantom'), { studies: 5, seed: 23, pitfalls: 'none', reader: 'reader-a' });
}, 120_000);

describe('retraining round trip through the app', () => {
  let firstRun: number;
  let newIds: string[];

  it('runs the shipped models first', async () => {
    const run = await job<{ runId: number; status: string }>('ai:run', {});
    expect(run.status).toBe('done');
    firstRun = run.runId;
  }, 180_000);

  it('exports the corrected labels and trains briefly on them', async () => {
    const db = workspace.services.db;
    const study = db.prepare('SELECT id FROM studies ORDER BY id LIMIT 1').pluck().get() as number;
    setGrade(db, study, 'spinal', 'l4_l5', 'severe', { reader: 'reader-b' });
    const point = db.prepare("SELECT id, series_id, instance_number, x, y FROM points WHERE study_id = ? AND condition = 'spinal' AND level = 'l4_l5'").get(study) as { id: number; series_id: number; instance_number: number; x: number; y: number };
    movePoint(db, point.id, { seriesId: point.series_id, instanceNumber: point.instance_number, x: point.x + 2, y: point.y - 1 }, { reader: 'reader-b' });
    const exportDir = join(root, 'export');
    const summary = await job<TrainingExportSummary>('training:export', {
      folder: await grantFolder(exportDir, 'training-export'),
      parts: ['yolo', 'crops'],
    });
    expect(summary.counts.crops?.['spinal']?.['Severe']).toBeGreaterThan(0);
    // The export holds the corrected labels: the moved point and the new grade.
    const labels = execFileSync('grep', [',L4/L5,', join(exportDir, 'crops', 'spinal', 'labels.csv')], { encoding: 'utf8' });
    expect(labels).toContain(`,Spinal Canal Stenosis,L4/L5,Severe,`);
    expect(labels).toContain(`,${point.x + 2},${point.y - 1}`);

    const out = join(root, 'trained');
    const common = ['--out', out, '--manifest', join(out, 'manifest.json'), '--threads', '1', '--version', 'roundtrip'];
    const python = (args: string[]): void => {
      execFileSync('/usr/bin/python3', args, { cwd: resolve('training'), stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, OMP_NUM_THREADS: '1' } });
    };
    python(['-m', 'spine_training.train_detector', '--data', join(exportDir, 'yolo', 'spinal'), '--imgsz', '96', '--epochs', '1', '--batch', '4', ...common]);
    python(['-m', 'spine_training.train_grader', '--data', join(exportDir, 'crops', 'spinal'), '--epochs', '1', '--batch', '16', ...common]);

    const imported = await job<ModelImportSummary>('models:import', { folder: await grantFolder(out, 'models') });
    newIds = imported.added.map((m) => m.id).sort();
    expect(newIds).toEqual(['deepscorenet-spinal-roundtrip', 'yolov8n-spinal-96-roundtrip']);
    // The first import into the user's folder brought the shipped models along.
    expect(imported.seeded).toHaveLength(6);
    const folder = await call<ModelFolder>('models:list', {});
    expect(folder.models.filter((m) => m.isDefault)).toHaveLength(6);
    const added = folder.models.filter((m) => newIds.includes(m.id));
    expect(added.every((m) => !m.isDefault && m.card?.includes('roundtrip'))).toBe(true);
  }, 300_000);

  it('runs the imported models, and the new run sits beside the old one in the dashboard data', async () => {
    const run = await job<{ runId: number; status: string; models: { id: string }[] }>('ai:run', { modelIds: newIds });
    expect(run.status).toBe('done');
    expect(run.models.map((m) => m.id).sort()).toEqual(newIds);
    const runs = await call<RunSummary[]>('runs:list', {});
    expect(runs.map((r) => r.id)).toEqual([run.runId, firstRun]);
    expect(runs[0]?.models.map((m) => m.id).sort()).toEqual(newIds);
    for (const id of [firstRun, run.runId]) {
      const quality = await call<RunQuality>('runs:quality', { runId: id });
      expect(quality.score.studies).toBe(5);
      expect(quality.score.score).toBeGreaterThan(0);
      expect(quality.grading.n).toBe(quality.score.labelledCells);
      expect(quality.localisation.labelledPoints).toBeGreaterThan(0);
    }
    const comparison = await call<RunComparison>('runs:compare', { firstRunId: firstRun, secondRunId: run.runId });
    expect(comparison.cells).toBe(5 * 25);
    const corrected = comparison.rows.find((r) => r.condition === 'spinal' && r.level === 'l4_l5' && r.label === 'severe');
    expect(corrected).toBeDefined();
    // The correction shows as a disagreement between the imported originals and the current labels.
    const agreement = await call<{ n: number; accuracy: number; quadraticKappa: number | null }>('quality:agreement', { first: { kind: 'imported' }, second: { kind: 'current' } });
    expect(agreement.n).toBe(workspace.services.db.prepare('SELECT count(*) FROM grades WHERE grade IS NOT NULL').pluck().get());
    const changed = workspace.services.db.prepare("SELECT count(*) FROM grades WHERE grade IS NOT imported_grade").pluck().get() as number;
    expect(agreement.accuracy).toBeCloseTo(1 - changed / agreement.n, 12);
    const bad = await dispatch(workspace.handlers, 'runs:quality', { runId: 'latest' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dispatch(workspace.handlers, 'runs:quality', { runId: 999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  }, 180_000);
});
