import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { stringify } from 'csv-stringify/sync';
import { PNG } from 'pngjs';
import { stringify as yamlStringify } from 'yaml';
import { CONDITION_GROUPS, conditionInfo, gradeInfo, GRADES, levelInfo, type ConditionGroup } from '../../../common/vocabulary';
import { replaceFolder, stagingFolderBeside } from '../../fs/replaceFolder';
import { seedClassNames } from '../../inference/models/detectorClasses';
import { GRADER_CROP, writeGraderCrop } from '../../inference/preprocess/graderCrop';
import type { GreyImage } from '../../inference/preprocess/minMaxToUint8';
import { StudyImages } from '../../inference/pipeline/StudyImages';
import type { SliceSource } from '../../inference/pipeline/StudyInput';
import type { TrainingExportSummary } from '../../../common/contract/training';
import { encodeNpyUint8 } from './encodeNpy';
import type { LabelSnapshot } from './LabelSnapshot';
import { FOLD_COUNT, type DetectorImage, type GraderCrop, type TrainingExportPlan } from './planTrainingExport';
import {
  EXPORT_FORMAT_VERSION,
  EXPORT_MANIFEST_FILE,
  readTrainingExportManifest,
  type ExportPart,
  type TrainingExportManifest,
} from './TrainingExportManifest';

/** The seed's fixed box around every labelled point, native pixels (seed-method.md, "Detectors"). */
export const YOLO_BOX_PX = 16;

export interface WriteExportOptions {
  readonly parts: readonly ExportPart[];
  /** The app's one decode path in production (dicomSliceSource). */
  readonly source: SliceSource;
  readonly sourceDatabase: string;
  readonly tool: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number, message?: string) => void;
  readonly now?: () => Date;
}

export type { TrainingExportSummary };

/**
 * Writes a training export (training/EXPORT_FORMAT.md) of a label snapshot: the slices go through
 * the inference pipeline's own image path (StudyImages: decode → modality values → per-slice
 * min–max to 8 bit) and the grader crops through its own crop (writeGraderCrop), so training sees
 * exactly the pixels inference sees. Everything is built in a staging folder beside `dir` and
 * moved into place at the end (replaceFolder): a reader never sees a partial export, and a failed
 * or cancelled export leaves the old one as it was. A part not asked for is kept from an export
 * already at `dir` when that one holds the same labels and folds; a folder that is not an export
 * is never overwritten.
 */
