import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRsnaFolder } from '../../../electron/core/labels/exportRsnaFolder';
import { addPoint, deletePoint, movePoint, setGrade } from '../../../electron/core/labels/editLabels';
import { importRsnaLabels } from '../../../electron/core/labels/importRsnaLabels';
import { readRsnaFolder } from '../../../electron/core/rsna/readRsnaFolder';
import { openDatabase } from '../../../electron/core/store/openDatabase';
import { sampleRsnaTexts, writeRsnaTexts } from '../../support/rsnaCsvText';
import { tempDir } from '../../support/tempDir';

const FILES = ['train.csv', 'train_label_coordinates.csv', 'train_series_descriptions.csv'];

function importSample(dbFile: string, dir: string) {
  const db = openDatabase(dbFile);
  const counts = importRsnaLabels(db, readRsnaFolder(dir), { folder: dir, reader: 'tester' });
  return { db, counts };
}

describe('RSNA CSV round trip', () => {
  const work = tempDir();
  const source = writeRsnaTexts(join(work, 'in'), sampleRsnaTexts());

  it('exports an unedited import as the same bytes, in the same order', () => {
    const { db, counts } = importSample(join(work, 'a.sqlite'), source);
    expect(counts).toMatchObject({ studies: 2, pointsAdded: 5, seriesDescribed: 4, gradesAdded: 49 });
    const out = join(work, 'out-unedited');
    expect(exportRsnaFolder(db, out)).toMatchObject({ studies: 2, coordinates: 5, series: 4 });
    for (const file of FILES) expect(readFileSync(join(out, file), 'utf8')).toBe(readFileSync(join(source, file), 'utf8'));
  });

  it('keeps numbers equal to the last bit', () => {
    const out = join(work, 'out-unedited');
    const exported = readRsnaFolder(out).coordinates ?? [];
    const original = readRsnaFolder(source).coordinates ?? [];
    expect(exported.map((r) => [r.x, r.y])).toEqual(original.map((r) => [r.x, r.y]));
    expect(Object.is(exported[3]?.x, 1e-5)).toBe(true);
  });

  it('re-importing the same files changes nothing', () => {
    const db = openDatabase(join(work, 'a.sqlite'));
    const counts = importRsnaLabels(db, readRsnaFolder(source), { folder: source, reader: 'tester' });
    expect(counts).toMatchObject({ gradesAdded: 0, pointsAdded: 0, seriesDescribed: 0 });
    expect(db.prepare('SELECT count(*) FROM points').pluck().get()).toBe(5);
  });

  it('exports corrections as current values, and the original variant as imported', () => {
    const db = openDatabase(join(work, 'a.sqlite'));
    const study = db.prepare("SELECT id FROM studies WHERE study_key = '4003253'").pluck().get() as number;
    const meta = { reader: 'dr-who' };
    setGrade(db, study, 'spinal', 'l4_l5', 'severe', meta);
    setGrade(db, study, 'left_subarticular', 'l1_l2', 'moderate', meta);
    const point = db
      .prepare("SELECT id, series_id FROM points WHERE study_id = ? AND condition = 'spinal' AND level = 'l1_l2'")
      .get(study) as { id: number; series_id: number };
    movePoint(db, point.id, { seriesId: point.series_id, instanceNumber: 9, x: 310.5, y: 220.25 }, meta);
    const deleted = db
      .prepare("SELECT id FROM points WHERE study_id = ? AND condition = 'spinal' AND level = 'l4_l5'")
      .pluck()
      .get(study) as number;
    deletePoint(db, deleted, meta);
    addPoint(db, study, 'spinal', 'l5_s1', { seriesId: point.series_id, instanceNumber: 7, x: 330, y: 340.5 }, meta);

    const corrected = join(work, 'out-corrected');
    exportRsnaFolder(db, corrected, 'corrected');
    const train = readFileSync(join(corrected, 'train.csv'), 'utf8').split('\n');
    const header = (train[0] as string).split(',');
    const row = (train[1] as string).split(',');
    expect(row[header.indexOf('spinal_canal_stenosis_l4_l5')]).toBe('Severe');
    expect(row[header.indexOf('left_subarticular_stenosis_l1_l2')]).toBe('Moderate');
    expect(readFileSync(join(corrected, 'train_label_coordinates.csv'), 'utf8').split('\n').slice(1, 6)).toEqual([
      '4003253,702807833,9,Spinal Canal Stenosis,L1/L2,310.5,220.25',
      '4003253,1054713880,4,Left Neural Foraminal Narrowing,L5/S1,145.0,0.1',
      '4003253,2448190387,11,Left Subarticular Stenosis,L5/S1,1e-05,300.00000000000006',
      '4646740,3201256954,13,Right Neural Foraminal Narrowing,L5/S1,184.5,312.25',
      '4003253,702807833,7,Spinal Canal Stenosis,L5/S1,330.0,340.5',
    ]);

    const original = join(work, 'out-original');
    exportRsnaFolder(db, original, 'original');
    for (const file of FILES) expect(readFileSync(join(original, file), 'utf8')).toBe(readFileSync(join(source, file), 'utf8'));

    const audit = db.prepare('SELECT action, reader, before, after FROM edits ORDER BY id').all() as {
      action: string;
      reader: string;
      before: string;
      after: string;
    }[];
    expect(audit.map((a) => a.action)).toEqual(['set_grade', 'set_grade', 'move_point', 'delete_point', 'add_point']);
    expect(audit[0]).toMatchObject({ reader: 'dr-who', before: '"moderate"', after: '"severe"' });
  });

  it('imports any subset of the three files', () => {
    const texts = sampleRsnaTexts();
    const onlyCoordinates = writeRsnaTexts(join(work, 'only-coords'), { coordinates: texts.coordinates });
    const { db, counts } = importSample(join(work, 'subset.sqlite'), onlyCoordinates);
    expect(counts).toMatchObject({ pointsAdded: 5, gradesAdded: 0, seriesDescribed: 0 });
    expect(db.prepare('SELECT count(*) FROM grades').pluck().get()).toBe(0);
  });
});
