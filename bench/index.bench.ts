import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EngineHost } from '../electron/core/engine/EngineHost';
import { forkEngine } from '../electron/core/engine/forkEngine';
import { indexFolder } from '../electron/core/indexing/indexFolder';
import { indexThroughEngine } from '../electron/core/jobs/appJobs';
import { openDatabase } from '../electron/core/store/openDatabase';
import type { BenchResult, Report } from './benchTypes';
import { ensureMrFiles } from './support/mrFiles';

const FILES = 2000;
const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Index throughput (issue 2): 2,000 single-frame 512×512 16-bit MR files, warm page cache,
 * header-only; beside it pydicom's dcmread(stop_before_pixels=True) over the same files in the
 * same run as the baseline.
 */
export async function run(report: Report): Promise<BenchResult> {
  const cache = join(here, '.cache');
  const root = ensureMrFiles(cache, FILES);
  const work = join(cache, 'index-work');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });

  // Warm the page cache (and the JIT) with one full pass into a throwaway database.
  await indexFolder(openDatabase(join(work, 'warm.sqlite')), root);

  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const db = openDatabase(join(work, `run-${i}.sqlite`));
    const started = performance.now();
    const summary = await indexFolder(db, root);
    const seconds = (performance.now() - started) / 1000;
    if (summary.instancesAdded !== FILES) throw new Error(`indexed ${summary.instancesAdded} of ${FILES}`);
    runs.push(FILES / seconds);
    db.close();
  }
  const inProcess = Math.max(...runs);
  report('index, in process (CLI path)', inProcess, 'files/s', `best of 3, ${FILES} files`);

  const engine = new EngineHost(() => forkEngine());
  const db = openDatabase(join(work, 'engine.sqlite'));
  const progress = { signal: new AbortController().signal, progress: () => undefined };
  await indexThroughEngine(openDatabase(join(work, 'engine-warm.sqlite')), engine, root, progress);
  const started = performance.now();
  await indexThroughEngine(db, engine, root, progress);
  const viaEngine = FILES / ((performance.now() - started) / 1000);
  engine.dispose();
  report('index, engine process + main writer (app path)', viaEngine, 'files/s');

  const rescanStart = performance.now();
  await indexFolder(db, root);
  const rescan = FILES / ((performance.now() - rescanStart) / 1000);
  report('re-index of an unchanged folder', rescan, 'files/s');

  const python = JSON.parse(
    execFileSync('/usr/bin/python3', [join(here, 'support', 'pydicomBaseline.py'), root], { encoding: 'utf8' }),
  ) as { files: number; seconds: number };
  const pydicom = python.files / python.seconds;
  report(
    'baseline: pydicom dcmread(stop_before_pixels=True)',
    pydicom,
    'files/s',
    `pydicom ${execFileSync('/usr/bin/python3', ['-c', 'import pydicom; print(pydicom.__version__)'], { encoding: 'utf8' }).trim()}`,
  );
  report('speed-up over pydicom', inProcess / pydicom, '×');
  return {
    files: FILES,
    filesPerSecondInProcess: inProcess,
    filesPerSecondViaEngine: viaEngine,
    filesPerSecondRescan: rescan,
    pydicomFilesPerSecond: pydicom,
    target: 10_000,
  };
}
