import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRsnaLabels } from '../../../electron/core/labels/importRsnaLabels';
import { CsvValidationError } from '../../../electron/core/rsna/CsvValidationError';
import { readRsnaFolder } from '../../../electron/core/rsna/readRsnaFolder';
import { openDatabase } from '../../../electron/core/store/openDatabase';
import {
  COORDINATES_HEADER,
  SERIES_HEADER,
  TRAIN_HEADER,
  sampleRsnaTexts,
  trainLine,
  writeRsnaTexts,
  type RsnaTexts,
} from '../../support/rsnaCsvText';
import { tempDir } from '../../support/tempDir';

const work = tempDir();
let case_ = 0;

/** Imports `texts` into a database that already holds the sample set; returns the error and whether the db changed. */
function importInto(texts: RsnaTexts): { error: CsvValidationError; unchanged: boolean } {
  const dbFile = join(work, `case-${++case_}.sqlite`);
  const db = openDatabase(dbFile);
  const sample = writeRsnaTexts(join(work, `sample-${case_}`), sampleRsnaTexts());
  importRsnaLabels(db, readRsnaFolder(sample), { folder: sample, reader: 't' });
  db.pragma('wal_checkpoint(TRUNCATE)');
  const before = dump(db);
  const dir = writeRsnaTexts(join(work, `bad-${case_}`), texts);
  let error: unknown;
  try {
    importRsnaLabels(db, readRsnaFolder(dir), { folder: dir, reader: 't' });
  } catch (caught) {
    error = caught;
  }
  const unchanged = dump(db) === before;
  db.close();
  expect(error).toBeInstanceOf(CsvValidationError);
  return { error: error as CsvValidationError, unchanged };
}

function dump(db: ReturnType<typeof openDatabase>): string {
  const hash = createHash('sha256');
  for (const table of ['studies', 'series', 'grades', 'points', 'edits', 'imports'])
    hash.update(JSON.stringify(db.prepare(`SELECT * FROM ${table}`).all()));
  return hash.digest('hex');
}

const coordinates = (...rows: string[]): string => [COORDINATES_HEADER, ...rows].join('\n');

