/**
 * Training export throughput (issue 7): slices decoded, normalised and written as PNG, and grader
 * crops cut, per second, for a phantom workspace, in wall-clock and CPU time (CPU time is steadier
 * on a shared machine). The export runs in-process here; the app runs the same code in its engine.
 *
 *   npm run bench -- training          (TRAINING_BENCH_STUDIES=N to change the workspace size)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dicomSliceSource } from '../electron/core/inference/runs/dicomSliceSource';
import { installDemoDataset } from '../electron/core/demo/installDemoDataset';
import { openDatabase } from '../electron/core/store/openDatabase';
import { exportTrainingSet } from '../electron/core/training/export/exportTrainingSet';
import type { BenchResult, Report } from './benchTypes';

export async function run(report: Report): Promise<BenchResult> {
  const root = mkdtempSync(join(tmpdir(), 'training-bench-'));
  const db = openDatabase(join(root, 'workspace.sqlite'));
  try {
    const studies = Number(process.env['TRAINING_BENCH_STUDIES'] ?? 20);
    await installDemoDataset(db, join(root, 'phantom'), { studies, seed: 2024, reader: 'bench' });
    const source = await dicomSliceSource();
    const started = performance.now();
    const cpu = process.cpuUsage();
    const summary = await exportTrainingSet(db, {
      dir: join(root, 'export'),
      parts: ['yolo', 'crops'],
      source,
      sourceDatabase: 'bench',
      tool: 'bench',
    });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    const slices = Object.values(summary.counts.yolo ?? {}).reduce((n, c) => n + c.images, 0);
    const crops = Object.values(summary.counts.crops ?? {}).reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0);
    report('studies', studies);
    report('slices written (PNG)', slices);
    report('crops written', crops);
    report('export wall time', seconds, 's');
    report('export CPU time', cpuSeconds, 's');
    report('slices per second (wall)', slices / seconds, '/s');
    report('slices per CPU second', slices / cpuSeconds, '/s', 'decode + min–max + PNG, crops included');
    return { studies, slices, crops, seconds, cpuSeconds, slicesPerSecond: slices / seconds, slicesPerCpuSecond: slices / cpuSeconds };
  } finally {
    db.close();
    rmSync(root, { recursive: true, force: true });
  }
}
