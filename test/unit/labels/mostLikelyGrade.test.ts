import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mostLikelyGrade } from '../../../electron/common/vocabulary';
import { acceptAi } from '../../../electron/core/labels/acceptAi';
import { recordAction } from '../../../electron/core/labels/recordAction';
import { openDatabase } from '../../../electron/core/store/openDatabase';
import { labelledStudy } from '../../support/labelledStudy';
import { writeSimulatedAiRun } from '../../support/simulatedAiRun';
import { tempDir } from '../../support/tempDir';

/**
 * One rule for the AI's grade, ties to the more severe grade: the store's disagreement count (an
 * SQL view of schema 1) and every TypeScript caller must agree, or the worklist would count a
 * disagreement the grid does not mark, and Accept AI would take another grade than the one shown.
 */
describe('mostLikelyGrade', () => {
  it('takes the highest probability, ties going to the more severe grade', () => {
    expect(mostLikelyGrade([0.7, 0.2, 0.1])).toBe('normal_mild');
    expect(mostLikelyGrade([0.2, 0.7, 0.1])).toBe('moderate');
    expect(mostLikelyGrade([0.1, 0.2, 0.7])).toBe('severe');
    expect(mostLikelyGrade([0.4, 0.4, 0.2])).toBe('moderate');
    expect(mostLikelyGrade([0.4, 0.2, 0.4])).toBe('severe');
    expect(mostLikelyGrade([0.2, 0.4, 0.4])).toBe('severe');
    expect(mostLikelyGrade([1 / 3, 1 / 3, 1 / 3])).toBe('severe');
  });

  it("agrees with the store's disagreement count on ties, and Accept AI takes that grade", async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'db.sqlite'));
    const studyId = await labelledStudy(db, join(dir, 'images'));
    // Every cell is labelled Normal/Mild except spinal L4/L5 (Moderate). Two ties, one per kind.
    writeSimulatedAiRun(
      db,
      studyId,
      new Map([
        ['spinal:l1_l2', { probabilities: [0.4, 0.4, 0.2] }], // moderate ≠ normal_mild
        ['spinal:l2_l3', { probabilities: [0.4, 0.2, 0.4] }], // severe ≠ normal_mild
        ['spinal:l4_l5', { probabilities: [0.9, 0.05, 0.05] }], // normal_mild ≠ moderate
      ]),
    );
    const stored = db.prepare('SELECT disagreements FROM study_stats WHERE study_id = ?').pluck().get(studyId);
    const predictions = db
      .prepare(
        'SELECT p.p_normal_mild, p.p_moderate, p.p_severe, g.grade FROM predictions p JOIN grades g USING (study_id, condition, level) WHERE p.study_id = ?',
      )
      .raw()
      .all(studyId) as [number, number, number, string][];
    const counted = predictions.filter(([n, m, s, grade]) => mostLikelyGrade([n, m, s]) !== grade).length;
    expect([stored, counted]).toEqual([3, 3]);
    recordAction(db, studyId, 'dr-a', 'ai', (meta) => acceptAi(db, studyId, 'spinal', 'l2_l3', meta));
    expect(
      db.prepare("SELECT grade FROM grades WHERE study_id = ? AND condition = 'spinal' AND level = 'l2_l3'").pluck().get(studyId),
    ).toBe('severe');
    expect(db.prepare('SELECT disagreements FROM study_stats WHERE study_id = ?').pluck().get(studyId)).toBe(2);
    db.close();
  });
});
