import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCATIONS, locationColumn, TRAIN_CSV_COLUMNS } from '../../../electron/common/vocabulary';
import { tempDir } from '../../support/tempDir';

const repo = resolve(import.meta.dirname, '../../..');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'electron/core/cli/main.ts'), ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('spine-review eval', () => {
  const dir = tempDir();
  // Study 7: spinal L1/L2 Severe, every other cell Normal/Mild except two empty (unlabelled) cells.
  const cells = LOCATIONS.map((_, i) => (i === 0 ? 'Severe' : i === 15 || i === 16 ? '' : 'Normal/Mild'));
  const train = join(dir, 'train.csv');
  writeFileSync(train, `${TRAIN_CSV_COLUMNS.join(',')}\n7,${cells.join(',')}\n`);

  it('prints the metric as its last line, a uniform submission scoring ln 3 per condition', () => {
    const submission = join(dir, 'uniform.csv');
    // Rows in reverse order and not summing to 1 (2,2,2): aligned by row_id and normalised.
    const rows = [...LOCATIONS].reverse().map((l) => `7_${locationColumn(l)},2,2,2`);
    writeFileSync(submission, `row_id,normal_mild,moderate,severe\n${rows.join('\n')}\n`);
    const result = cli('eval', '--solution', train, '--submission', submission);
    expect(result.status).toBe(0);
    const last = JSON.parse(result.stdout.trim().split('\n').at(-1)!);
    expect(Object.keys(last)).toEqual(['spinal', 'foraminal', 'subarticular', 'any_severe_spinal', 'score']);
    expect(last.spinal).toBeCloseTo(Math.log(3), 12);
    expect(last.foraminal).toBeCloseTo(Math.log(3), 12);
    expect(last.subarticular).toBeCloseTo(Math.log(3), 12);
    // One study with a Severe spinal level (weight 4), predicted severe = 2 as submitted → clipped to 1 − 1e-15.
    expect(last.any_severe_spinal).toBeCloseTo(-Math.log(1 - 1e-15), 12);
    expect(last.score).toBeCloseTo((3 * Math.log(3) + last.any_severe_spinal) / 4, 12);
  });

  it('fails with a clear message and a non-zero exit on a bad submission', () => {
    const submission = join(dir, 'short.csv');
    writeFileSync(submission, `row_id,normal_mild,moderate,severe\n7_spinal_canal_stenosis_l1_l2,0.2,0.3,0.5\n`);
    const result = cli('eval', '--solution', train, '--submission', submission);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/submission lacks 22 row\(s\) of the solution: 7_spinal_canal_stenosis_l2_l3/);
  });
});
