import { copyFileSync, renameSync, rmSync } from 'node:fs';
import type { ModelEntry } from './modelManifest';
import { sha256File } from './sha256File';

/** Copies a model file into a model folder through a temp file, checking the copy's hash before it takes the name. */
export async function copyVerified(from: string, to: string, sha256: string): Promise<void> {
  const temp = `${to}.${process.pid}.tmp`;
  try {
    copyFileSync(from, temp);
    if ((await sha256File(temp)) !== sha256) throw new Error(`the copy of ${from} does not match its sha256 (disk error?)`);
    renameSync(temp, to);
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * The model card written for a model that came without one: what the app knows of it, and that
 * its training data and metrics are unknown (`extraLines` add facts the caller has, e.g. classes).
 */
export function generatedModelCard(entry: ModelEntry, from: string, at: Date, note: string, extraLines: readonly string[] = []): string {
  return [
    `# ${entry.id}`,
    '',
    `- Kind: ${entry.kind} (${entry.condition})`,
    `- Version: ${entry.version}`,
    `- Imported: ${at.toISOString()} from \`${from}\``,
    `- SHA-256: \`${entry.sha256}\``,
    `- Input: ${entry.inputSize} px, preprocessing \`${entry.preprocessing}\``,
    ...extraLines,
    '',
    note,
    '',
  ].join('\n');
}
