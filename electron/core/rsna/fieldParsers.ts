import type { ProblemList } from './CsvValidationError';
import type { CsvRecord } from './readCsvRecords';

/** Study and series ids: RSNA integers, or DICOM UIDs for studies indexed from other trees. */
const ID_PATTERN = /^[0-9]+(\.[0-9]+)*$/;
const INTEGER_PATTERN = /^[0-9]+$/;
/** A plain decimal as pandas writes floats (optionally with an exponent). */
const DECIMAL_PATTERN = /^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/;

export class FieldReader {
  constructor(
    private readonly file: string,
    private readonly header: readonly string[],
    private readonly problems: ProblemList,
  ) {}

  raw(record: CsvRecord, column: number): string {
    return record.fields[column] as string;
  }

  fail(record: CsvRecord, column: number, message: string): null {
    this.problems.add({ file: this.file, line: record.line, field: this.header[column] ?? null, message });
    return null;
  }

  id(record: CsvRecord, column: number): string | null {
    const value = this.raw(record, column);
    if (!ID_PATTERN.test(value)) return this.fail(record, column, `"${value}" is not an id (digits, or a dotted UID)`);
    return value;
  }

  integer(record: CsvRecord, column: number): number | null {
    const value = this.raw(record, column);
    if (!INTEGER_PATTERN.test(value)) return this.fail(record, column, `"${value}" is not a non-negative integer`);
    return Number(value);
  }

  decimal(record: CsvRecord, column: number): number | null {
    const value = this.raw(record, column);
    const number = Number(value);
    if (!DECIMAL_PATTERN.test(value) || !Number.isFinite(number)) return this.fail(record, column, `"${value}" is not a number`);
    return number;
  }

  oneOf<T>(record: CsvRecord, column: number, lookup: (value: string) => T | undefined, allowed: readonly string[]): T | null {
    const value = this.raw(record, column);
    const found = lookup(value);
    if (found === undefined) return this.fail(record, column, `"${value}" is not one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
    return found;
  }
}
