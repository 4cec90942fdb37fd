import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/store/openDatabase';
import { filesUnder } from '../../support/phantomFixture';

const root = mkdtempSync(join(tmpdir(), 'phantom-demo-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const bin = resolve('bin/spine-review.js');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, SPINE_REVIEW_READER: 'test-reader' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function csvRows(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
}

describe('spine-review demo', () => {
  const db = join(root, 'workspace.sqlite');
  const dir = join(root, 'demo');

  it('writes exactly the studies asked for, indexes them and imports their labels', () => {
    const run = cli('--db', db, 'demo', dir, '--studies', '3', '--seed', '9');
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout.trim().split('\n').pop() as string) as Record<string, number>;
    expect(summary['studies']).toBe(3);
    // The default models (models/) ran on the new studies (issue 7: demo uses them by default).
    expect(summary['aiStatus']).toBe('done');

    const studyFolders = readdirSync(join(dir, 'train_images'));
    expect(studyFolders).toHaveLength(3);
    const files = filesUnder(join(dir, 'train_images'));
    expect(summary['instances']).toBe(files.length);

    const train = csvRows(join(dir, 'train.csv'));
    const coordinates = csvRows(join(dir, 'train_label_coordinates.csv'));
    const series = csvRows(join(dir, 'train_series_descriptions.csv'));
    expect(train.map((r) => r[0]).sort()).toEqual([...studyFolders].sort());
    const labelledCells = train.reduce((n, r) => n + r.slice(1).filter((v) => v !== '').length, 0);

    const store = openDatabase(db);
    try {
      const count = (sql: string): number => store.prepare(sql).pluck().get() as number;
      expect(count('SELECT count(*) FROM studies')).toBe(3);
      expect(count('SELECT count(*) FROM instances')).toBe(files.length);
      expect(count('SELECT count(*) FROM series')).toBe(series.length);
      expect(count('SELECT count(*) FROM grades WHERE grade IS NOT NULL')).toBe(labelledCells);
      expect(count('SELECT count(*) FROM points')).toBe(coordinates.length);
      expect(count("SELECT count(*) FROM series WHERE role_source = 'rsna_csv'")).toBe(series.length);
      expect(count('SELECT count(*) FROM index_problems')).toBe(0);
      expect(count('SELECT count(*) FROM predictions')).toBe(3 * 25);
      // Every imported point refers to an indexed instance of its series.
      expect(
        count(
          'SELECT count(*) FROM points p WHERE NOT EXISTS (SELECT 1 FROM instances i WHERE i.series_id = p.series_id AND i.instance_number = p.instance_number)',
        ),
      ).toBe(0);
    } finally {
      store.close();
    }
  }, 180_000);

  it('refuses a folder that already holds images, adding nothing', () => {
    const run = cli('--db', db, 'demo', dir, '--studies', '1');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/already holds files/);
    const store = openDatabase(db);
    try {
      expect(store.prepare('SELECT count(*) FROM studies').pluck().get()).toBe(3);
    } finally {
      store.close();
    }
  });

  it('rejects a bad study count with a clear message', () => {
    const run = cli('--db', db, 'demo', join(root, 'other'), '--studies', 'many');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/--studies must be an integer/);
  });
});
