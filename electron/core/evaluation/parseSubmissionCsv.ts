import { parse } from 'csv-parse/sync';
import { GRADES, type GradeProbabilities } from '../../common/vocabulary';
import type { SubmissionRow } from './rsnaMetric';

export const SUBMISSION_HEADER = ['row_id', ...GRADES.map((g) => g.id)] as const;

/**
 * Reads a submission CSV (`row_id,normal_mild,moderate,severe`; the three probability columns
 * may come in any order, as the competition accepted). Every bad line is reported with its
 * number and field: a non-numeric, non-finite or negative value, a duplicate row_id.
 */
export function parseSubmissionCsv(text: string, file: string): SubmissionRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    throw new Error(`${file}: not valid CSV: ${(error as Error).message}`, { cause: error });
  }
  const header = records[0]?.record;
  if (!header) throw new Error(`${file}: empty; expected the header "${SUBMISSION_HEADER.join(',')}"`);
  const columns = SUBMISSION_HEADER.map((name) => header.indexOf(name));
  if (header.length !== SUBMISSION_HEADER.length || columns.some((c) => c < 0) || columns[0] !== 0) {
    throw new Error(`${file}:1: header is "${header.join(',')}", expected "${SUBMISSION_HEADER.join(',')}"`);
  }
  const problems: string[] = [];
  const rows: SubmissionRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    if (record.length !== header.length) {
      problems.push(`${file}:${line}: ${record.length} fields, expected ${header.length}`);
      continue;
    }
    const rowId = record[0] as string;
    const earlier = seen.get(rowId);
    if (earlier !== undefined) problems.push(`${file}:${line}, field row_id: "${rowId}" is already on line ${earlier}`);
    seen.set(rowId, line);
    const values = columns.slice(1).map((column, i) => {
      const raw = (record[column as number] as string).trim();
      const value = raw === '' ? Number.NaN : Number(raw);
      const name = SUBMISSION_HEADER[i + 1] as string;
      if (!Number.isFinite(value)) problems.push(`${file}:${line}, field ${name}: "${raw}" is not a finite number`);
      else if (value < 0) problems.push(`${file}:${line}, field ${name}: ${raw} is negative`);
      return value;
    });
    rows.push({ rowId, probabilities: values as unknown as GradeProbabilities });
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 20);
    throw new Error(
      `${file}: invalid submission:\n${shown.join('\n')}${problems.length > shown.length ? `\n… and ${problems.length - shown.length} more` : ''}`,
    );
  }
  return rows;
}
