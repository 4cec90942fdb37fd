import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setGrade } from '../../../electron/core/labels/editLabels';
import { recordAction } from '../../../electron/core/labels/recordAction';
import { commitFirstRead } from '../../../electron/core/reviews/firstRead';
import { openDatabase } from '../../../electron/core/store/openDatabase';
import { labelledStudy } from '../../support/labelledStudy';
import { writeSimulatedAiRun } from '../../support/simulatedAiRun';
import { tempDir } from '../../support/tempDir';

/** The real `spine-review` process: `agreement` (two grade sets, disagreements as CSV) and `bias` (automation bias). */
const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'spine-review.js');

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  return { status: run.status, stderr: run.stderr, summary: last.startsWith('{') ? (JSON.parse(last) as Record<string, unknown>) : null };
}

describe('spine-review agreement / bias', () => {
  const dir = tempDir();
  const db = join(dir, 'workspace.sqlite');

  it("compares the workspace's labels with another reader's export and lists the disagreement", async () => {
    const setup = openDatabase(db);
    await labelledStudy(setup, join(dir, 'images'));
    setup.close();
    const reader = join(dir, 'reader-b');
    expect(cli('--db', db, 'export-rsna', reader).status).toBe(0);
    // Reader B calls spinal L1/L2 Severe where the workspace says Normal/Mild.
    const train = readFileSync(join(reader, 'train.csv'), 'utf8').split('\n');
    const header = (train[0] as string).split(',');
    const row = (train[1] as string).split(',');
    row[header.indexOf('spinal_canal_stenosis_l1_l2')] = 'Severe';
    train[1] = row.join(',');
    writeFileSync(join(reader, 'train.csv'), train.join('\n'));
    const out = join(dir, 'disagreements.csv');
    const run = cli('--db', db, 'agreement', '--first', 'current', '--second', reader, '--disagreements', out);
    expect(run.status).toBe(0);
    expect(run.summary).toMatchObject({ n: 25, disagreements: 1, disagreementsByCondition: { spinal: 1, left_foraminal: 0 } });
    expect(readFileSync(out, 'utf8')).toBe(
      'study_id,condition,level,first,second,grades_apart\n1000001,spinal,l1_l2,normal_mild,severe,2\n',
    );
    const bad = cli('--db', db, 'agreement', '--first', 'current', '--second', 'run:x');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/--second run:x: a run is run:<id>/);
  });

  it('reports automation bias over the committed first reads', () => {
    const setup = openDatabase(db);
    const studyId = setup.prepare("SELECT id FROM studies WHERE study_key = '1000001'").pluck().get() as number;
    writeSimulatedAiRun(setup, studyId, new Map([['spinal:l1_l2', { probabilities: [0.1, 0.2, 0.7] }]]));
    commitFirstRead(setup, studyId, 'dr-a');
    recordAction(setup, studyId, 'dr-a', 'reader', (meta) => setGrade(setup, studyId, 'spinal', 'l1_l2', 'severe', meta));
    setup.close();
    const run = cli('--db', db, 'bias');
    expect(run.status).toBe(0);
    expect(run.summary).toMatchObject({
      readers: [{ reader: 'dr-a', firstReads: 1, cells: 25, firstAgreesWithAi: 23, changedTowardAi: 1, towardAiRate: 0.5 }],
      overall: { firstReads: 1, changedTowardAi: 1 },
    });
  });
});
