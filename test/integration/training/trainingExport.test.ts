import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { conditionInfo, GRADES, LOCATIONS } from '../../../electron/common/vocabulary';
import { detectorClassName, seedClassNames } from '../../../electron/core/inference/models/detectorClasses';
import { StudyImages } from '../../../electron/core/inference/pipeline/StudyImages';
import { GRADER_CROP, writeGraderCrop } from '../../../electron/core/inference/preprocess/graderCrop';
import { dicomSliceSource } from '../../../electron/core/inference/runs/dicomSliceSource';
import { loadStudyInputs } from '../../../electron/core/inference/runs/loadStudyInputs';
import { setGrade } from '../../../electron/core/labels/editLabels';
import { installDemoDataset } from '../../../electron/core/demo/installDemoDataset';
import { openDatabase, type Database } from '../../../electron/core/store/openDatabase';
import { exportTrainingSet } from '../../../electron/core/training/export/exportTrainingSet';
import type { TrainingExportManifest } from '../../../electron/core/training/export/TrainingExportManifest';
import type { SliceSource } from '../../../electron/core/inference/pipeline/StudyInput';
import { readNpyUint8 } from '../../support/readNpy';
import { tempDir } from '../../support/tempDir';

const root = tempDir('training-export-');
let db: Database;
let source: SliceSource;
const databasePath = join(root, 'workspace.sqlite');

beforeAll(async () => {
  db = openDatabase(databasePath);
  await installDemoDataset(db, join(root, 'phantom'), { studies: 4, seed: 31, reader: 'test' });
  source = await dicomSliceSource();
  return () => db.close();
});

function exportTo(dir: string, parts: ('yolo' | 'crops')[], signal?: AbortSignal): ReturnType<typeof exportTrainingSet> {
  return exportTrainingSet(db, { dir, parts, source, sourceDatabase: databasePath, tool: 'test', ...(signal ? { signal } : {}) });
}

function manifestOf(dir: string): TrainingExportManifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as TrainingExportManifest;
}

function lines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
}

