import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudyDetail, StudyLabels } from '../../../electron/common/contract';
import { LOCATIONS, locationKey } from '../../../electron/common/vocabulary';
import { dispatch } from '../../../electron/workspace/dispatch';
import type { Workspace } from '../../../electron/workspace/openWorkspace';
import { labelledStudy } from '../../support/labelledStudy';
import { nodeWorkspace } from '../../support/nodeWorkspace';
import { writeSimulatedAiRun, type SimulatedPrediction } from '../../support/simulatedAiRun';
import { tempDir } from '../../support/tempDir';

/**
 * Blinded first read through the real handler table and store: with the setting on, the AI
 * neither shows nor leaves main until the reader commits; the commit keeps the reader's grades
 * and the AI's, once, append-only; a second reader is blinded on their own.
 */
describe('blinded first read', () => {
  const dir = tempDir();
  let workspace: Workspace;
  let studyId: number;
  const call = async <T>(channel: string, request: unknown): Promise<T> => {
    const answer = await dispatch(workspace.handlers, channel, request);
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return answer.value as T;
  };
  const refused = async (channel: string, request: unknown) => {
    const answer = await dispatch(workspace.handlers, channel, request);
    return answer.ok ? null : answer.error;
  };

  beforeAll(async () => {
    ({ workspace } = nodeWorkspace(join(dir, 'db.sqlite')));
    const { db } = workspace.services;
    studyId = await labelledStudy(db, join(dir, 'images'));
    // The AI says Severe at spinal L4/L5 (the label says Moderate) and Moderate at spinal L1/L2 (label Normal/Mild).
    const ai = new Map<string, SimulatedPrediction>([
      [locationKey({ condition: 'spinal', level: 'l4_l5' }), { probabilities: [0.1, 0.2, 0.7] }],
      [locationKey({ condition: 'spinal', level: 'l1_l2' }), { probabilities: [0.2, 0.6, 0.2] }],
    ]);
    writeSimulatedAiRun(db, studyId, ai);
    workspace.services.settings.set({ reader: 'dr-a' });
  });
  afterAll(() => workspace.close());

  it('is off by default: the AI shows and can be accepted', async () => {
    expect(workspace.services.settings.get().blindedFirstRead).toBe(false);
    const labels = await call<StudyLabels>('labels:get', { studyId });
    expect([labels.aiHidden, labels.firstRead]).toEqual([false, null]);
    expect((await call<StudyDetail>('studies:get', { studyId })).predictions).toHaveLength(25);
  });

  it('refuses a commit while the setting is off: the AI is on screen, the read would not be blind', async () => {
    expect(await refused('reviews:commitFirstRead', { studyId })).toEqual({
      code: 'conflict',
      message: 'blinded first read is off (Settings): there is no hidden AI to commit before',
    });
  });

  it('with the setting on, hides the AI from studies:get and refuses Accept AI until the commit', async () => {
    await call('settings:set', { blindedFirstRead: true });
    const labels = await call<StudyLabels>('labels:get', { studyId });
    expect(labels.aiHidden).toBe(true);
    const study = await call<StudyDetail>('studies:get', { studyId });
    expect([study.predictions, study.detections]).toEqual([[], []]);
    expect(study.run).not.toBeNull(); // that a run exists is not hidden, only what it says
    expect(await refused('labels:acceptAi', { studyId, condition: 'spinal', level: 'l4_l5' })).toEqual({
      code: 'conflict',
      message: 'blinded first read: commit your grades (Commit first read) before accepting the AI',
    });
    expect(
      workspace.services.db
        .prepare("SELECT grade FROM grades WHERE study_id = ? AND condition = 'spinal' AND level = 'l4_l5'")
        .pluck()
        .get(studyId),
    ).toBe('moderate');
  });

  it("commits the reader's grades and the AI's revealed grades, then shows the AI", async () => {
    await call('labels:setGrade', { studyId, condition: 'spinal', level: 'l1_l2', grade: null }); // one cell left ungraded
    const labels = await call<StudyLabels>('reviews:commitFirstRead', { studyId });
    expect(labels.aiHidden).toBe(false);
    expect(labels.firstRead).toMatchObject({ reader: 'dr-a', gradedCells: 24, aiCells: 25 });
    expect(labels.latestEdits.map((e) => [e.entity, e.action, e.after])).toEqual([
      ['review', 'commit_first_read', expect.stringMatching(/^AI run \d+ shown$/)],
    ]);
    const { db } = workspace.services;
    const cells = db
      .prepare(
        "SELECT condition, level, grade, ai_grade FROM first_read_cells c JOIN first_reads f ON f.id = c.first_read_id WHERE f.study_id = ? AND f.reader = 'dr-a'",
      )
      .all(studyId) as { condition: string; level: string; grade: string | null; ai_grade: string | null }[];
    expect(cells).toHaveLength(LOCATIONS.length);
    const cell = (condition: string, level: string) => cells.find((c) => c.condition === condition && c.level === level);
    expect(cell('spinal', 'l4_l5')).toMatchObject({ grade: 'moderate', ai_grade: 'severe' });
    expect(cell('spinal', 'l1_l2')).toMatchObject({ grade: null, ai_grade: 'moderate' });
    expect(cell('left_foraminal', 'l3_l4')).toMatchObject({ grade: 'normal_mild', ai_grade: 'normal_mild' });
    expect((await call<StudyDetail>('studies:get', { studyId })).predictions).toHaveLength(25);
    await call('labels:acceptAi', { studyId, condition: 'spinal', level: 'l4_l5' });
    // The later change does not touch the first read: both are kept.
    expect(cell('spinal', 'l4_l5')?.grade).toBe('moderate');
    expect(
      db.prepare("SELECT grade FROM grades WHERE study_id = ? AND condition = 'spinal' AND level = 'l4_l5'").pluck().get(studyId),
    ).toBe('severe');
  });

  it('takes a first read once per reader, and keeps it append-only', async () => {
    expect(await refused('reviews:commitFirstRead', { studyId })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/^dr-a already committed a first read of study \d+ .*the AI has been shown since$/),
    });
    const { db } = workspace.services;
    expect(() => db.prepare("UPDATE first_read_cells SET grade = 'severe'").run()).toThrow('first_read_cells is append-only');
    expect(() => db.prepare('DELETE FROM first_reads').run()).toThrow('first_reads is append-only');
  });

  it('refuses a first read from a reader who accepted AI grades in the study before', async () => {
    await call('settings:set', { reader: 'dr-c', blindedFirstRead: false });
    await call('labels:acceptAi', { studyId, condition: 'spinal', level: 'l1_l2' });
    await call('settings:set', { blindedFirstRead: true });
    expect(await refused('reviews:commitFirstRead', { studyId })).toEqual({
      code: 'conflict',
      message: `dr-c has accepted AI grades in study ${studyId} before: a first read now would not be blind`,
    });
    expect(workspace.services.db.prepare("SELECT count(*) FROM first_reads WHERE reader = 'dr-c'").pluck().get()).toBe(0);
  });

  it("keeps a study's per-cell AI answers off the Quality screen until the reader's commit", async () => {
    await call('settings:set', { reader: 'dr-d', blindedFirstRead: true });
    const runId = workspace.services.db.prepare('SELECT max(run_id) FROM predictions WHERE study_id = ?').pluck().get(studyId) as number;
    const secondRun = writeSimulatedAiRun(
      workspace.services.db,
      studyId,
      new Map([[locationKey({ condition: 'spinal', level: 'l4_l5' }), { probabilities: [0.8, 0.1, 0.1] }]]),
    );
    const compared = await call<{ rows: unknown[]; cells: number; hiddenByBlindedRead: number }>('runs:compare', {
      firstRunId: runId,
      secondRunId: secondRun,
    });
    expect([compared.rows.length, compared.cells, compared.hiddenByBlindedRead]).toEqual([0, 25, 25]);
    // The second run calls every cell Normal/Mild; the labels say Severe at spinal L4/L5 and Moderate at L1/L2 (both accepted from the first run).
    const disagreements = await call<{ rows: unknown[]; total: number; hiddenByBlindedRead: number }>('quality:disagreements', {
      first: { kind: 'current' },
      second: { kind: 'run', runId: secondRun },
    });
    expect([disagreements.rows, disagreements.total, disagreements.hiddenByBlindedRead]).toEqual([[], 2, 2]);
    // Two readers' sets are not the AI's: never hidden.
    expect(
      (await call<{ hiddenByBlindedRead: number }>('quality:disagreements', { first: { kind: 'current' }, second: { kind: 'imported' } }))
        .hiddenByBlindedRead,
    ).toBe(0);
    await call('reviews:commitFirstRead', { studyId });
    expect((await call<{ rows: unknown[] }>('runs:compare', { firstRunId: runId, secondRunId: secondRun })).rows).toHaveLength(25);
    expect(await call('quality:disagreements', { first: { kind: 'current' }, second: { kind: 'run', runId: secondRun } })).toMatchObject({
      total: 2,
      hiddenByBlindedRead: 0,
      rows: [
        { condition: 'spinal', level: 'l4_l5', distance: 2 },
        { condition: 'spinal', level: 'l1_l2', distance: 1 },
      ],
    });
  });

  it('blinds another reader on their own', async () => {
    await call('settings:set', { reader: 'dr-b' });
    expect((await call<StudyLabels>('labels:get', { studyId })).aiHidden).toBe(true);
    expect((await call<StudyDetail>('studies:get', { studyId })).predictions).toEqual([]);
    expect(await refused('reviews:commitFirstRead', { studyId: 987654 })).toEqual({ code: 'not-found', message: 'study 987654 not found' });
  });
});
