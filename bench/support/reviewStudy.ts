import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { LEVELS, LOCATIONS, locationKey, type ConditionId, type GradeId, type LevelId } from '../../electron/common/vocabulary';
import { importRsnaLabels } from '../../electron/core/labels/importRsnaLabels';
import type { CoordinateRow } from '../../electron/core/rsna/RsnaLabels';
import { writeTestSlice } from '../../test/support/testDicom';

export const REVIEW_SIZE = 512;
const SAG_X = Array.from({ length: 15 }, (_, i) => -28 + 4 * i);
const AX_Z = Array.from({ length: 30 }, (_, i) => 90 - 5 * i);
/** Image rows of the five discs on the sagittal slices (z = 128 − y/2: 78 … −42 mm). */
export const REVIEW_LEVEL_Y: Record<LevelId, number> = { l1_l2: 100, l2_l3: 160, l3_l4: 220, l4_l5: 280, l5_s1: 340 };

/** A smooth MR-like 12-bit pattern with a little texture (no two slices alike). */
const pixel = (slice: number) => (r: number, c: number) =>
  Math.round(900 + 500 * Math.sin(r / 37 + slice) * Math.cos(c / 53) + ((r * 31 + c * 17 + slice * 7) % 97));

/**
 * One 512×512 16-bit study in the RSNA layout for the viewer benchmark: Sagittal T1 and T2/STIR
 * of 15 slices, Axial T2 of 30 (index it, then importReviewLabels).
 */
export function writeReviewStudy(root: string, studyKey: string): void {
  const studyUid = `2.25.77.${studyKey}`;
  const write = (
    series: string,
    description: string,
    n: number,
    position: [number, number, number],
    orientation: [number, number, number, number, number, number],
  ) =>
    writeTestSlice(join(root, studyKey, series, `${n}.dcm`), {
      studyUid,
      seriesUid: `${studyUid}.${series}`,
      sopUid: `${studyUid}.${series}.${n}`,
      instanceNumber: n,
      seriesDescription: description,
      rows: REVIEW_SIZE,
      columns: REVIEW_SIZE,
      position,
      orientation,
      pixel: pixel(n),
    });
  SAG_X.forEach((x, i) => {
    write('1', 'Sagittal T1', i + 1, [x, -128, 128], [0, 1, 0, 0, 0, -1]);
    write('2', 'Sagittal T2/STIR', i + 1, [x, -128, 128], [0, 1, 0, 0, 0, -1]);
  });
  AX_Z.forEach((z, i) => write('3', 'Axial T2', i + 1, [-128, -128, z], [1, 0, 0, 0, 1, 0]));
}

/** The labels of a review study: every location graded and pointed. */
export function importReviewLabels(db: Database, studyKey: string): number {
  const point = (condition: ConditionId, level: LevelId): CoordinateRow => {
    const y = REVIEW_LEVEL_Y[level];
    const z = 128 - y / 2;
    const axial = AX_Z.reduce((best, candidate, i) => (Math.abs(candidate - z) < Math.abs((AX_Z[best] as number) - z) ? i : best), 0) + 1;
    switch (condition) {
      case 'spinal':
        return { studyId: studyKey, seriesId: '2', instanceNumber: 8, condition, level, x: 256, y };
      case 'left_foraminal':
        return { studyId: studyKey, seriesId: '1', instanceNumber: 12, condition, level, x: 270, y };
      case 'right_foraminal':
        return { studyId: studyKey, seriesId: '1', instanceNumber: 4, condition, level, x: 270, y };
      case 'left_subarticular':
        return { studyId: studyKey, seriesId: '3', instanceNumber: axial, condition, level, x: 290, y: 270 };
      case 'right_subarticular':
        return { studyId: studyKey, seriesId: '3', instanceNumber: axial, condition, level, x: 222, y: 270 };
    }
  };
  const grades = new Map<string, GradeId | null>(
    LOCATIONS.map((l) => [locationKey(l), LEVELS.findIndex((x) => x.id === l.level) === 3 ? 'moderate' : 'normal_mild']),
  );
  importRsnaLabels(
    db,
    {
      train: [{ studyId: studyKey, grades }],
      coordinates: LOCATIONS.map((l) => point(l.condition, l.level)),
      seriesDescriptions: [
        { studyId: studyKey, seriesId: '1', role: 'sag_t1' },
        { studyId: studyKey, seriesId: '2', role: 'sag_t2' },
        { studyId: studyKey, seriesId: '3', role: 'ax_t2' },
      ],
    },
    { folder: 'bench', reader: 'bench' },
  );
  return db.prepare('SELECT id FROM studies WHERE study_key = ?').pluck().get(studyKey) as number;
}
