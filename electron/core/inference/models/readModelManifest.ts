import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MANIFEST_FILE, ModelManifestSchema, type ModelEntry, type ModelManifest } from './modelManifest';

/** A manifest entry with its files resolved against the manifest's folder. */
export interface ResolvedModel {
  readonly entry: ModelEntry;
  readonly path: string;
  readonly cardPath: string | null;
}

export interface LoadedManifest {
  readonly file: string;
  readonly manifest: ModelManifest;
  readonly models: readonly ResolvedModel[];
}

/**
 * Reads and validates `<dir>/manifest.json`. Every problem is reported with the manifest's path
 * and the field's path (`models[2].sha256: ...`), all at once.
 */
export function readModelManifest(dir: string): LoadedManifest {
  const file = resolve(join(dir, MANIFEST_FILE));
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const hint = missing ? 'no model manifest here: import models with `spine-review models import`, or point --models at a folder holding manifest.json' : (error as Error).message;
    throw new Error(`${file}: cannot read the model manifest: ${hint}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = ModelManifestSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    throw new Error(`${file}: invalid model manifest:\n${lines.join('\n')}`);
  }
  const folder = resolve(dir);
  return {
    file,
    manifest: parsed.data,
    models: parsed.data.models.map((entry) => ({
      entry,
      path: join(folder, entry.file),
      cardPath: entry.card ? join(folder, entry.card) : null,
    })),
  };
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(manifest)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}
