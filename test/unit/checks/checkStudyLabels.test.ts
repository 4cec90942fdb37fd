import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { LabelCheckIndex } from '../../../electron/core/checks/LabelCheckIndex';
import { addPoint, deletePoint, movePoint, setGrade } from '../../../electron/core/labels/editLabels';
import { listStudies } from '../../../electron/core/studies/listStudies';
import { openDatabase, type Database } from '../../../electron/core/store/openDatabase';
import { axialInstance, labelledStudy, LEVEL_Y, pointIdOf, SAGITTAL_INSTANCE, SERIES_KEYS, seriesIdOf } from '../../support/labelledStudy';
import { tempDir } from '../../support/tempDir';

const meta = { reader: 'curator' };

describe('label sanity checks on a study with known geometry', () => {
  const dir = tempDir();
  let db: Database;
  let study: number;
  let checks: LabelCheckIndex;
  let n = 0;

  beforeEach(async () => {
    db = openDatabase(join(dir, `checks-${n++}.sqlite`));
    study = await labelledStudy(db, join(dir, `images-${n}`));
    checks = new LabelCheckIndex(db);
  });

  const kinds = () => checks.problems(study).map((p) => [p.kind, p.condition, p.level]);
  const move = (
    condition: Parameters<typeof pointIdOf>[2],
    level: Parameters<typeof pointIdOf>[3],
    to: { series: string; instance: number; x: number; y: number },
  ) =>
    movePoint(
      db,
      pointIdOf(db, study, condition, level),
      { seriesId: seriesIdOf(db, study, to.series), instanceNumber: to.instance, x: to.x, y: to.y },
      meta,
    );

  it('finds nothing wrong with the clean label set', () => {
    expect(checks.problems(study)).toEqual([]);
  });

  it('finds levels out of cranio-caudal order and two levels on one disc', () => {
    // Spinal L2/L3 placed below L3/L4 (z 100 − 40/2 = 80 < 84).
    move('spinal', 'l2_l3', { series: SERIES_KEYS.t2, instance: SAGITTAL_INSTANCE[2] as number, x: 30, y: 40 });
    // Right foraminal L5/S1 on the L4/L5 disc (1 mm apart).
    move('right_foraminal', 'l5_s1', { series: SERIES_KEYS.t1, instance: SAGITTAL_INSTANCE[0] as number, x: 36, y: LEVEL_Y.l4_l5 + 2 });
    const problems = checks.problems(study);
    expect(problems.map((p) => [p.kind, p.condition, p.level])).toEqual([
      ['level_order', 'spinal', 'l3_l4'],
      ['duplicate_level', 'right_foraminal', 'l5_s1'],
    ]);
    expect(problems[0]?.message).toBe('Spinal Canal Stenosis: L3/L4 lies 4 mm above L2/L3');
  });

  it('finds left and right swapped (LPS +x is the patient left), on sagittal and axial series', () => {
    // Left foramen L3/L4 moved onto the slice at x = −4 (patient right), beside its right partner at −8: still left of it, no problem…
    move('left_foraminal', 'l3_l4', { series: SERIES_KEYS.t1, instance: SAGITTAL_INSTANCE[1] as number, x: 36, y: LEVEL_Y.l3_l4 });
    expect(kinds()).toEqual([]);
    // …but on the slice at x = −8 past the right point it is swapped.
    move('right_foraminal', 'l3_l4', { series: SERIES_KEYS.t1, instance: SAGITTAL_INSTANCE[3] as number, x: 36, y: LEVEL_Y.l3_l4 });
    expect(kinds()).toEqual([['wrong_side', 'left_foraminal', 'l3_l4']]);
    // Axial: left subarticular on the image's left half = patient right; its partner deleted, so the spinal midline (x 0) decides.
    const ax = axialInstance(2);
    move('left_subarticular', 'l2_l3', { series: SERIES_KEYS.ax, instance: ax, x: 24, y: 30 });
    deletePoint(db, pointIdOf(db, study, 'right_subarticular', 'l2_l3'), meta);
    setGrade(db, study, 'right_subarticular', 'l2_l3', null, meta);
    const problems = checks.problems(study);
    expect(problems.map((p) => [p.kind, p.condition, p.level])).toEqual([
      ['wrong_side', 'left_foraminal', 'l3_l4'],
      ['wrong_side', 'left_subarticular', 'l2_l3'],
    ]);
    expect(problems[1]?.message).toBe("Left Subarticular Stenosis L2/L3: point lies 4 mm on the patient's right of the midline");
  });

  it('finds points on the wrong series type, instances not in the series and points outside the image', () => {
    move('spinal', 'l1_l2', { series: SERIES_KEYS.t1, instance: SAGITTAL_INSTANCE[2] as number, x: 30, y: LEVEL_Y.l1_l2 });
    move('spinal', 'l2_l3', { series: SERIES_KEYS.t2, instance: 99, x: 30, y: LEVEL_Y.l2_l3 });
    move('spinal', 'l3_l4', { series: SERIES_KEYS.t2, instance: SAGITTAL_INSTANCE[2] as number, x: 64.2, y: LEVEL_Y.l3_l4 });
    expect(kinds()).toEqual([
      ['wrong_series_type', 'spinal', 'l1_l2'],
      ['instance_not_in_series', 'spinal', 'l2_l3'],
      ['outside_image', 'spinal', 'l3_l4'],
    ]);
  });

  it('finds grades without points, points without grades and a location with two points', () => {
    deletePoint(db, pointIdOf(db, study, 'left_subarticular', 'l1_l2'), meta);
    setGrade(db, study, 'right_subarticular', 'l5_s1', null, meta);
    addPoint(
      db,
      study,
      'spinal',
      'l5_s1',
      { seriesId: seriesIdOf(db, study, SERIES_KEYS.t2), instanceNumber: SAGITTAL_INSTANCE[1] as number, x: 30, y: LEVEL_Y.l5_s1 },
      meta,
    );
    expect(kinds()).toEqual([
      ['duplicate_level', 'spinal', 'l5_s1'],
      ['grade_without_point', 'left_subarticular', 'l1_l2'],
      ['point_without_grade', 'right_subarticular', 'l5_s1'],
    ]);
  });

  it('counts problems per study for the worklist and re-checks only studies that changed', async () => {
    const other = await labelledStudy(db, join(dir, `other-${n}`), '1000002');
    setGrade(db, other, 'spinal', 'l1_l2', null, meta);
    const counts = await checks.allCounts();
    expect([counts.get(study), counts.get(other)]).toEqual([0, 1]);
    const flagged = listStudies(db, { labelProblems: true }, counts);
    expect(flagged.map((s) => [s.key, s.labelProblems])).toEqual([['1000002', 1]]);
    // Stored with their stamps (migration 002): a new index over the same store reads them back unchecked.
    expect(db.prepare('SELECT study_id, problems FROM label_checks ORDER BY study_id').raw().all()).toEqual([
      [study, 0],
      [other, 1],
    ]);
    db.prepare('UPDATE label_checks SET problems = 7 WHERE study_id = ?').run(other);
    expect((await new LabelCheckIndex(db).allCounts()).get(other)).toBe(7);
    // A later edit changes the stamp; the next listing checks that study again.
    deletePoint(db, pointIdOf(db, study, 'spinal', 'l1_l2'), meta);
    setGrade(db, other, 'spinal', 'l2_l3', 'severe', meta);
    const after = await new LabelCheckIndex(db).allCounts();
    expect([after.get(study), after.get(other)]).toEqual([1, 1]);
  });
});