export async function writeTrainingExport(snapshot: LabelSnapshot, plan: TrainingExportPlan, dir: string, options: WriteExportOptions): Promise<TrainingExportSummary> {
  const target = resolve(dir);
  const existing = readTrainingExportManifest(target);
  if (!existing && existsSync(target) && readdirSync(target).length > 0) {
    throw new Error(`${target} holds files but no training export manifest: give a new or empty folder (nothing was written)`);
  }
  const now = options.now ?? (() => new Date());
  const byStudy = Object.fromEntries([...plan.folds].sort(([a], [b]) => a.localeCompare(b)));
  const sameLabels = existing !== null && existing.labelsSha256 === snapshot.fingerprint && sameFolds(existing.folds.byStudy, byStudy);
  const keep = sameLabels ? (['yolo', 'crops'] as const).filter((p) => !options.parts.includes(p) && existing.counts[p] !== undefined) : [];
  const staging = stagingFolderBeside(target);
  const moved: ExportPart[] = [];
  try {
    const written = await writeParts(plan, staging, options);
    for (const part of keep) {
      renameSync(join(target, part), join(staging, part));
      moved.push(part);
    }
    const counts: TrainingExportManifest['counts'] = {
      ...(keep.includes('yolo') ? { yolo: existing?.counts.yolo } : {}),
      ...(keep.includes('crops') ? { crops: existing?.counts.crops } : {}),
      ...written.counts,
    };
    const skipped: Record<string, number> = { ...countReasons(snapshot), ungradedPoints: plan.ungradedPoints, unnamedSlices: plan.unnamedSlices, undecodableSlices: written.undecodable.length };
    const manifest: TrainingExportManifest = {
      formatVersion: EXPORT_FORMAT_VERSION,
      createdAt: now().toISOString(),
      tool: options.tool,
      sourceDatabase: options.sourceDatabase,
      labelSnapshotAt: snapshot.takenAt,
      labelSet: 'corrected',
      labelsSha256: snapshot.fingerprint,
      lastEditId: snapshot.lastEditId,
      normalisation: 'minmax-uint8',
      folds: { count: FOLD_COUNT, byStudy, gradeCounts: foldGradeCounts(snapshot, plan) },
      counts,
      ...(counts.yolo ? { yolo: { boxSizePx: YOLO_BOX_PX } } : {}),
      ...(counts.crops ? { crops: { cropSize: GRADER_CROP } } : {}),
      skipped,
    };
    writeFileSync(join(staging, EXPORT_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    replaceFolder(staging, target);
    return { dir: target, parts: options.parts, kept: keep, studies: plan.folds.size, counts, skipped, undecodable: written.undecodable };
  } catch (error) {
    for (const part of moved) renameSync(join(staging, part), join(target, part));
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

async function writeParts(plan: TrainingExportPlan, root: string, options: WriteExportOptions): Promise<{ counts: TrainingExportManifest['counts']; undecodable: string[] }> {
  const yolo = options.parts.includes('yolo');
  const crops = options.parts.includes('crops');
  const images = new Map<ConditionGroup, DetectorImage[]>(CONDITION_GROUPS.map((g) => [g, yolo ? [...plan.detectors[g]] : []]));
  const graded = new Map<ConditionGroup, GraderCrop[]>(CONDITION_GROUPS.map((g) => [g, crops ? [...plan.graders[g]] : []]));
  const studies = [...plan.folds.keys()].sort();
  const byStudy = <T extends { studyKey: string }>(lists: Map<ConditionGroup, T[]>): Map<string, [ConditionGroup, T][]> => {
    const out = new Map<string, [ConditionGroup, T][]>();
    for (const [group, list] of lists) for (const item of list) out.set(item.studyKey, [...(out.get(item.studyKey) ?? []), [group, item]]);
    return out;
  };
  const imagesOf = byStudy(images);
  const cropsOf = byStudy(graded);
  const writtenImages = new Map<ConditionGroup, DetectorImage[]>(CONDITION_GROUPS.map((g) => [g, []]));
  const cropRows = new Map<ConditionGroup, { crop: GraderCrop; pixels: Uint8Array }[]>(CONDITION_GROUPS.map((g) => [g, []]));
  const undecodable: string[] = [];
  for (const group of CONDITION_GROUPS) {
    if ((images.get(group) ?? []).length > 0) {
      mkdirSync(join(root, 'yolo', group, 'images'), { recursive: true });
      mkdirSync(join(root, 'yolo', group, 'labels'), { recursive: true });
    }
  }
  const crop = new Float32Array(GRADER_CROP * GRADER_CROP * 3);
  for (const [n, studyKey] of studies.entries()) {
    if (options.signal?.aborted) throw new Error('training export cancelled; nothing was written');
    options.onProgress?.(n, studies.length, studyKey);
    const cache = new StudyImages(options.source);
    const grey = async (item: { slice: DetectorImage['slice'] }): Promise<GreyImage | null> => {
      try {
        return await cache.get(item.slice);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (!undecodable.includes(message)) undecodable.push(message);
        return null;
      }
    };
    for (const [group, image] of imagesOf.get(studyKey) ?? []) {
      const pixels = await grey(image);
      if (!pixels) continue;
      const folder = join(root, 'yolo', group);
      writeFileSync(join(folder, 'images', `${image.stem}.png`), encodeGreyPng(pixels));
      writeFileSync(join(folder, 'labels', `${image.stem}.txt`), yoloLabelLines(image, pixels));
      writtenImages.get(group)?.push(image);
    }
    for (const [group, item] of cropsOf.get(studyKey) ?? []) {
      const pixels = await grey(item);
      if (!pixels) continue;
      writeGraderCrop(pixels, item.x, item.y, crop, 0);
      const single = new Uint8Array(GRADER_CROP * GRADER_CROP);
      for (let i = 0; i < single.length; i++) single[i] = crop[i * 3] as number;
      cropRows.get(group)?.push({ crop: item, pixels: single });
    }
    // Let the engine answer cancel messages between studies.
    await yieldToEventLoop();
  }
  options.onProgress?.(studies.length, studies.length);
  const counts: TrainingExportManifest['counts'] = {};
  if (yolo) {
    counts.yolo = {};
    for (const [group, list] of writtenImages) {
      if (list.length === 0) continue;
      writeYoloIndex(join(root, 'yolo', group), group, list);
      counts.yolo[group] = { images: list.length, negativeImages: list.filter((i) => i.boxes.length === 0).length, boxes: list.reduce((s, i) => s + i.boxes.length, 0) };
    }
  }
  if (crops) {
    counts.crops = {};
    for (const [group, rows] of cropRows) {
      if (rows.length === 0) continue;
      writeCrops(join(root, 'crops', group), rows);
      counts.crops[group] = Object.fromEntries(GRADES.map((g) => [g.rsnaName, rows.filter((r) => r.crop.grade === g.id).length]));
    }
  }
  return { counts, undecodable };
}

/**
 * 8-bit greyscale PNG (colour type 0), what the trainer's PIL reads as mode L. One filter (Sub)
 * and fast deflate: measured on a noisy 512² phantom slice, pngjs's default (adaptive filter
 * choice, level 6) takes 3–5× longer for a file only ~10% smaller, and an export writes
 * thousands of slices.
 */
function encodeGreyPng(image: GreyImage): Buffer {
  const png = new PNG({ width: image.columns, height: image.rows, colorType: 0, inputColorType: 0, bitDepth: 8, inputHasAlpha: false });
  png.data = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return PNG.sync.write(png, { colorType: 0, inputColorType: 0, bitDepth: 8, inputHasAlpha: false, filterType: 1, deflateLevel: 1 });
}

/** Ultralytics label lines `cls cx cy w h`, normalised to the slice, the seed's 16×16 px box; empty for a negative slice. */
function yoloLabelLines(image: DetectorImage, pixels: GreyImage): string {
  const w = YOLO_BOX_PX / pixels.columns;
  const h = YOLO_BOX_PX / pixels.rows;
  return image.boxes.map((b) => [b.classIndex, b.x / pixels.columns, b.y / pixels.rows, Math.min(w, 1), Math.min(h, 1)].map((v, i) => (i === 0 ? String(v) : fixed(v))).join(' ') + '\n').join('');
}

function fixed(value: number): string {
  return value.toFixed(8);
}

function writeYoloIndex(folder: string, group: ConditionGroup, images: readonly DetectorImage[]): void {
  mkdirSync(join(folder, 'folds'), { recursive: true });
  for (let fold = 0; fold < FOLD_COUNT; fold++) {
    const lines = images.filter((i) => i.fold === fold).map((i) => `images/${i.stem}.png\n`);
    writeFileSync(join(folder, 'folds', `fold${fold}.txt`), lines.join(''));
  }
  const names = seedClassNames(group);
  const data = {
    path: '.',
    condition: group,
    nc: names.length,
    names: new Map(names.map((name, i) => [i, name])),
    folds: new Map(Array.from({ length: FOLD_COUNT }, (_, k) => [k, `folds/fold${k}.txt`])),
  };
  writeFileSync(join(folder, 'data.yaml'), `# Spine Review training export: ${group} detector (training/EXPORT_FORMAT.md)\n${yamlStringify(data)}`);
}

function writeCrops(folder: string, rows: readonly { crop: GraderCrop; pixels: Uint8Array }[]): void {
  mkdirSync(folder, { recursive: true });
  const size = GRADER_CROP * GRADER_CROP;
  const all = new Uint8Array(rows.length * size);
  rows.forEach((r, i) => all.set(r.pixels, i * size));
  writeFileSync(join(folder, 'crops.npy'), encodeNpyUint8(all, [rows.length, GRADER_CROP, GRADER_CROP]));
  const records = rows.map(({ crop }, index) => [
    index,
    crop.studyKey,
    crop.seriesKey,
    crop.instanceNumber,
    conditionInfo(crop.condition).rsnaName,
    levelInfo(crop.level).rsnaName,
    gradeInfo(crop.grade).rsnaName,
    crop.fold,
    crop.x,
    crop.y,
  ]);
  writeFileSync(join(folder, 'labels.csv'), stringify(records, { header: true, columns: ['index', 'study_id', 'series_id', 'instance_number', 'condition', 'level', 'grade', 'fold', 'x', 'y'] }));
}

function countReasons(snapshot: LabelSnapshot): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of snapshot.unresolved) counts[camel(s.reason)] = (counts[camel(s.reason)] ?? 0) + 1;
  return counts;
}

function camel(reason: string): string {
  return `${reason.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())}Points`;
}

function foldGradeCounts(snapshot: LabelSnapshot, plan: TrainingExportPlan): Record<string, number>[] {
  const counts = Array.from({ length: FOLD_COUNT }, () => Object.fromEntries(GRADES.map((g) => [g.rsnaName, 0])) as Record<string, number>);
  for (const study of snapshot.studies) {
    const fold = counts[plan.folds.get(study.studyKey) as number] as Record<string, number>;
    for (const grade of study.grades.values()) fold[gradeInfo(grade).rsnaName] = (fold[gradeInfo(grade).rsnaName] ?? 0) + 1;
  }
  return counts;
}

function sameFolds(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
