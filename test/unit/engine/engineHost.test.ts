import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EngineCrashError, EngineHost, type EngineTransport } from '../../../electron/core/engine/EngineHost';
import { forkEngine } from '../../../electron/core/engine/forkEngine';
import type { ScanBatch } from '../../../electron/core/indexing/scanDicomTree';
import { writeSmallRsnaStudies } from '../../support/smallStudies';
import { tempDir } from '../../support/tempDir';

describe('engine process', () => {
  const root = tempDir();
  writeSmallRsnaStudies(root, [{ studyKey: '1' }, { studyKey: '2' }, { studyKey: '3' }]);
  let lastChild: EngineTransport | null = null;
  const engine = new EngineHost(() => (lastChild = forkEngine()));
  afterAll(() => engine.dispose());

  it('runs a scan in a child process and streams batches and progress back', async () => {
    const batches: ScanBatch[] = [];
    const progress: [number, number][] = [];
    const summary = await engine.run<{ parsed: number }>(
      'scan',
      { root, known: [] },
      { onData: (data) => batches.push(data as ScanBatch), onProgress: (done, total) => progress.push([done, total]) },
    );
    expect(summary.parsed).toBe(36);
    expect(batches.flatMap((b) => b.files)).toHaveLength(36);
    expect(batches[0]?.files[0]?.header.imagePosition).toHaveLength(3);
    expect(progress.at(-1)).toEqual([36, 36]);
  });

  it('reports a job that throws as failed, with its message, and keeps serving', async () => {
    await expect(engine.run('scan', { root: join(root, 'missing'), known: [] })).rejects.toThrow(/missing: folder not found/);
    await expect(engine.run('no-such-job', {})).rejects.toThrow(/unknown engine job "no-such-job"/);
    await expect(engine.run('scan', { root: 42 })).rejects.toThrow(/expected string/);
  });

  it('turns a crash of the process into a failed job, then starts a fresh process', async () => {
    const running = engine.run('scan', { root, known: [] });
    lastChild?.kill();
    await expect(running).rejects.toBeInstanceOf(EngineCrashError);
    await expect(running).rejects.toThrow(/engine process stopped during the scan job/);
    const again = await engine.run<{ parsed: number }>('scan', { root, known: [] });
    expect(again.parsed).toBe(36);
  });

  it('cancels a running job', async () => {
    // Enough files that the scan is still going when the cancel, sent on its first progress
    // report, reaches the engine (it yields to its event loop every 256 files).
    const bigRoot = tempDir();
    writeSmallRsnaStudies(bigRoot, [
      { studyKey: '1', slices: 200 },
      { studyKey: '2', slices: 200 },
      { studyKey: '3', slices: 200 },
    ]);
    const controller = new AbortController();
    const summary = await engine.run<{ cancelled: boolean; parsed: number }>(
      'scan',
      { root: bigRoot, known: [] },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    expect(summary.cancelled).toBe(true);
    expect(summary.parsed).toBeLessThan(1800);
  });
});
