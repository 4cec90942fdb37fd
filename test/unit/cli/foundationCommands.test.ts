import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleRsnaTexts, writeRsnaTexts } from '../../support/rsnaCsvText';
import { writeSmallRsnaStudies } from '../../support/smallStudies';
import { tempDir } from '../../support/tempDir';

/** The real `spine-review` command (bin/spine-review.js), run as a process against a real database file. */
const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'spine-review.js');

function cli(env: Record<string, string>, ...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  const lines = run.stdout.trim().split('\n');
  const last = lines[lines.length - 1] ?? '';
  return { status: run.status, stderr: run.stderr, summary: last.startsWith('{') ? (JSON.parse(last) as Record<string, unknown>) : null };
}

describe('spine-review index / import-rsna / export-rsna / stats', () => {
  const dir = tempDir();
  const db = join(dir, 'workspace.sqlite');
  const images = join(dir, 'train_images');
  writeSmallRsnaStudies(images, [{ studyKey: '4003253' }, { studyKey: '4646740' }]);
  writeFileSync(join(images, 'README.txt'), 'not an image, just notes about this folder, long enough to be read as a file '.repeat(3));
  const labels = writeRsnaTexts(join(dir, 'labels'), sampleRsnaTexts());

  it('index prints the totals as its last line and lists skipped files on stderr', () => {
    const run = cli({}, '--db', db, 'index', images);
    expect(run.status).toBe(0);
    expect(run.summary).toMatchObject({ studies: 2, series: 6, instances: 24, skipped: 1, added: 24 });
    expect(run.stderr).toMatch(/skipped .*README\.txt: not a DICOM Part 10 file/);
  });

  it('takes the database from SPINE_REVIEW_DB when --db is absent', () => {
    const run = cli({ SPINE_REVIEW_DB: db }, 'stats');
    expect(run.status).toBe(0);
    expect(run.summary).toMatchObject({ db, studies: 2, instances: 24, indexProblems: 1 });
  });

  it('import-rsna and export-rsna round-trip the files', () => {
    const imported = cli({}, '--db', db, 'import-rsna', labels);
    expect(imported.status).toBe(0);
    expect(imported.summary).toMatchObject({ pointsAdded: 5, seriesDescribed: 4 });
    const out = join(dir, 'out');
    const exported = cli({}, '--db', db, 'export-rsna', out);
    expect(exported.status).toBe(0);
    expect(exported.summary).toMatchObject({ variant: 'corrected', studies: 2, coordinates: 5, series: 4 });
    for (const file of ['train.csv', 'train_label_coordinates.csv', 'train_series_descriptions.csv']) {
      expect(readFileSync(join(out, file), 'utf8')).toBe(readFileSync(join(labels, file), 'utf8'));
    }
  });

  it('fails with a non-zero exit and the error on stderr, and changes nothing', () => {
    const bad = writeRsnaTexts(join(dir, 'bad'), { train: 'study_id,wrong\n1,2\n' });
    const run = cli({}, '--db', db, 'import-rsna', bad);
    expect(run.status).toBe(1);
    expect(run.summary).toBeNull();
    expect(run.stderr).toMatch(/^spine-review: import refused, nothing was changed:\n.*train\.csv:1: wrong header/m);
    expect(cli({}, '--db', db, 'stats').summary).toMatchObject({ studies: 2 });
    const missing = cli({}, '--db', db, 'index', join(dir, 'nope'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope: folder not found/);
  });

  it('refuses an unknown command or option with a usage error', () => {
    expect(cli({}, '--db', db, 'frobnicate').status).toBe(2);
    expect(cli({}, '--db', db, 'export-rsna', dir, '--variant', 'mine').status).toBe(2);
  });
});