describe('RSNA import of bad input: a clear error naming file, line and field, and no change', () => {
  it('a wrong header', () => {
    const { error, unchanged } = importInto({
      coordinates: 'study_id,series_id,instance,condition,level,x,y\n1,2,3,Spinal Canal Stenosis,L1/L2,1,2',
    });
    expect(error.problems).toEqual([
      {
        file: join(work, `bad-${case_}`, 'train_label_coordinates.csv'),
        line: 1,
        field: null,
        message: 'wrong header: column 3 is "instance", expected "instance_number"',
      },
    ]);
    expect(unchanged).toBe(true);
  });

  it('an unknown condition and an unknown level', () => {
    const { error, unchanged } = importInto({
      coordinates: coordinates('1,2,3,Spinal Stenosis,L1/L2,1,2', '1,2,3,Spinal Canal Stenosis,L6/S1,1,2'),
    });
    expect(error.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'condition'],
      [3, 'level'],
    ]);
    expect(error.problems[0]?.message).toMatch(/"Spinal Stenosis" is not one of "Spinal Canal Stenosis"/);
    expect(error.message).toMatch(/train_label_coordinates\.csv:3, field level: "L6\/S1" is not one of/);
    expect(unchanged).toBe(true);
  });

  it('a non-numeric coordinate', () => {
    const { error, unchanged } = importInto({ coordinates: coordinates('4003253,702807833,8,Spinal Canal Stenosis,L2/L3,12.5,abc') });
    expect(error.problems).toMatchObject([{ line: 2, field: 'y', message: '"abc" is not a number' }]);
    expect(unchanged).toBe(true);
  });

  it('a duplicate row, in each file', () => {
    const row = '5,6,7,Spinal Canal Stenosis,L1/L2,1.5,2.5';
    const duplicate = importInto({ coordinates: coordinates(row, '5,6,8,Spinal Canal Stenosis,L1/L2,3.5,4.5') });
    expect(duplicate.error.problems).toMatchObject([
      { line: 3, field: 'condition', message: expect.stringMatching(/duplicate row: .* already on line 2/) },
    ]);
    expect(duplicate.unchanged).toBe(true);
    const train = importInto({ train: [TRAIN_HEADER, trainLine('77'), trainLine('77')].join('\n') });
    expect(train.error.problems).toMatchObject([{ line: 3, field: 'study_id', message: 'duplicate row: study 77 is already on line 2' }]);
    const series = importInto({ series: [SERIES_HEADER, '5,6,Axial T2', '5,6,Axial T2'].join('\n') });
    expect(series.error.problems).toMatchObject([{ line: 3, field: 'series_id' }]);
  });

  it('a bad grade, and problems across several files all reported together', () => {
    const { error, unchanged } = importInto({
      train: [TRAIN_HEADER, trainLine('9', { spinal_canal_stenosis_l1_l2: 'Mild' })].join('\n'),
      series: [SERIES_HEADER, '9,10,Coronal T1'].join('\n'),
    });
    expect(error.problems.map((p) => [p.file.split('/').pop(), p.line, p.field])).toEqual([
      ['train.csv', 2, 'spinal_canal_stenosis_l1_l2'],
      ['train_series_descriptions.csv', 2, 'series_description'],
    ]);
    expect(unchanged).toBe(true);
  });

  it('a valid file that contradicts an earlier import rolls the whole import back', () => {
    const texts = sampleRsnaTexts();
    const changed = texts.coordinates.replace('184.5,312.25', '184.5,999');
    const { error, unchanged } = importInto({
      coordinates: changed + '99,98,1,Spinal Canal Stenosis,L1/L2,1,1\n',
    });
    expect(error.problems).toMatchObject([{ line: 6, message: expect.stringMatching(/imported earlier with other values/) }]);
    expect(unchanged).toBe(true);
  });

  it('a field count that does not match the header, and malformed CSV', () => {
    const short = importInto({ coordinates: coordinates('1,2,3,Spinal Canal Stenosis,L1/L2,1') });
    expect(short.error.problems).toMatchObject([{ line: 2, field: null, message: '6 fields, expected 7' }]);
    const quote = importInto({ coordinates: coordinates('1,2,3,"Spinal Canal Stenosis,L1/L2,1,2') });
    expect(quote.error.problems[0]?.message).toMatch(/not valid CSV/);
    expect(quote.unchanged).toBe(true);
  });

  it('a folder with none of the files, named in the error', () => {
    expect(() => readRsnaFolder(work)).toThrow(/none of train\.csv, train_label_coordinates\.csv, train_series_descriptions\.csv found/);
  });
});

describe('labels and images in either order', () => {
  it('a study with labels but no images shows as such; indexing later joins them', async () => {
    const { indexFolder } = await import('../../../electron/core/indexing/indexFolder');
    const { listStudies } = await import('../../../electron/core/studies/listStudies');
    const { writeSmallRsnaStudies } = await import('../../support/smallStudies');
    const db = openDatabase(join(work, 'order.sqlite'));
    const root = join(work, 'order-images');
    const keys = writeSmallRsnaStudies(root, [{ studyKey: '111' }]);
    const series = keys.get('111') as { t1: string; t2: string; ax: string };
    const labels = writeRsnaTexts(join(work, 'order-labels'), {
      train: [TRAIN_HEADER, trainLine('111'), trainLine('222')].join('\n'),
      coordinates: coordinates(`111,${series.t2},2,Spinal Canal Stenosis,L1/L2,10,12`),
      series: [SERIES_HEADER, `111,${series.t1},Sagittal T1`, `111,${series.t2},Sagittal T2/STIR`, `111,${series.ax},Axial T2`].join('\n'),
    });
    importRsnaLabels(db, readRsnaFolder(labels), { folder: labels, reader: 't' });
    let studies = listStudies(db);
    expect(studies.map((s) => [s.key, s.instances, s.labelledCells])).toEqual([
      ['111', 0, 25],
      ['222', 0, 25],
    ]);
    await indexFolder(db, root);
    studies = listStudies(db);
    expect(studies.map((s) => [s.key, s.instances, s.seriesByRole])).toEqual([
      ['111', 12, { sag_t1: 1, sag_t2: 1, ax_t2: 1, other: 0 }],
      ['222', 0, { sag_t1: 0, sag_t2: 0, ax_t2: 0, other: 0 }],
    ]);
    expect(db.prepare('SELECT role_source FROM series WHERE series_key = ?').pluck().get(series.t1)).toBe('rsna_csv');
    expect(readFileSync(join(labels, 'train.csv'), 'utf8')).toContain('222');
  });
});