describe('training export (EXPORT_FORMAT.md)', () => {
  const dir = join(root, 'export');

  it('writes both parts with a manifest of the label snapshot and 5 study folds', async () => {
    const summary = await exportTo(dir, ['yolo', 'crops']);
    const manifest = manifestOf(dir);
    expect(manifest.formatVersion).toBe(1);
    expect(manifest.sourceDatabase).toBe(databasePath);
    expect(manifest.labelSet).toBe('corrected');
    expect(manifest.folds.count).toBe(5);
    const studies = db.prepare('SELECT study_key FROM studies ORDER BY study_key').pluck().all() as string[];
    expect(Object.keys(manifest.folds.byStudy).sort()).toEqual(studies);
    expect(summary.studies).toBe(4);
    // Labelled cells per grade over the folds are the store's.
    const stored = db.prepare('SELECT grade, count(*) AS n FROM grades WHERE grade IS NOT NULL GROUP BY grade').all() as { grade: string; n: number }[];
    for (const g of GRADES) {
      const total = manifest.folds.gradeCounts.reduce((n, fold) => n + (fold[g.rsnaName] ?? 0), 0);
      expect(total, g.id).toBe(stored.find((s) => s.grade === g.id)?.n ?? 0);
    }
    expect(existsSync(join(dir, 'yolo', 'spinal', 'data.yaml'))).toBe(true);
    expect(readdirSync(root).filter((n) => n.includes('staging') || n.includes('.old-'))).toEqual([]);
  });

  it('gives each detector its labelled slices with the seed classes and every other slice of those series as a negative', () => {
    const manifest = manifestOf(dir);
    const inputs = loadStudyInputs(db);
    for (const group of ['spinal', 'foraminal', 'subarticular'] as const) {
      const folder = join(dir, 'yolo', group);
      const yaml = parseYaml(readFileSync(join(folder, 'data.yaml'), 'utf8')) as { names: Record<number, string>; nc: number; folds: Record<number, string> };
      expect(Object.values(yaml.names)).toEqual(seedClassNames(group));
      expect(yaml.nc).toBe(seedClassNames(group).length);
      const points = db
        .prepare(
          `SELECT s.study_key, se.series_key, p.instance_number, p.condition, p.level, p.x, p.y FROM points p
           JOIN studies s ON s.id = p.study_id JOIN series se ON se.id = p.series_id WHERE p.deleted = 0`,
        )
        .all() as { study_key: string; series_key: string; instance_number: number; condition: string; level: string; x: number; y: number }[];
      const mine = points.filter((p) => conditionInfo(p.condition as never).group === group);
      const images = readdirSync(join(folder, 'images')).map((f) => f.replace(/\.png$/, ''));
      // Every slice of every series holding this detector's points, and nothing else.
      const expected = new Set<string>();
      for (const p of mine) {
        const series = inputs.find((s) => s.studyKey === p.study_key)?.series.find((x) => x.seriesKey === p.series_key);
        for (const slice of series?.slices ?? []) expected.add(`${p.study_key}_${p.series_key}_${slice.instanceNumber}`);
      }
      expect(new Set(images)).toEqual(expected);
      let boxes = 0;
      for (const stem of images) {
        const rows = lines(join(folder, 'labels', `${stem}.txt`)).map((l) => l.split(' ').map(Number));
        const [study, series, instance] = stem.split('_');
        const here = mine.filter((p) => p.study_key === study && p.series_key === series && p.instance_number === Number(instance));
        expect(rows.length, stem).toBe(here.length);
        const png = PNG.sync.read(readFileSync(join(folder, 'images', `${stem}.png`)));
        for (const p of here) {
          const cls = seedClassNames(group).indexOf(detectorClassName(p.condition as never, p.level as never));
          const row = rows.find((r) => r[0] === cls);
          expect(row, `${stem} class ${cls}`).toBeDefined();
          expect(row?.[1]).toBeCloseTo(p.x / png.width, 7);
          expect(row?.[2]).toBeCloseTo(p.y / png.height, 7);
          expect(row?.[3]).toBeCloseTo(16 / png.width, 7);
          expect(row?.[4]).toBeCloseTo(16 / png.height, 7);
        }
        boxes += rows.length;
      }
      expect(manifest.counts.yolo?.[group]).toEqual({ images: images.length, negativeImages: images.filter((s) => lines(join(folder, 'labels', `${s}.txt`)).length === 0).length, boxes });
      // Each image sits in the fold of its study, in exactly one fold file.
      const listed = [0, 1, 2, 3, 4].flatMap((k) => lines(join(folder, yaml.folds[k] as string)).map((l) => ({ k, l })));
      expect(listed.map((x) => x.l).sort()).toEqual(images.map((s) => `images/${s}.png`).sort());
      for (const { k, l } of listed) expect(manifest.folds.byStudy[l.slice(7).split('_')[0] as string]).toBe(k);
    }
  });

  it('exports slices and crops with exactly the pixels the inference pipeline grades', async () => {
    const inputs = loadStudyInputs(db);
    const csv = lines(join(dir, 'crops', 'foraminal', 'labels.csv'));
    expect(csv[0]).toBe('index,study_id,series_id,instance_number,condition,level,grade,fold,x,y');
    const npy = readNpyUint8(readFileSync(join(dir, 'crops', 'foraminal', 'crops.npy')));
    expect(npy.shape).toEqual([csv.length - 1, GRADER_CROP, GRADER_CROP]);
    const manifest = manifestOf(dir);
    for (const row of csv.slice(1)) {
      const [index, study, series, instance, , , grade, fold, x, y] = row.split(',');
      const slice = inputs.find((s) => s.studyKey === study)?.series.find((s) => s.seriesKey === series)?.slices.find((s) => s.instanceNumber === Number(instance));
      if (!slice) throw new Error(`no slice for ${row}`);
      expect(Number(fold)).toBe(manifest.folds.byStudy[study as string]);
      expect(GRADES.map((g) => g.rsnaName)).toContain(grade);
      // The pipeline's image path and crop (inferStudy → StudyImages → runGrader → writeGraderCrop).
      const image = await new StudyImages(source).get(slice);
      const crop = new Float32Array(GRADER_CROP * GRADER_CROP * 3);
      writeGraderCrop(image, Number(x), Number(y), crop, 0);
      const exported = npy.data.subarray(Number(index) * GRADER_CROP * GRADER_CROP, (Number(index) + 1) * GRADER_CROP * GRADER_CROP);
      expect(Array.from(exported)).toEqual(Array.from({ length: GRADER_CROP * GRADER_CROP }, (_, i) => crop[i * 3]));
      const png = PNG.sync.read(readFileSync(join(dir, 'yolo', 'foraminal', 'images', `${study}_${series}_${instance}.png`)), { skipRescale: true });
      expect(png.width).toBe(image.columns);
      const grey = Uint8Array.from({ length: image.rows * image.columns }, (_, i) => png.data[i * 4] as number);
      expect(Buffer.compare(Buffer.from(grey), Buffer.from(image.data))).toBe(0);
    }
    // Every graded point has its crop.
    const graded = db.prepare("SELECT count(*) FROM points p JOIN grades g USING (study_id, condition, level) WHERE p.deleted = 0 AND g.grade IS NOT NULL AND p.condition LIKE '%foraminal'").pluck().get();
    expect(csv.length - 1).toBe(graded);
  });

  it('keeps the other part of an export of the same labels, and drops it once the labels changed', async () => {
    const before = manifestOf(dir);
    const again = await exportTo(dir, ['crops']);
    expect(again.kept).toEqual(['yolo']);
    expect(manifestOf(dir).counts.yolo).toEqual(before.counts.yolo);
    expect(existsSync(join(dir, 'yolo', 'spinal', 'images'))).toBe(true);

    const study = db.prepare('SELECT id FROM studies ORDER BY id LIMIT 1').pluck().get() as number;
    const cell = LOCATIONS[0] as (typeof LOCATIONS)[number];
    const current = db.prepare('SELECT grade FROM grades WHERE study_id = ? AND condition = ? AND level = ?').pluck().get(study, cell.condition, cell.level);
    setGrade(db, study, cell.condition, cell.level, current === 'severe' ? 'moderate' : 'severe', { reader: 'test' });
    const changed = await exportTo(dir, ['crops']);
    expect(changed.kept).toEqual([]);
    const after = manifestOf(dir);
    expect(after.labelsSha256).not.toBe(before.labelsSha256);
    expect(after.lastEditId).not.toBeNull();
    expect(after.counts.yolo).toBeUndefined();
    expect(existsSync(join(dir, 'yolo'))).toBe(false);
  });

  it('never writes over a folder that is not an export, and leaves the old export whole when cancelled', async () => {
    const foreign = join(root, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'mine');
    await expect(exportTo(foreign, ['crops'])).rejects.toThrow(/no training export manifest/);
    expect(readdirSync(foreign)).toEqual(['notes.txt']);

    const before = readFileSync(join(dir, 'manifest.json'), 'utf8');
    const controller = new AbortController();
    controller.abort();
    await expect(exportTo(dir, ['yolo', 'crops'], controller.signal)).rejects.toThrow(/cancelled/);
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toBe(before);
    expect(readdirSync(root).filter((n) => n.includes('staging'))).toEqual([]);
  });

  it('leaves out points it cannot place on an image and says why', async () => {
    const point = db.prepare("SELECT id FROM points WHERE condition = 'spinal' ORDER BY id LIMIT 1").pluck().get() as number;
    db.prepare('UPDATE points SET instance_number = 9999 WHERE id = ?').run(point);
    const other = db.prepare("SELECT p.id, s.id AS t1 FROM points p JOIN series s ON s.study_id = p.study_id AND s.role = 'sag_t1' WHERE p.condition = 'spinal' AND p.id <> ? ORDER BY p.id LIMIT 1").get(point) as { id: number; t1: number };
    db.prepare('UPDATE points SET series_id = ?, instance_number = 1 WHERE id = ?').run(other.t1, other.id);
    const summary = await exportTo(join(root, 'skips'), ['crops']);
    expect(summary.skipped['noImagePoints']).toBe(1);
    expect(summary.skipped['wrongSeriesRolePoints']).toBe(1);
  });
});
