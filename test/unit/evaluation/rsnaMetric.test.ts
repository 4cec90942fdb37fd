import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRAIN_CSV_COLUMNS } from '../../../electron/common/vocabulary';
import { parseSubmissionCsv } from '../../../electron/core/evaluation/parseSubmissionCsv';
import { readSolutionCsv } from '../../../electron/core/evaluation/readSolutionCsv';
import { rsnaScore, type SolutionRow, type SubmissionRow } from '../../../electron/core/evaluation/rsnaMetric';

const S = 'spinal_canal_stenosis';
const solution: SolutionRow[] = [
  { rowId: `1_${S}_l1_l2`, grade: 'normal_mild' },
  { rowId: `1_${S}_l2_l3`, grade: 'severe' },
  { rowId: '1_left_neural_foraminal_narrowing_l1_l2', grade: 'moderate' },
  { rowId: '1_right_subarticular_stenosis_l4_l5', grade: 'normal_mild' },
  { rowId: `2_${S}_l1_l2`, grade: 'moderate' },
  { rowId: '2_right_neural_foraminal_narrowing_l5_s1', grade: 'severe' },
  { rowId: '2_left_subarticular_stenosis_l5_s1', grade: 'moderate' },
];
const submission: SubmissionRow[] = [
  { rowId: `1_${S}_l1_l2`, probabilities: [0.7, 0.2, 0.1] },
  { rowId: `1_${S}_l2_l3`, probabilities: [0.2, 0.2, 0.4] }, // sums to 0.8: severe 0.5 once normalised
  { rowId: `1_${S}_l3_l4`, probabilities: [0, 0, 0.9] }, // unlabelled: scored nowhere, not even in any-severe
  { rowId: '1_left_neural_foraminal_narrowing_l1_l2', probabilities: [1, 2, 1] }, // sums to 4: moderate 0.5
  { rowId: '1_right_subarticular_stenosis_l4_l5', probabilities: [1, 0, 0] }, // clipped to 1 − 1e-15
  { rowId: `2_${S}_l1_l2`, probabilities: [0.5, 0.25, 0.25] },
  { rowId: '2_left_subarticular_stenosis_l1_l2', probabilities: [5, 5, 5] }, // unlabelled
  { rowId: '2_right_neural_foraminal_narrowing_l5_s1', probabilities: [0.1, 0.1, 0.8] },
  { rowId: '2_left_subarticular_stenosis_l5_s1', probabilities: [0, 0.5, 0.5] },
];

// Worked by hand (weights 1 / 2 / 4 for Normal/Mild / Moderate / Severe):
const spinal = (1 * -Math.log(0.7) + 4 * -Math.log(0.5) + 2 * -Math.log(0.25)) / (1 + 4 + 2);
const foraminal = (2 * -Math.log(0.5) + 4 * -Math.log(0.8)) / (2 + 4);
const subarticular = (1 * -Math.log(1 - 1e-15) + 2 * -Math.log(0.5)) / (1 + 2);
// Study 1: a Severe level, weight 4, prediction = max submitted severe of its labelled spinal rows = 0.4
// (as submitted, not normalised; the unlabelled L3/L4 row's 0.9 does not count).
// Study 2: no Severe, weight 2, prediction 0.25.
const anySevere = (4 * -Math.log(0.4) + 2 * -Math.log(1 - 0.25)) / (4 + 2);

