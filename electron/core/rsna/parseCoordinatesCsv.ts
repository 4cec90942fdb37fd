import { CONDITIONS, LEVELS, conditionFromRsnaName, levelFromRsnaName } from '../../common/vocabulary';
import type { ProblemList } from './CsvValidationError';
import { FieldReader } from './fieldParsers';
import { readCsvRecords } from './readCsvRecords';
import type { CoordinateRow } from './RsnaLabels';
import { RSNA_HEADERS } from './rsnaFiles';

const CONDITION_NAMES = CONDITIONS.map((c) => c.rsnaName);
const LEVEL_NAMES = LEVELS.map((l) => l.rsnaName);

/**
 * train_label_coordinates.csv. A duplicate is a second point for the same study, condition,
 * level and series: one location has at most one point per series (several axial series may
 * each hold one).
 */
export function parseCoordinatesCsv(text: string, file: string, problems: ProblemList): CoordinateRow[] {
  const header = RSNA_HEADERS.coordinates;
  const fields = new FieldReader(file, header, problems);
  const seen = new Map<string, number>();
  const rows: CoordinateRow[] = [];
  for (const record of readCsvRecords(text, file, header, problems)) {
    const studyId = fields.id(record, 0);
    const seriesId = fields.id(record, 1);
    const instanceNumber = fields.integer(record, 2);
    const condition = fields.oneOf(record, 3, conditionFromRsnaName, CONDITION_NAMES);
    const level = fields.oneOf(record, 4, levelFromRsnaName, LEVEL_NAMES);
    const x = fields.decimal(record, 5);
    const y = fields.decimal(record, 6);
    if (
      studyId === null ||
      seriesId === null ||
      instanceNumber === null ||
      condition === null ||
      level === null ||
      x === null ||
      y === null
    ) {
      continue;
    }
    const key = `${studyId}|${condition.id}|${level.id}|${seriesId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fields.fail(
        record,
        3,
        `duplicate row: ${condition.rsnaName} ${level.rsnaName} of study ${studyId}, series ${seriesId} is already on line ${earlier}`,
      );
      continue;
    }
    seen.set(key, record.line);
    rows.push({ studyId, seriesId, instanceNumber, condition: condition.id, level: level.id, x, y, source: { file, line: record.line } });
  }
  return rows;
}
