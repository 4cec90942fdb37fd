import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EditEntry, StudyLabels, StudySummary } from '../../../electron/common/contract';
import { dispatch } from '../../../electron/workspace/dispatch';
import { labelledStudy, pointIdOf, SAGITTAL_INSTANCE, SERIES_KEYS, seriesIdOf } from '../../support/labelledStudy';
import { nodeWorkspace } from '../../support/nodeWorkspace';
import { tempDir } from '../../support/tempDir';

describe('label and review methods over the handler table', () => {
  const dir = tempDir();
  const { workspace } = nodeWorkspace(join(dir, 'db.sqlite'));
  const { db } = workspace.services;
  const call = async <T>(channel: string, request: unknown): Promise<T> => {
    const result = await dispatch(workspace.handlers, channel, request);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };

  it('validates every argument before anything is written', async () => {
    await labelledStudy(db, join(dir, 'images'));
    const edits = db.prepare('SELECT count(*) FROM edits').pluck().get();
    await expect(call('labels:setGrade', { studyId: 1, condition: 'spinal', level: 'l9_l10', grade: 'severe' })).rejects.toThrow(
      /invalid-request: labels:setGrade: level/,
    );
    await expect(call('labels:setGrade', { studyId: 1, condition: 'spinal', level: 'l1_l2', grade: 'awful' })).rejects.toThrow(/grade/);
    await expect(call('labels:movePoint', { pointId: 1, seriesId: 1, instanceNumber: 1, x: Number.NaN, y: 0 })).rejects.toThrow(
      /invalid-request/,
    );
    await expect(call('labels:shiftLevels', { studyId: 1, seriesId: 1, delta: 2 })).rejects.toThrow(/invalid-request/);
    await expect(call('labels:movePoint', { pointId: 9999, seriesId: 1, instanceNumber: 1, x: 1, y: 1 })).rejects.toThrow(
      /not-found: point 9999 not found/,
    );
    expect(db.prepare('SELECT count(*) FROM edits').pluck().get()).toBe(edits);
  });

  it('answers each action with the labels as stored, with undo state and sanity checks', async () => {
    await call('settings:set', { reader: 'Dr. Grey' });
    const studyId = db.prepare('SELECT id FROM studies').pluck().get() as number;
    const pointId = pointIdOf(db, studyId, 'spinal', 'l2_l3');
    const t2 = seriesIdOf(db, studyId, SERIES_KEYS.t2);
    const moved = await call<StudyLabels>('labels:movePoint', {
      pointId,
      seriesId: t2,
      instanceNumber: SAGITTAL_INSTANCE[1],
      x: 30,
      y: 40,
    });
    expect(moved.points.find((p) => p.id === pointId)).toMatchObject({ x: 30, y: 40, source: 'reader', updatedBy: 'Dr. Grey' });
    expect(moved.undo).toEqual({ undo: 'move point SCS L2/L3', redo: null });
    expect(moved.problems.map((p) => p.kind)).toEqual(['level_order']);
    expect(moved.status).toBe('in_review');
    const graded = await call<StudyLabels>('labels:setGrade', { studyId, condition: 'spinal', level: 'l2_l3', grade: 'severe' });
    expect(graded.grades.find((g) => g.condition === 'spinal' && g.level === 'l2_l3')).toMatchObject({
      grade: 'severe',
      importedGrade: 'normal_mild',
    });
    expect(graded.latestEdits.map((e) => [e.action, e.before, e.after, e.source])).toEqual([
      ['set_grade', 'normal_mild', 'severe', 'reader'],
    ]);
    const undone = await call<StudyLabels>('labels:undo', { studyId });
    expect(undone.grades.find((g) => g.condition === 'spinal' && g.level === 'l2_l3')?.grade).toBe('normal_mild');
    expect(undone.undo).toEqual({ undo: 'move point SCS L2/L3', redo: 'set grade SCS L2/L3' });
    const history = await call<EditEntry[]>('labels:history', { studyId, condition: 'spinal', level: 'l2_l3' });
    expect(history.map((e) => [e.action, e.source, e.reader])).toEqual([
      ['set_grade', 'undo', 'Dr. Grey'],
      ['set_grade', 'reader', 'Dr. Grey'],
      ['move_point', 'reader', 'Dr. Grey'],
    ]);
    const reviewed = await call<StudyLabels>('reviews:set', { studyId, status: 'reviewed' });
    expect(reviewed).toMatchObject({ status: 'reviewed', reviewedBy: 'Dr. Grey' });
    const list = await call<StudySummary[]>('studies:list', { labelProblems: true });
    expect(list.map((s) => [s.status, s.labelProblems, s.lastReader])).toEqual([['reviewed', 1, 'Dr. Grey']]);
  });
});
