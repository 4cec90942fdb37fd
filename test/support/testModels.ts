import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..', '..');
const script = join(repo, 'training', 'scripts', 'make_test_models.py');

/**
 * The training package's test models (real architectures, fixed random weights, PyTorch
 * reference outputs): SPINE_REVIEW_TEST_MODELS, else test/fixtures/models, generated with
 * Debian's /usr/bin/python3 when missing. Null, with the reason, where the generator is not in
 * this checkout (before the training branch is merged).
 */
export function testModelsDir(): { dir: string | null; reason: string } {
  const fromEnv = process.env['SPINE_REVIEW_TEST_MODELS'];
  if (fromEnv) return { dir: fromEnv, reason: '' };
  const dir = join(repo, 'test', 'fixtures', 'models');
  if (existsSync(join(dir, 'reference', 'index.json'))) return { dir, reason: '' };
  if (!existsSync(script)) return { dir: null, reason: `${script} is not in this checkout (training package not merged)` };
  const result = spawnSync('/usr/bin/python3', [script, '--out', dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`make_test_models.py failed: ${result.stderr || result.error?.message}`);
  return { dir, reason: '' };
}
