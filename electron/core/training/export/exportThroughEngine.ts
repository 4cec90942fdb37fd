import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EngineHost } from '../../engine/EngineHost';
import type { ExportPart } from './TrainingExportManifest';
import type { TrainingExportSummary } from './writeTrainingExport';

export interface TrainingExportJobRequest {
  readonly databasePath: string;
  readonly dir: string;
  readonly parts: readonly ExportPart[];
}

/** Runs a training export as the engine's `export-training` job (the CLI and the app's job both do). */
export function exportThroughEngine(
  engine: EngineHost,
  request: TrainingExportJobRequest,
  callbacks: { signal?: AbortSignal; onProgress?: (done: number, total: number, message?: string) => void } = {},
): Promise<TrainingExportSummary> {
  return engine.run<TrainingExportSummary>('export-training', { ...request, parts: [...request.parts], tool: toolName() }, callbacks);
}

/** `spine-review <version>` from the package manifest, recorded in the export's manifest. */
export function toolName(): string {
  try {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../../../package.json', import.meta.url)), 'utf8')) as { version?: string };
    return `spine-review ${pkg.version ?? 'unknown'}`;
  } catch {
    return 'spine-review';
  }
}
