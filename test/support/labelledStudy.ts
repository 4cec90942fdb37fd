import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { LEVELS, LOCATIONS, locationKey, type ConditionId, type GradeId, type LevelId } from '../../electron/common/vocabulary';
import { indexFolder } from '../../electron/core/indexing/indexFolder';
import { importRsnaLabels } from '../../electron/core/labels/importRsnaLabels';
import type { CoordinateRow } from '../../electron/core/rsna/RsnaLabels';
import { writeTestSlice } from './testDicom';

/**
 * One RSNA-layout study with known geometry (64×64 images, 0.5 mm pixels) and a complete, clean
 * label set imported through the real importer:
 * - sagittal T1 and T2: 5 slices at patient x = −8, −4, 0, 4, 8 mm (LPS, +x = patient left),
 *   IOP [0,1,0, 0,0,−1], so pixel (x, y) lies at z = 100 − y/2; instance numbers shuffled;
 * - axial T2: 10 slices at z = 96 − 3i, IOP [1,0,0, 0,1,0], IPP x −16: image right = patient left;
 * - points: spinal on the T2 middle slice, left/right foramina on the T1 slices at ±8 mm,
 *   subarticular on the axial slice through each level; levels at y = 8, 20, 32, 44, 56
 *   (z = 96 … 72, 6 mm apart). Every cell graded Normal/Mild except spinal L4/L5 Moderate.
 */
export const LABELLED_STUDY_KEY = '1000001';
export const SERIES_KEYS = { t1: '11', t2: '12', ax: '13' } as const;
export const LEVEL_Y: Record<LevelId, number> = { l1_l2: 8, l2_l3: 20, l3_l4: 32, l4_l5: 44, l5_s1: 56 };
const SAGITTAL_X = [-8, -4, 0, 4, 8];
/** Instance number of the sagittal slice at SAGITTAL_X[i] (not in spatial order, as in RSNA). */
export const SAGITTAL_INSTANCE = [3, 5, 1, 4, 2];
export const AXIAL_Z = Array.from({ length: 10 }, (_, i) => 96 - 3 * i);
/** Axial instance numbers run caudal to cranial: instance 10 - i sits at AXIAL_Z[i]. */
export const axialInstance = (i: number): number => 10 - i;

export function writeLabelledStudy(root: string, studyKey = LABELLED_STUDY_KEY): void {
  const studyUid = `1.2.826.0.1.3680043.10.9.${studyKey}`;
  const slice = (
    series: string,
    description: string,
    instanceNumber: number,
    position: [number, number, number],
    orientation: [number, number, number, number, number, number],
  ): void =>
    writeTestSlice(join(root, studyKey, series, `${instanceNumber}.dcm`), {
      studyUid,
      seriesUid: `${studyUid}.${series}`,
      sopUid: `${studyUid}.${series}.${instanceNumber}`,
      instanceNumber,
      seriesDescription: description,
      rows: 64,
      columns: 64,
      position,
      orientation,
    });
  SAGITTAL_X.forEach((x, i) => {
    slice(SERIES_KEYS.t1, 'Sagittal T1', SAGITTAL_INSTANCE[i] as number, [x, -100, 100], [0, 1, 0, 0, 0, -1]);
    slice(SERIES_KEYS.t2, 'Sagittal T2/STIR', SAGITTAL_INSTANCE[i] as number, [x, -100, 100], [0, 1, 0, 0, 0, -1]);
  });
  AXIAL_Z.forEach((z, i) => slice(SERIES_KEYS.ax, 'Axial T2', axialInstance(i), [-16, -116, z], [1, 0, 0, 0, 1, 0]));
}

function levelPoint(studyId: string, condition: ConditionId, level: LevelId): CoordinateRow {
  const y = LEVEL_Y[level];
  const index = LEVELS.findIndex((l) => l.id === level);
  switch (condition) {
    case 'spinal':
      return { studyId, seriesId: SERIES_KEYS.t2, instanceNumber: SAGITTAL_INSTANCE[2] as number, condition, level, x: 30, y };
    case 'left_foraminal':
      return { studyId, seriesId: SERIES_KEYS.t1, instanceNumber: SAGITTAL_INSTANCE[4] as number, condition, level, x: 36, y };
    case 'right_foraminal':
      return { studyId, seriesId: SERIES_KEYS.t1, instanceNumber: SAGITTAL_INSTANCE[0] as number, condition, level, x: 36, y };
    case 'left_subarticular':
      return { studyId, seriesId: SERIES_KEYS.ax, instanceNumber: axialInstance(index * 2), condition, level, x: 44, y: 30 };
    case 'right_subarticular':
      return { studyId, seriesId: SERIES_KEYS.ax, instanceNumber: axialInstance(index * 2), condition, level, x: 20, y: 30 };
  }
}

/** Writes, indexes and labels the study; returns its id in the store. */
export async function labelledStudy(db: Database, root: string, studyKey = LABELLED_STUDY_KEY): Promise<number> {
  writeLabelledStudy(root, studyKey);
  await indexFolder(db, root);
  const grades = new Map<string, GradeId | null>(
    LOCATIONS.map((l) => [locationKey(l), l.condition === 'spinal' && l.level === 'l4_l5' ? 'moderate' : 'normal_mild']),
  );
  importRsnaLabels(
    db,
    {
      train: [{ studyId: studyKey, grades }],
      coordinates: LOCATIONS.map((l) => levelPoint(studyKey, l.condition, l.level)),
      seriesDescriptions: [
        { studyId: studyKey, seriesId: SERIES_KEYS.t1, role: 'sag_t1' },
        { studyId: studyKey, seriesId: SERIES_KEYS.t2, role: 'sag_t2' },
        { studyId: studyKey, seriesId: SERIES_KEYS.ax, role: 'ax_t2' },
      ],
    },
    { folder: 'test', reader: 'importer' },
  );
  return db.prepare('SELECT id FROM studies WHERE study_key = ?').pluck().get(studyKey) as number;
}

export function seriesIdOf(db: Database, studyId: number, key: string): number {
  return db.prepare('SELECT id FROM series WHERE study_id = ? AND series_key = ?').pluck().get(studyId, key) as number;
}

export function pointIdOf(db: Database, studyId: number, condition: ConditionId, level: LevelId): number {
  return db
    .prepare('SELECT id FROM points WHERE study_id = ? AND condition = ? AND level = ? AND deleted = 0 ORDER BY id LIMIT 1')
    .pluck()
    .get(studyId, condition, level) as number;
}
