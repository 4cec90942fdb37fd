import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCATIONS, locationColumn } from '../../../electron/common/vocabulary';
import { parseSubmissionCsv } from '../../../electron/core/evaluation/parseSubmissionCsv';
import { openDatabase } from '../../../electron/core/store/openDatabase';
import { knownGraphModelFolder } from '../../support/modelFixtures';
import { CANAL_COLUMN, LEVEL_ROWS } from '../../support/syntheticStudy';
import { writeSyntheticDicomStudy } from '../../support/syntheticDicomStudy';
import { tempDir } from '../../support/tempDir';

const repo = resolve(import.meta.dirname, '../../..');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'electron/core/cli/main.ts'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const last = (stdout: string): Record<string, unknown> => JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;

describe('spine-review infer, end to end on DICOM files', () => {
  it('indexes, decodes, infers in the engine process and writes a complete submission', async () => {
    const dir = tempDir();
    const root = join(dir, 'images');
    await writeSyntheticDicomStudy(root, 101);
    await writeSyntheticDicomStudy(root, 102, { omit: ['sag_t1'] });
    const db = join(dir, 'ws.sqlite');
    expect(cli('--db', db, 'index', root).status).toBe(0);

    const submission = join(dir, 'submission.csv');
    const result = cli('--db', db, 'infer', '--models', knownGraphModelFolder(), '--submission', submission);
    expect(result.stderr).not.toMatch(/failed/);
    expect(result.status).toBe(0);
    expect(last(result.stdout)).toMatchObject({
      status: 'done',
      strategy: 'targeted',
      provider: 'cpu',
      studies: 2,
      done: 2,
      failed: 0,
      rows: 50,
    });

    const rows = parseSubmissionCsv(readFileSync(submission, 'utf8'), submission);
    expect(rows.map((r) => r.rowId)).toEqual(['101', '102'].flatMap((s) => LOCATIONS.map((l) => `${s}_${locationColumn(l)}`)));
    for (const r of rows) expect(r.probabilities[0] + r.probabilities[1] + r.probabilities[2]).toBeCloseTo(1, 12);

    // The points land on the drawn structures, read from the real files.
    const store = openDatabase(db);
    const spinal = store
      .prepare(
        "SELECT p.level, p.x, p.y FROM predictions p JOIN studies s ON s.id = p.study_id WHERE s.study_key = '101' AND p.condition = 'spinal' ORDER BY p.level",
      )
      .all() as { level: string; x: number; y: number }[];
    expect(spinal.map((p) => [p.x, p.y])).toEqual(LEVEL_ROWS.map((row) => [CANAL_COLUMN, row]));
    // Study 102 has no sagittal T1: its foraminal answers are priors.
    expect(
      store
        .prepare("SELECT count(*) FROM predictions p JOIN studies s ON s.id = p.study_id WHERE s.study_key = '102' AND p.source = 'prior'")
        .pluck()
        .get(),
    ).toBe(10);
    store.close();

    // The same run scored against labels: eval --run with no labels gives nulls, not a crash.
    const scored = cli('--db', db, 'eval', '--run', String(last(result.stdout)['runId']));
    expect(scored.status).toBe(0);
    expect(last(scored.stdout)).toEqual({ spinal: null, foraminal: null, subarticular: null, any_severe_spinal: null, score: null });
  });

  it('refuses an unknown study key and a bad provider name with exit code 1', () => {
    const db = join(tempDir(), 'empty.sqlite');
    const unknown = cli('--db', db, 'infer', '--study', '999', '--models', knownGraphModelFolder());
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/--study 999: no such study/);
    const provider = cli('--db', db, 'infer', '--provider', 'tpu', '--models', knownGraphModelFolder());
    expect(provider.status).toBe(1);
    expect(provider.stderr).toMatch(/--provider tpu: not one of cuda, webgpu, dml, coreml, cpu/);
  });
});
