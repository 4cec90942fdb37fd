import { EngineHost } from '../engine/EngineHost';
import { forkEngine } from '../engine/forkEngine';
import { exportThroughEngine } from '../training/export/exportThroughEngine';
import type { ExportPart } from '../training/export/TrainingExportManifest';
import type { CliContext } from './CliContext';

/** export-yolo / export-crops: the export job in a forked engine, progress on a terminal, a JSON summary. */
export async function runTrainingExport(ctx: CliContext, dir: string, parts: readonly ExportPart[]): Promise<void> {
  // The engine opens the database itself; make sure it exists and is migrated first.
  ctx.db();
  const engine = new EngineHost(() => forkEngine());
  const progress = ctx.progress('exporting');
  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  process.once('SIGINT', onSignal);
  const started = performance.now();
  try {
    const summary = await exportThroughEngine(
      engine,
      { databasePath: ctx.databasePath, dir, parts },
      { signal: controller.signal, onProgress: progress.update },
    );
    progress.stop();
    for (const [reason, n] of Object.entries(summary.skipped)) if (n > 0) ctx.info(`skipped: ${n} ${reason}`);
    for (const problem of summary.undecodable.slice(0, 20)) ctx.info(`not decodable: ${problem}`);
    ctx.summary({ ...summary, seconds: Math.round((performance.now() - started) / 100) / 10 });
  } finally {
    process.off('SIGINT', onSignal);
    progress.stop();
    engine.dispose();
  }
}
