import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..', '..');
const script = join(repo, 'training', 'scripts', 'make_known_graphs.py');
export const KNOWN_GRAPHS = join(repo, 'test', 'fixtures', 'known-graphs');

/**
 * The path of a hand-built graph (training/scripts/make_known_graphs.py), generating them all
 * with Debian's /usr/bin/python3 when missing or older than the script, so `npm test` needs no
 * separate step (CI also runs scripts/make-inference-fixtures.sh).
 */
export function knownGraph(name: string): string {
  const file = join(KNOWN_GRAPHS, name);
  const marker = join(KNOWN_GRAPHS, '.complete');
  if (!existsSync(file) || !existsSync(marker) || statSync(marker).mtimeMs < statSync(script).mtimeMs) {
    const result = spawnSync('/usr/bin/python3', [script, '--out', KNOWN_GRAPHS], { encoding: 'utf8' });
    if (result.status !== 0)
      throw new Error(`make_known_graphs.py failed (needs Debian python3-onnx): ${result.stderr || result.error?.message}`);
  }
  if (!existsSync(file)) throw new Error(`${file}: not made by make_known_graphs.py`);
  return file;
}
