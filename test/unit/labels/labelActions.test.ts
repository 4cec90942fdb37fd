import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { acceptAi } from '../../../electron/core/labels/acceptAi';
import { collectRsnaLabels } from '../../../electron/core/labels/collectRsnaLabels';
import { editHistory } from '../../../electron/core/labels/editHistory';
import { addPoint, deletePoint, movePoint, setGrade, type EditMeta } from '../../../electron/core/labels/editLabels';
import { recordAction } from '../../../electron/core/labels/recordAction';
import { shiftLevels } from '../../../electron/core/labels/shiftLevels';
import { redoLast, undoLast, undoState } from '../../../electron/core/labels/undoStack';
import { setReviewStatus } from '../../../electron/core/reviews/setReviewStatus';
import { listStudies } from '../../../electron/core/studies/listStudies';
import { openDatabase, type Database } from '../../../electron/core/store/openDatabase';
import { labelledStudy, LEVEL_Y, pointIdOf, SAGITTAL_INSTANCE, SERIES_KEYS, seriesIdOf } from '../../support/labelledStudy';
import { tempDir } from '../../support/tempDir';

const READER = 'dr-a';

describe('label actions with undo, redo and audit', () => {
  const dir = tempDir();
  let db: Database;
  let study: number;
  let file = 0;

  beforeEach(async () => {
    db = openDatabase(join(dir, `labels-${file++}.sqlite`));
    study = await labelledStudy(db, join(dir, `images-${file}`));
  });

  const grade = (condition: string, level: string) =>
    db.prepare('SELECT grade FROM grades WHERE study_id = ? AND condition = ? AND level = ?').pluck().get(study, condition, level);
  const point = (id: number) => db.prepare('SELECT series_id, instance_number, x, y, deleted FROM points WHERE id = ?').get(id);
  const act = <T>(fn: (meta: EditMeta) => T, reader = READER): T => recordAction(db, study, reader, 'reader', fn);

  it('sets a grade, undoes and redoes it, each step audited with its source', () => {
    act((meta) => setGrade(db, study, 'spinal', 'l3_l4', 'severe', meta));
    expect(grade('spinal', 'l3_l4')).toBe('severe');
    expect(undoState(db, study, READER)).toEqual({ undo: 'set grade SCS L3/L4', redo: null });
    expect(undoLast(db, study, READER)).toBe(true);
    expect(grade('spinal', 'l3_l4')).toBe('normal_mild');
    expect(undoState(db, study, READER)).toEqual({ undo: null, redo: 'set grade SCS L3/L4' });
    expect(redoLast(db, study, READER)).toBe(true);
    expect(grade('spinal', 'l3_l4')).toBe('severe');
    const history = editHistory(db, study, { condition: 'spinal', level: 'l3_l4' });
    expect(history.map((e) => [e.source, e.before, e.after, e.reader])).toEqual([
      ['redo', 'normal_mild', 'severe', READER],
      ['undo', 'severe', 'normal_mild', READER],
      ['reader', 'normal_mild', 'severe', READER],
    ]);
    // The imported original is untouched.
    expect(
      db.prepare("SELECT imported_grade FROM grades WHERE study_id = ? AND condition = 'spinal' AND level = 'l3_l4'").pluck().get(study),
    ).toBe('normal_mild');
  });

  it('clears the redo branch on a new action and keeps undo stacks per reader', () => {
    act((meta) => setGrade(db, study, 'spinal', 'l1_l2', 'moderate', meta));
    act((meta) => setGrade(db, study, 'spinal', 'l2_l3', 'moderate', meta));
    undoLast(db, study, READER);
    expect(undoState(db, study, READER).redo).toBe('set grade SCS L2/L3');
    act((meta) => setGrade(db, study, 'spinal', 'l5_s1', 'severe', meta));
    expect(undoState(db, study, READER).redo).toBeNull();
    expect(redoLast(db, study, READER)).toBe(false);
    // Another reader has nothing to undo here, and cannot undo dr-a's work.
    expect(undoLast(db, study, 'dr-b')).toBe(false);
    expect(undoLast(db, study, READER)).toBe(true);
    expect(undoLast(db, study, READER)).toBe(true);
    expect(undoLast(db, study, READER)).toBe(false);
    expect([grade('spinal', 'l1_l2'), grade('spinal', 'l2_l3'), grade('spinal', 'l5_s1')]).toEqual([
      'normal_mild',
      'normal_mild',
      'normal_mild',
    ]);
  });

  it('moves a point onto another slice and another series, and undo puts it back', () => {
    const id = pointIdOf(db, study, 'spinal', 'l2_l3');
    const t1 = seriesIdOf(db, study, SERIES_KEYS.t1);
    const original = point(id);
    act((meta) => movePoint(db, id, { seriesId: t1, instanceNumber: SAGITTAL_INSTANCE[1] as number, x: 12.5, y: 21.25 }, meta));
    expect(point(id)).toEqual({ series_id: t1, instance_number: SAGITTAL_INSTANCE[1], x: 12.5, y: 21.25, deleted: 0 });
    undoLast(db, study, READER);
    expect(point(id)).toEqual(original);
  });

  it('adds and deletes points; undo of a delete restores the same row', () => {
    const t2 = seriesIdOf(db, study, SERIES_KEYS.t2);
    const id = act((meta) => addPoint(db, study, 'spinal', 'l1_l2', { seriesId: t2, instanceNumber: 1, x: 5, y: 5 }, meta));
    undoLast(db, study, READER);
    expect(point(id)).toMatchObject({ deleted: 1 });
    redoLast(db, study, READER);
    expect(point(id)).toMatchObject({ deleted: 0, x: 5 });
    const imported = pointIdOf(db, study, 'left_foraminal', 'l4_l5');
    act((meta) => deletePoint(db, imported, meta));
    expect(point(imported)).toMatchObject({ deleted: 1 });
    undoLast(db, study, READER);
    expect(point(imported)).toMatchObject({ deleted: 0, x: 36, y: LEVEL_Y.l4_l5 });
    expect(editHistory(db, study, { condition: 'left_foraminal', level: 'l4_l5' }).map((e) => [e.action, e.source])).toEqual([
      ['restore_point', 'undo'],
      ['delete_point', 'reader'],
    ]);
  });

  it('accepts the AI grade and point as one action with source ai', () => {
    const run = Number(
      db.prepare("INSERT INTO model_runs (created_at, status, models, options) VALUES ('2026-01-01', 'done', '[]', '{}')").run()
        .lastInsertRowid,
    );
    const t2 = seriesIdOf(db, study, SERIES_KEYS.t2);
    db.prepare(
      "INSERT INTO predictions (run_id, study_id, condition, level, p_normal_mild, p_moderate, p_severe, series_id, instance_number, x, y, confidence, source) VALUES (?, ?, 'spinal', 'l3_l4', 0.1, 0.2, 0.7, ?, ?, 31, 33, 0.9, 'detected')",
    ).run(run, study, t2, SAGITTAL_INSTANCE[1]);
    const id = pointIdOf(db, study, 'spinal', 'l3_l4');
    recordAction(db, study, READER, 'ai', (meta) => acceptAi(db, study, 'spinal', 'l3_l4', meta));
    expect(grade('spinal', 'l3_l4')).toBe('severe');
    expect(point(id)).toMatchObject({ series_id: t2, instance_number: SAGITTAL_INSTANCE[1], x: 31, y: 33 });
    expect(db.prepare("SELECT source FROM grades WHERE study_id = ? AND condition = 'spinal' AND level = 'l3_l4'").pluck().get(study)).toBe(
      'ai',
    );
    const history = editHistory(db, study, { condition: 'spinal', level: 'l3_l4' });
    expect(history.map((e) => [e.action, e.source])).toEqual([
      ['move_point', 'ai'],
      ['set_grade', 'ai'],
    ]);
    expect(undoState(db, study, READER).undo).toBe('accept AI SCS L3/L4');
    undoLast(db, study, READER);
    expect(grade('spinal', 'l3_l4')).toBe('normal_mild');
    expect(point(id)).toMatchObject({ x: 30, y: LEVEL_Y.l3_l4 });
    expect(() => acceptAi(db, study, 'left_subarticular', 'l1_l2', { reader: READER })).toThrow(/no AI prediction/);
  });

  it('shifts the levels of a series caudally with their grades, keeps the original export, and undoes in one step', () => {
    const t2 = seriesIdOf(db, study, SERIES_KEYS.t2);
    const originalBefore = collectRsnaLabels(db, 'original');
    act((meta) => shiftLevels(db, study, t2, 1, meta));
    const spinal = db
      .prepare("SELECT level, y FROM points WHERE study_id = ? AND condition = 'spinal' AND deleted = 0 ORDER BY y")
      .all(study);
    expect(spinal).toEqual([
      { level: 'l2_l3', y: LEVEL_Y.l1_l2 },
      { level: 'l3_l4', y: LEVEL_Y.l2_l3 },
      { level: 'l4_l5', y: LEVEL_Y.l3_l4 },
      { level: 'l5_s1', y: LEVEL_Y.l4_l5 },
    ]);
    // The Moderate grade given at the old "L4/L5" point moved with it to L5/S1; L1/L2 is left unlabelled.
    expect(['l1_l2', 'l2_l3', 'l4_l5', 'l5_s1'].map((l) => grade('spinal', l))).toEqual([null, 'normal_mild', 'normal_mild', 'moderate']);
    // Foraminal labels live on another series and did not move.
    expect(grade('left_foraminal', 'l1_l2')).toBe('normal_mild');
    expect(collectRsnaLabels(db, 'original')).toEqual(originalBefore);
    expect(undoState(db, study, READER).undo).toMatch(/^level shift/);
    undoLast(db, study, READER);
    expect(
      db.prepare("SELECT level, y FROM points WHERE study_id = ? AND condition = 'spinal' AND deleted = 0 ORDER BY y").all(study),
    ).toEqual(Object.entries(LEVEL_Y).map(([level, y]) => ({ level, y })));
    expect(['l1_l2', 'l4_l5', 'l5_s1'].map((l) => grade('spinal', l))).toEqual(['normal_mild', 'moderate', 'normal_mild']);
  });

  it('marks a study in review and reviewed, audited, and shows it on the worklist', () => {
    setReviewStatus(db, study, 'in_review', READER);
    setReviewStatus(db, study, 'reviewed', 'dr-b');
    setReviewStatus(db, study, 'reviewed', 'dr-b');
    expect(listStudies(db)[0]).toMatchObject({ status: 'reviewed', lastReader: 'dr-b' });
    expect(editHistory(db, study).map((e) => [e.entity, e.before, e.after, e.reader])).toEqual([
      ['review', 'in_review', 'reviewed', 'dr-b'],
      ['review', null, 'in_review', READER],
    ]);
    expect(() => setReviewStatus(db, 999, 'reviewed', READER)).toThrow(/study 999 not found/);
  });
});
