import { describe, expect, it } from 'vitest';
import { asStudyId, type StudySummary } from '../../../electron/common/contract';
import { parseStudyList } from '../../../renderer/src/quality/run/parseStudyList';

const study = (id: number, key: string): StudySummary => ({
  id: asStudyId(id),
  key,
  instances: 0,
  seriesByRole: { sag_t1: 1, sag_t2: 1, ax_t2: 1, other: 0 },
  status: 'new',
  labelledCells: 0,
  points: 0,
  disagreements: 0,
  disagreementLoss: 0,
  worstGrade: null,
  lastReader: null,
  updatedAt: null,
  labelProblems: 0,
});

const STUDIES = [study(1, '4003253'), study(2, '4646740'), study(3, '7143189'), study(4, '40032530')];

describe('parseStudyList', () => {
  it('reads keys separated as a spreadsheet, a CSV line or an e-mail separates them, in the order typed', () => {
    expect(parseStudyList('7143189\n4003253, 4646740;\t', STUDIES)).toEqual({ ids: [3, 1, 2], unknown: [] });
  });

  it('matches whole keys only, and names the keys the workspace lacks, each once', () => {
    expect(parseStudyList('400325 4003253 999 999 4003253', STUDIES)).toEqual({ ids: [1], unknown: ['400325', '999'] });
  });

  it('gives nothing for blank text', () => {
    expect(parseStudyList('  \n , ', STUDIES)).toEqual({ ids: [], unknown: [] });
  });
});
