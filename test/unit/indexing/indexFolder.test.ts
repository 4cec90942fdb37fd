import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexFolder } from '../../../electron/core/indexing/indexFolder';
import { openDatabase } from '../../../electron/core/store/openDatabase';
import { writeSmallRsnaStudies } from '../../support/smallStudies';
import { tempDir } from '../../support/tempDir';
import { writeTestSlice } from '../../support/testDicom';

describe('indexFolder on an RSNA layout', () => {
  const root = join(tempDir(), 'train_images');
  const keys = writeSmallRsnaStudies(root, [{ studyKey: '4003253' }, { studyKey: '4646740' }]);
  const db = openDatabase(join(root, '..', 'db.sqlite'));

  it('keys studies and series by the RSNA folder names and stores geometry', async () => {
    const summary = await indexFolder(db, root);
    expect(summary).toMatchObject({ files: 24, parsed: 24, skipped: 0, studiesAdded: 2, seriesAdded: 6, instancesAdded: 24 });
    expect(db.prepare('SELECT study_key FROM studies ORDER BY study_key').pluck().all()).toEqual(['4003253', '4646740']);
    const t1 = keys.get('4003253')?.t1 as string;
    const series = db.prepare('SELECT role, role_source, orientation FROM series WHERE series_key = ?').get(t1);
    expect(series).toEqual({ role: 'sag_t1', role_source: 'description', orientation: 'sagittal' });
    const axial = db.prepare('SELECT role, orientation FROM series WHERE series_key = ?').get(keys.get('4003253')?.ax);
    expect(axial).toEqual({ role: 'ax_t2', orientation: 'axial' });
  });

  it('orders slices by position along the normal, not by instance number', () => {
    const t2 = keys.get('4003253')?.t2 as string;
    const rows = db
      .prepare(
        'SELECT i.instance_number, i.ipp_x, i.slice_position FROM instances i JOIN series s ON s.id = i.series_id WHERE s.series_key = ? ORDER BY i.slice_position',
      )
      .all(t2) as { instance_number: number; ipp_x: number; slice_position: number }[];
    // Sagittal IOP [0,1,0,0,0,-1]: normal = row × column = (-1, 0, 0), so position = -x.
    expect(rows.map((r) => r.ipp_x)).toEqual([0, -4, -8, -12]);
    expect(rows.map((r) => r.slice_position + 0)).toEqual([0, 4, 8, 12]);
    const numbers = rows.map((r) => r.instance_number);
    expect(numbers).not.toEqual([...numbers].sort((a, b) => a - b));
  });

  it('adds nothing twice when the same folder is indexed again, and parses only changed files', async () => {
    const before = db.prepare('SELECT count(*) FROM instances').pluck().get();
    const again = await indexFolder(db, root);
    expect(again).toMatchObject({ files: 24, parsed: 0, unchanged: 24, studiesAdded: 0, seriesAdded: 0, instancesAdded: 0 });
    expect(db.prepare('SELECT count(*) FROM instances').pluck().get()).toBe(before);
  });
});

