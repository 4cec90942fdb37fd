import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made = new Set<string>();
let cleanupOnExit = false;

function remove(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  made.delete(dir);
}

/**
 * A fresh folder under the OS temp dir, removed after the test file. Called inside a test body,
 * where vitest's afterAll no longer reaches, or outside vitest (benchmarks), it is removed when
 * the process exits instead.
 */
export function tempDir(prefix = 'spine-review-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  if (!cleanupOnExit) {
    cleanupOnExit = true;
    process.on('exit', () => [...made].forEach(remove));
  }
  try {
    afterAll(() => remove(dir));
  } catch {
    // Not collecting a suite (inside a test, or not under vitest): the exit handler removes it.
  }
  return dir;
}
