import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AutomationBiasReport } from '../../../electron/common/contract';
import { LOCATIONS, locationKey, type ConditionId, type LevelId } from '../../../electron/common/vocabulary';
import { dispatch } from '../../../electron/workspace/dispatch';
import type { Workspace } from '../../../electron/workspace/openWorkspace';
import { labelledStudy } from '../../support/labelledStudy';
import { nodeWorkspace } from '../../support/nodeWorkspace';
import { writeSimulatedAiRun, type SimulatedPrediction } from '../../support/simulatedAiRun';
import { tempDir } from '../../support/tempDir';

/** An AI run's answers by cell; the cells not named get a confident Normal/Mild (writeSimulatedAiRun). */
const ai = (entries: [ConditionId, LevelId, readonly [number, number, number]][]): Map<string, SimulatedPrediction> =>
  new Map(entries.map(([condition, level, probabilities]) => [locationKey({ condition, level }), { probabilities }]));

const EMPTY_COUNTS = {
  firstReads: 0,
  cells: 0,
  firstAgreesWithAi: 0,
  finalAgreesWithAi: 0,
  changedAfterReveal: 0,
  changedTowardAi: 0,
  changedAwayFromAi: 0,
  towardAiRate: null,
  awayFromAiRate: null,
};

/**
 * Automation bias (evaluation/automationBias.ts) through the real handler table and store: blinded
 * first reads committed with reviews:commitFirstRead, the AI accepted or grades changed afterwards
 * with labels:acceptAi / labels:setGrade, each as the reader the settings name. Every study starts
 * from labelledStudy's labels: all 25 cells Normal/Mild except spinal L4/L5 Moderate.
 */
