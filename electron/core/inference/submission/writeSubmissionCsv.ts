import { stringify } from 'csv-stringify/sync';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SUBMISSION_HEADER } from '../../evaluation/parseSubmissionCsv';
import type { SubmissionRow } from '../../evaluation/rsnaMetric';
import { writeFileAtomic } from '../../fs/writeFileAtomic';

/** Writes `row_id,normal_mild,moderate,severe` rows (csv-stringify), atomically. Numbers keep full precision. */
export function writeSubmissionCsv(file: string, rows: readonly SubmissionRow[]): void {
  const text = stringify([[...SUBMISSION_HEADER], ...rows.map((r) => [r.rowId, ...r.probabilities.map((p) => String(p))])], {
    record_delimiter: '\n',
  });
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomic(file, text);
}
