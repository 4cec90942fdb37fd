import type { StudyListQuery } from '../../../electron/common/contract';

type SortKey = NonNullable<StudyListQuery['sort']>['by'];

export interface WorklistColumn {
  readonly id: string;
  readonly title: string;
  readonly width: string;
  readonly sort?: SortKey;
  /** What sorting by this column orders by, where it is not the value shown. */
  readonly sortNote?: string;
}

/** The worklist's columns, shared by the header and the rows so they always line up. */
export const WORKLIST_COLUMNS: readonly WorklistColumn[] = [
  { id: 'key', title: 'Study', width: 'minmax(120px, 1.4fr)', sort: 'key' },
  { id: 'series', title: 'Series', width: '150px' },
  { id: 'status', title: 'Status', width: '110px', sort: 'status' },
  { id: 'labelled', title: 'Graded', width: '80px', sort: 'labelledCells' },
  { id: 'points', title: 'Points', width: '80px', sort: 'points' },
  {
    id: 'disagreements',
    title: 'AI ≠ label',
    width: '90px',
    sort: 'disagreements',
    sortNote:
      "Sorts by what the disagreements cost under the competition metric (grade weight × −ln of the AI's probability for the label), then by their number",
  },
  { id: 'worst', title: 'Worst', width: '100px', sort: 'worstGrade' },
  { id: 'checks', title: 'Checks', width: '80px', sort: 'labelProblems' },
  { id: 'reader', title: 'Last reader', width: 'minmax(100px, 1fr)' },
  { id: 'updated', title: 'Updated', width: '150px', sort: 'updatedAt' },
];

export const WORKLIST_GRID_TEMPLATE = WORKLIST_COLUMNS.map((c) => c.width).join(' ');