describe('indexFolder on bad input', () => {
  const root = tempDir();
  const good = { studyUid: '1.2.3', seriesUid: '1.2.3.1', seriesDescription: 'Sagittal T2/STIR' };
  writeTestSlice(join(root, 'a', 'good1.dcm'), { ...good, sopUid: '1.2.3.1.1', instanceNumber: 1, position: [0, 0, 0] });
  writeTestSlice(join(root, 'a', 'good2.dcm'), { ...good, sopUid: '1.2.3.1.2', instanceNumber: 2, position: [4, 0, 0] });
  writeFileSync(join(root, 'a', 'readme.txt'), 'not an image at all, but long enough to have 132 bytes '.repeat(4));
  writeFileSync(join(root, 'a', 'tiny.bin'), 'x');
  const full = readFileSync(join(root, 'a', 'good1.dcm'));
  writeFileSync(join(root, 'a', 'truncated.dcm'), full.subarray(0, full.length - 1000));
  writeTestSlice(join(root, 'b', 'nouid.dcm'), { ...good, sopUid: '1.2.3.1.9', instanceNumber: 9, omit: ['SeriesInstanceUID'] });
  writeTestSlice(join(root, 'b', 'norows.dcm'), { ...good, sopUid: '1.2.3.1.8', instanceNumber: 8, omit: ['Rows'] });
  mkdirSync(join(root, 'c'));
  copyFileSync(join(root, 'a', 'good1.dcm'), join(root, 'c', 'copy-of-good1.dcm'));

  it('lists every unusable file with its reason, skips it, and indexes the rest', async () => {
    const db = openDatabase(join(tempDir(), 'db.sqlite'));
    const summary = await indexFolder(db, root);
    expect(summary.instancesAdded).toBe(2);
    expect(summary.skipped).toBe(6);
    const problems = Object.fromEntries(
      (db.prepare('SELECT file_path, reason FROM index_problems').raw().all() as [string, string][]).map(([file, reason]) => [
        file.slice(root.length + 1),
        reason,
      ]),
    );
    expect(problems['a/readme.txt']).toMatch(/not a DICOM Part 10 file: no "DICM" prefix/);
    expect(problems['a/tiny.bin']).toMatch(/not a DICOM file: only 1 bytes/);
    expect(problems['a/truncated.dcm']).toMatch(/truncated: PixelData \(7FE0,0010\) needs 2048 bytes/);
    expect(problems['b/nouid.dcm']).toBe('missing required tag SeriesInstanceUID (0020,000E)');
    expect(problems['b/norows.dcm']).toBe('missing required tag Rows (0028,0010)');
    expect(problems['c/copy-of-good1.dcm']).toMatch(/duplicate SOPInstanceUID 1\.2\.3\.1\.1: already indexed from .*good1\.dcm/);
  });

  it('groups a non-RSNA tree by UIDs', async () => {
    const db = openDatabase(join(tempDir(), 'db.sqlite'));
    await indexFolder(db, root);
    expect(db.prepare('SELECT study_key FROM studies').pluck().all()).toEqual(['1.2.3']);
    expect(db.prepare('SELECT series_key, role FROM series').all()).toEqual([{ series_key: '1.2.3.1', role: 'sag_t2' }]);
  });

  it('stops when cancelled and reports it', async () => {
    const db = openDatabase(join(tempDir(), 'db.sqlite'));
    const controller = new AbortController();
    controller.abort();
    const summary = await indexFolder(db, root, { signal: controller.signal });
    expect(summary.cancelled).toBe(true);
    expect(db.prepare('SELECT count(*) FROM instances').pluck().get()).toBe(0);
  });

  it('names a missing root folder', async () => {
    const db = openDatabase(join(tempDir(), 'db.sqlite'));
    await expect(indexFolder(db, join(root, 'nope'))).rejects.toThrow(/nope: folder not found/);
  });
});

describe('a header cut short', () => {
  it('names the parser failure, not "[object Object]"', async () => {
    const root = tempDir();
    writeTestSlice(join(root, 'ok.dcm'), { studyUid: '1.2', seriesUid: '1.2.1', sopUid: '1.2.1.1', instanceNumber: 1 });
    const bytes = readFileSync(join(root, 'ok.dcm'));
    // Keep the preamble, the File Meta group and part of the dataset: the parser runs out of bytes mid-element
    // inside the dataset, where dicom-parser wraps the error in an { exception, dataSet } object.
    writeFileSync(join(root, 'cut.dcm'), bytes.subarray(0, 400));
    const db = openDatabase(join(tempDir(), 'db.sqlite'));
    await indexFolder(db, root);
    const reason = db.prepare("SELECT reason FROM index_problems WHERE file_path LIKE '%cut.dcm'").pluck().get() as string;
    expect(reason).toMatch(/^truncated or malformed DICOM: /);
    expect(reason).not.toMatch(/object Object/);
  });
});