describe('rsnaScore', () => {
  it('matches the hand-computed terms and their mean', () => {
    const result = rsnaScore(solution, submission);
    expect(result.spinal).toBeCloseTo(spinal, 12);
    expect(result.foraminal).toBeCloseTo(foraminal, 12);
    expect(result.subarticular).toBeCloseTo(subarticular, 12);
    expect(result.any_severe_spinal).toBeCloseTo(anySevere, 12);
    expect(result.score).toBeCloseTo((spinal + foraminal + subarticular + anySevere) / 4, 12);
    expect(result.spinal).toBeCloseTo(0.843122, 5);
    expect(result.score).toBeCloseTo(0.597947, 5);
  });

  it('aligns by row_id: any row order gives the same score', () => {
    const shuffled = [...submission].reverse();
    shuffled.push(shuffled.shift()!);
    expect(rsnaScore([...solution].reverse(), shuffled)).toEqual(rsnaScore(solution, submission));
  });

  it('scores uniform 1/3 as ln 3 on every condition term', () => {
    const uniform = submission.map((r) => ({ rowId: r.rowId, probabilities: [1, 1, 1] as const }));
    const result = rsnaScore(solution, uniform);
    for (const term of [result.spinal, result.foraminal, result.subarticular]) expect(term).toBeCloseTo(Math.log(3), 12);
    // any-severe takes the submitted 1 as is: clipped to p = 1 − 1e-15, so the non-severe study costs
    // −ln(1 − p) (in float64, as sklearn computes it, 1 − p is 9.99e-16 rather than 1e-15).
    const p = 1 - 1e-15;
    expect(result.any_severe_spinal).toBeCloseTo((4 * -Math.log(p) + 2 * -Math.log(1 - p)) / 6, 9);
  });

  it('clips zero probabilities to 1e-15 instead of failing', () => {
    const zeroTrue = submission.map((r) => (r.rowId === `2_${S}_l1_l2` ? { ...r, probabilities: [1, 0, 0] as const } : r));
    const expected = (1 * -Math.log(0.7) + 4 * -Math.log(0.5) + 2 * -Math.log(1e-15)) / 7;
    expect(rsnaScore(solution, zeroTrue).spinal).toBeCloseTo(expected, 9);
  });

  it('refuses missing rows, duplicates, negative, non-finite and all-zero rows with the row named', () => {
    expect(() => rsnaScore(solution, submission.slice(1))).toThrow(`submission lacks 1 row(s) of the solution: 1_${S}_l1_l2`);
    expect(() => rsnaScore(solution, [...submission, submission[0]!])).toThrow(/row_id "1_spinal_canal_stenosis_l1_l2" twice/);
    const bad = (p: readonly [number, number, number]): SubmissionRow[] =>
      submission.map((r, i) => (i === 0 ? { ...r, probabilities: p } : r));
    expect(() => rsnaScore(solution, bad([-0.1, 0.6, 0.5]))).toThrow(/"1_spinal_canal_stenosis_l1_l2": -0.1 is negative/);
    expect(() => rsnaScore(solution, bad([Number.NaN, 0.6, 0.5]))).toThrow(/NaN is not a finite number/);
    expect(() => rsnaScore(solution, bad([0, 0, 0]))).toThrow(/sums to 0/);
  });

  it('gives null for a term with no labelled rows, and then no score', () => {
    const spinalOnly = solution.filter((r) => r.rowId.includes(S));
    const result = rsnaScore(spinalOnly, submission);
    expect(result.foraminal).toBeNull();
    expect(result.score).toBeNull();
    expect(result.spinal).toBeCloseTo(spinal, 12);
  });
});

describe('submission and solution files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sr-metric-'));

  it('reads a submission with its columns in another order', () => {
    const rows = parseSubmissionCsv('row_id,severe,normal_mild,moderate\n1_spinal_canal_stenosis_l1_l2,0.1,0.7,0.2\n', 'sub.csv');
    expect(rows).toEqual([{ rowId: '1_spinal_canal_stenosis_l1_l2', probabilities: [0.7, 0.2, 0.1] }]);
  });

  it('names every bad line and field', () => {
    const text = 'row_id,normal_mild,moderate,severe\na,0.1,0.2,x\nb,0.1,-1,0.2\na,1,1,1\n';
    expect(() => parseSubmissionCsv(text, 'sub.csv')).toThrow(
      'sub.csv: invalid submission:\nsub.csv:2, field severe: "x" is not a finite number\nsub.csv:3, field moderate: -1 is negative\nsub.csv:4, field row_id: "a" is already on line 2',
    );
    expect(() => parseSubmissionCsv('id,a,b,c\n', 'sub.csv')).toThrow(
      'sub.csv:1: header is "id,a,b,c", expected "row_id,normal_mild,moderate,severe"',
    );
  });

  it('turns train.csv into the labelled cells only', () => {
    const cells = TRAIN_CSV_COLUMNS.slice(1).map((_, i) => (i === 0 ? 'Severe' : i === 1 ? '' : 'Normal/Mild'));
    const file = join(dir, 'train.csv');
    writeFileSync(file, `${TRAIN_CSV_COLUMNS.join(',')}\n4003253,${cells.join(',')}\n`);
    const rows = readSolutionCsv(file);
    expect(rows).toHaveLength(24);
    expect(rows[0]).toEqual({ rowId: '4003253_spinal_canal_stenosis_l1_l2', grade: 'severe' });
    expect(rows.some((r) => r.rowId === '4003253_spinal_canal_stenosis_l2_l3')).toBe(false);
    writeFileSync(
      file,
      `${TRAIN_CSV_COLUMNS.join(',')}\n4003253,Bad${cells
        .slice(1)
        .map(() => ',')
        .join('')}\n`,
    );
    expect(() => readSolutionCsv(file)).toThrow(
      /train\.csv: invalid solution:\n.*train\.csv:2, field spinal_canal_stenosis_l1_l2: "Bad" is not one of/,
    );
  });
});
