import { parse } from 'csv-parse/sync';
import type { ProblemList } from './CsvValidationError';

export interface CsvRecord {
  /** 1-based line of the record in the file. */
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * Parses CSV text (RFC 4180, through csv-parse), checks the header is exactly `header`, and
 * returns the data records with their line numbers. Problems go to `problems`; a wrong header
 * returns no records, since no field could be trusted.
 */
export function readCsvRecords(text: string, file: string, header: readonly string[], problems: ProblemList): CsvRecord[] {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof rows;
  } catch (error) {
    const line = typeof error === 'object' && error !== null && 'lines' in error ? Number(error.lines) : 1;
    problems.add({ file, line, field: null, message: `not valid CSV: ${(error as Error).message}` });
    return [];
  }
  const first = rows[0];
  if (!first) {
    problems.add({ file, line: 1, field: null, message: `empty file; expected the header "${header.join(',')}"` });
    return [];
  }
  if (first.record.length !== header.length || first.record.some((name, i) => name !== header[i])) {
    const wrong = first.record.findIndex((name, i) => name !== header[i]);
    const detail =
      wrong >= 0 && wrong < header.length
        ? `column ${wrong + 1} is "${first.record[wrong]}", expected "${header[wrong]}"`
        : `${first.record.length} columns, expected ${header.length}`;
    problems.add({ file, line: first.info.lines, field: null, message: `wrong header: ${detail}` });
    return [];
  }
  const records: CsvRecord[] = [];
  for (const row of rows.slice(1)) {
    if (row.record.length !== header.length) {
      problems.add({ file, line: row.info.lines, field: null, message: `${row.record.length} fields, expected ${header.length}` });
      continue;
    }
    records.push({ line: row.info.lines, fields: row.record });
  }
  return records;
}