describe('automation bias over blinded first reads', () => {
  const dir = tempDir();
  let workspace: Workspace;
  const call = async <T>(channel: string, request: unknown = {}): Promise<T> => {
    const answer = await dispatch(workspace.handlers, channel, request);
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return answer.value as T;
  };
  const as = (reader: string) => call('settings:set', { reader });
  const report = () => call<AutomationBiasReport>('quality:automationBias');

  beforeAll(async () => {
    ({ workspace } = nodeWorkspace(join(dir, 'db.sqlite')));
    await call('settings:set', { blindedFirstRead: true });
  });

  it('is empty before any first read: no rows, zero counts, no rates', async () => {
    const { db } = workspace.services;
    await labelledStudy(db, join(dir, 'images'), '1000009'); // labels and no first read: nothing to count
    expect(await report()).toEqual({ readers: [], overall: EMPTY_COUNTS });
    expect(await dispatch(workspace.handlers, 'quality:automationBias', { reader: 'dr-a' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('counts, per reader and overall, who moved to the AI after it was revealed', async () => {
    const { db } = workspace.services;
    const s1 = await labelledStudy(db, join(dir, 'images'), '1000001');
    const s2 = await labelledStudy(db, join(dir, 'images'), '1000002');
    const s3 = await labelledStudy(db, join(dir, 'images'), '1000003');
    // Study 1's AI: spinal L4/L5 Severe (label Moderate), spinal L1/L2 Moderate and left foraminal
    // L5/S1 Moderate (labels Normal/Mild); Normal/Mild everywhere else.
    writeSimulatedAiRun(
      db,
      s1,
      ai([
        ['spinal', 'l4_l5', [0.1, 0.2, 0.7]],
        ['spinal', 'l1_l2', [0.2, 0.6, 0.2]],
        ['left_foraminal', 'l5_s1', [0.3, 0.6, 0.1]],
      ]),
    );
    // Study 2's AI: right subarticular L3/L4 Severe; Normal/Mild elsewhere, so spinal L4/L5 (Moderate) disagrees too.
    writeSimulatedAiRun(db, s2, ai([['right_subarticular', 'l3_l4', [0.1, 0.1, 0.8]]]));
    // Study 3 has no AI run.

    // dr-a, study 1: leaves spinal L2/L3 ungraded (not compared), commits: 24 cells, 3 disagree with the AI.
    await as('dr-a');
    await call('labels:setGrade', { studyId: s1, condition: 'spinal', level: 'l2_l3', grade: null });
    await call('reviews:commitFirstRead', { studyId: s1 });
    await call('labels:acceptAi', { studyId: s1, condition: 'spinal', level: 'l4_l5' }); // toward the AI
    await call('labels:acceptAi', { studyId: s1, condition: 'spinal', level: 'l1_l2' }); // toward the AI
    await call('labels:setGrade', { studyId: s1, condition: 'left_foraminal', level: 'l1_l2', grade: 'severe' }); // away: first read agreed with the AI
    await call('labels:setGrade', { studyId: s1, condition: 'left_foraminal', level: 'l5_s1', grade: 'severe' }); // changed, neither: the AI said Moderate
    await call('labels:setGrade', { studyId: s1, condition: 'spinal', level: 'l2_l3', grade: 'moderate' }); // not compared: no first grade

    // dr-b, study 2: 25 cells, 2 disagree (spinal L4/L5, right subarticular L3/L4); then two labels cleared.
    await as('dr-b');
    await call('reviews:commitFirstRead', { studyId: s2 });
    await call('labels:setGrade', { studyId: s2, condition: 'spinal', level: 'l4_l5', grade: null }); // changed (to nothing), not toward
    await call('labels:setGrade', { studyId: s2, condition: 'spinal', level: 'l1_l2', grade: null }); // away: agreed with the AI, now nothing
    // dr-b, study 3: a first read with no AI to reveal: a first read, no cell compared.
    await call('reviews:commitFirstRead', { studyId: s3 });

    const result = await report();
    expect(result.readers).toEqual([
      {
        reader: 'dr-a',
        firstReads: 1,
        cells: 24,
        firstAgreesWithAi: 21,
        finalAgreesWithAi: 22, // 21 − 1 away + 2 toward
        changedAfterReveal: 4,
        changedTowardAi: 2,
        changedAwayFromAi: 1,
        towardAiRate: 2 / 3,
        awayFromAiRate: 1 / 21,
      },
      {
        reader: 'dr-b',
        firstReads: 2,
        cells: 25,
        firstAgreesWithAi: 23,
        finalAgreesWithAi: 22, // spinal L1/L2 cleared
        changedAfterReveal: 2,
        changedTowardAi: 0,
        changedAwayFromAi: 1,
        towardAiRate: 0,
        awayFromAiRate: 1 / 23,
      },
    ]);
    expect(result.overall).toEqual({
      firstReads: 3,
      cells: 49,
      firstAgreesWithAi: 44,
      finalAgreesWithAi: 44,
      changedAfterReveal: 6,
      changedTowardAi: 2,
      changedAwayFromAi: 2,
      towardAiRate: 2 / 5,
      awayFromAiRate: 2 / 44,
    });
  });

  it('follows the current labels: an undone change no longer counts, a later AI run changes nothing', async () => {
    const { db } = workspace.services;
    const s1 = db.prepare("SELECT id FROM studies WHERE study_key = '1000001'").pluck().get() as number;
    await as('dr-a');
    await call('labels:undo', { studyId: s1 }); // spinal L2/L3 back to nothing (not compared)
    await call('labels:undo', { studyId: s1 }); // left foraminal L5/S1 back to Normal/Mild
    await call('labels:undo', { studyId: s1 }); // left foraminal L1/L2 back to Normal/Mild: no longer away
    // A new run saying Severe everywhere: the first read keeps the AI grades it revealed.
    writeSimulatedAiRun(db, s1, ai(LOCATIONS.map((l) => [l.condition, l.level, [0.1, 0.1, 0.8]])));
    const dra = (await report()).readers.find((r) => r.reader === 'dr-a');
    expect(dra).toMatchObject({
      cells: 24,
      firstAgreesWithAi: 21,
      finalAgreesWithAi: 23,
      changedAfterReveal: 2,
      changedTowardAi: 2,
      changedAwayFromAi: 0,
      towardAiRate: 2 / 3,
      awayFromAiRate: 0,
    });
  });
});
