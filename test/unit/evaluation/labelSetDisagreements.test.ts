import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LabelSetAgreement, LabelSetDisagreements, LabelSetRef, LabelSetSource } from '../../../electron/common/contract';
import { labelSetDisagreements } from '../../../electron/core/evaluation/labelSetDisagreements';
import { dispatch } from '../../../electron/workspace/dispatch';
import type { Workspace } from '../../../electron/workspace/openWorkspace';
import { labelledStudy } from '../../support/labelledStudy';
import { nodeWorkspace } from '../../support/nodeWorkspace';
import { TRAIN_HEADER, trainLine, writeRsnaTexts } from '../../support/rsnaCsvText';
import { tempDir } from '../../support/tempDir';

/**
 * Disagreements between two grade sets (evaluation/labelSetDisagreements.ts) on a real store and
 * real train.csv files, read through the real handler table where the contract matters. Both
 * workspace studies start from labelledStudy's labels: every cell Normal/Mild but spinal L4/L5
 * Moderate; the reader's folder differs from them at hand-picked cells, so every row is known.
 */
describe('disagreements between two grade sets', () => {
  const dir = tempDir('disagreements-');
  let workspace: Workspace;
  let s1: number;
  let s2: number;
  const current: LabelSetRef = { kind: 'current' };
  // The folders as the store functions read them (by path), and reader A as the renderer names it: by its grant (issue 13).
  const readerA: LabelSetSource = { kind: 'folder', dir: join(dir, 'reader-a') };
  const readerB: LabelSetSource = { kind: 'folder', dir: join(dir, 'reader-b') };
  let grantFolder: ReturnType<typeof nodeWorkspace>['grantFolder'];
  let grantedA: LabelSetRef;
  const call = async <T>(channel: string, request: unknown): Promise<T> => {
    const answer = await dispatch(workspace.handlers, channel, request);
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return answer.value as T;
  };
  const brief = (d: LabelSetDisagreements) =>
    d.rows.map((r) => `${r.studyKey} ${r.condition} ${r.level} ${r.first}→${r.second} ${r.distance}`);

  // Reader A, against the workspace after the one edit below (1000002 right foraminal L2/L3 cleared):
  const studyOneA = {
    spinal_canal_stenosis_l1_l2: 'Moderate', // N → Mo, 1
    spinal_canal_stenosis_l2_l3: 'Moderate', // N → Mo, 1
    spinal_canal_stenosis_l4_l5: 'Severe', // Mo → S, 1
    left_neural_foraminal_narrowing_l1_l2: 'Severe', // N → S, 2
    right_neural_foraminal_narrowing_l1_l2: 'Moderate', // N → Mo, 1 (after left foraminal: condition order, not the alphabet)
    right_subarticular_stenosis_l5_s1: '', // reader A left it blank: graded in one set only
  };
  const studyTwoA = {
    spinal_canal_stenosis_l1_l2: 'Severe', // N → S, 2
    spinal_canal_stenosis_l4_l5: 'Moderate', // agrees
    right_neural_foraminal_narrowing_l2_l3: 'Severe', // the workspace's label was cleared: one set only
    left_subarticular_stenosis_l3_l4: 'Moderate', // N → Mo, 1
  };

  beforeAll(async () => {
    ({ workspace, grantFolder } = nodeWorkspace(join(dir, 'db.sqlite')));
    grantedA = { kind: 'folder', folder: await grantFolder(readerA.dir, 'reader-labels') };
    const { db } = workspace.services;
    s1 = await labelledStudy(db, join(dir, 'images'), '1000001');
    s2 = await labelledStudy(db, join(dir, 'images'), '1000002');
    await call('labels:setGrade', { studyId: s2, condition: 'right_foraminal', level: 'l2_l3', grade: null });
    // 999 is in reader A's folder only: every one of its cells is graded in one set only against the workspace.
    writeRsnaTexts(readerA.dir, {
      train: [TRAIN_HEADER, trainLine('1000001', studyOneA), trainLine('1000002', studyTwoA), trainLine('999'), ''].join('\n'),
    });
    // Reader B is reader A but for two cells, one of them in the study the workspace lacks.
    writeRsnaTexts(readerB.dir, {
      train: [
        TRAIN_HEADER,
        trainLine('1000001', { ...studyOneA, spinal_canal_stenosis_l5_s1: 'Moderate' }),
        trainLine('1000002', studyTwoA),
        trainLine('999', { spinal_canal_stenosis_l1_l2: 'Moderate' }),
        '',
      ].join('\n'),
    });
  });

  it('lists every cell graded differently, widest first, then study, condition and level', () => {
    const result = labelSetDisagreements(workspace.services.db, current, readerA);
    expect(brief(result)).toEqual([
      '1000001 left_foraminal l1_l2 normal_mild→severe 2',
      '1000002 spinal l1_l2 normal_mild→severe 2',
      '1000001 spinal l1_l2 normal_mild→moderate 1',
      '1000001 spinal l2_l3 normal_mild→moderate 1',
      '1000001 spinal l4_l5 moderate→severe 1',
      '1000001 right_foraminal l1_l2 normal_mild→moderate 1',
      '1000002 left_subarticular l3_l4 normal_mild→moderate 1',
    ]);
    expect(result).toMatchObject({
      total: 7,
      truncated: false,
      byCondition: { spinal: 4, left_foraminal: 1, right_foraminal: 1, left_subarticular: 1, right_subarticular: 0 },
    });
    expect(result.rows[0]).toEqual({
      rowId: '1000001_left_neural_foraminal_narrowing_l1_l2',
      studyKey: '1000001',
      studyId: s1,
      condition: 'left_foraminal',
      level: 'l1_l2',
      first: 'normal_mild',
      second: 'severe',
      distance: 2,
    });
    expect(result.rows[1]?.studyId).toBe(s2);
  });

  it('are exactly the off-diagonal cells of the agreement, which counts the one-set-only cells instead', async () => {
    const agreement = await call<LabelSetAgreement>('quality:agreement', { first: current, second: grantedA });
    const offDiagonal = agreement.confusion.flatMap((row, i) => row.filter((_, j) => j !== i)).reduce((a, b) => a + b, 0);
    expect(offDiagonal).toBe(7);
    // 999's 25 cells and the blank cell of reader A; the cleared label of the workspace.
    expect(agreement).toMatchObject({ onlyFirst: 1, onlySecond: 26 });
    // Swapping the sets swaps the grades, not the rows.
    const swapped = labelSetDisagreements(workspace.services.db, readerA, current);
    expect(swapped.rows.map((r) => `${r.rowId} ${r.second}→${r.first}`)).toEqual(
      labelSetDisagreements(workspace.services.db, current, readerA).rows.map((r) => `${r.rowId} ${r.first}→${r.second}`),
    );
  });

  it('gives no workspace study for a study only the folders know (numeric study order: 999 before 1000001)', () => {
    const result = labelSetDisagreements(workspace.services.db, readerA, readerB);
    expect(result.rows).toEqual([
      {
        rowId: '999_spinal_canal_stenosis_l1_l2',
        studyKey: '999',
        studyId: null,
        condition: 'spinal',
        level: 'l1_l2',
        first: 'normal_mild',
        second: 'moderate',
        distance: 1,
      },
      {
        rowId: '1000001_spinal_canal_stenosis_l5_s1',
        studyKey: '1000001',
        studyId: s1,
        condition: 'spinal',
        level: 'l5_s1',
        first: 'normal_mild',
        second: 'moderate',
        distance: 1,
      },
    ]);
    expect(result).toMatchObject({ total: 2, truncated: false });
  });

  it('cuts at the limit and says so; filters by condition, keeping the counts of all five', async () => {
    const firstTwo = await call<LabelSetDisagreements>('quality:disagreements', { first: current, second: grantedA, limit: 2 });
    expect(brief(firstTwo)).toEqual(['1000001 left_foraminal l1_l2 normal_mild→severe 2', '1000002 spinal l1_l2 normal_mild→severe 2']);
    expect(firstTwo).toMatchObject({ total: 7, truncated: true });
    expect(await call('quality:disagreements', { first: current, second: grantedA, limit: 7 })).toMatchObject({
      total: 7,
      truncated: false,
    });
    const spinal = await call<LabelSetDisagreements>('quality:disagreements', {
      first: current,
      second: grantedA,
      condition: 'spinal',
      limit: 3,
    });
    expect(brief(spinal)).toEqual([
      '1000002 spinal l1_l2 normal_mild→severe 2',
      '1000001 spinal l1_l2 normal_mild→moderate 1',
      '1000001 spinal l2_l3 normal_mild→moderate 1',
    ]);
    expect(spinal).toMatchObject({ total: 4, truncated: true, byCondition: { spinal: 4, left_foraminal: 1 } });
    for (const limit of [0, 5001, 1.5]) {
      expect(await dispatch(workspace.handlers, 'quality:disagreements', { first: current, second: grantedA, limit })).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
    expect(
      await dispatch(workspace.handlers, 'quality:disagreements', { first: current, second: grantedA, condition: 'spinal_canal_stenosis' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('answers 500 rows unless asked for more', async () => {
    // Two readers who disagree everywhere on 21 studies: 525 cells, none of them in this workspace.
    const keys = Array.from({ length: 21 }, (_, i) => String(2000 + i));
    const severe = Object.fromEntries(
      TRAIN_HEADER.split(',')
        .slice(1)
        .map((column) => [column, 'Severe']),
    );
    const mild = writeRsnaTexts(join(dir, 'mild'), { train: [TRAIN_HEADER, ...keys.map((k) => trainLine(k)), ''].join('\n') });
    const harsh = writeRsnaTexts(join(dir, 'harsh'), { train: [TRAIN_HEADER, ...keys.map((k) => trainLine(k, severe)), ''].join('\n') });
    const request = {
      first: { kind: 'folder', folder: await grantFolder(mild, 'reader-labels') },
      second: { kind: 'folder', folder: await grantFolder(harsh, 'reader-labels') },
    };
    const page = await call<LabelSetDisagreements>('quality:disagreements', request);
    expect(page).toMatchObject({ total: 525, truncated: true });
    expect(page.rows).toHaveLength(500);
    expect(page.rows.every((r) => r.distance === 2 && r.studyId === null)).toBe(true);
    expect((await call<LabelSetDisagreements>('quality:disagreements', { ...request, limit: 5000 })).rows).toHaveLength(525);
  });

  it('loses a row when the current label is set to the other grade (adjudication through labels:setGrade)', async () => {
    await call('labels:setGrade', { studyId: s2, condition: 'spinal', level: 'l1_l2', grade: 'severe' });
    const after = labelSetDisagreements(workspace.services.db, current, readerA);
    expect(after.total).toBe(6);
    expect(after.rows.map((r) => r.rowId)).not.toContain('1000002_spinal_canal_stenosis_l1_l2');
  });
});
