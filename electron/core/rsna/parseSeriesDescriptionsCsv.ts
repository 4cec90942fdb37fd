import { SERIES_ROLES, seriesRoleFromRsnaName } from '../../common/vocabulary';
import type { ProblemList } from './CsvValidationError';
import { FieldReader } from './fieldParsers';
import { readCsvRecords } from './readCsvRecords';
import type { SeriesDescriptionRow } from './RsnaLabels';
import { RSNA_HEADERS } from './rsnaFiles';

const ROLE_NAMES = SERIES_ROLES.map((r) => r.rsnaName);

/** train_series_descriptions.csv (or test_series_descriptions.csv). */
export function parseSeriesDescriptionsCsv(text: string, file: string, problems: ProblemList): SeriesDescriptionRow[] {
  const header = RSNA_HEADERS.seriesDescriptions;
  const fields = new FieldReader(file, header, problems);
  const seen = new Map<string, number>();
  const rows: SeriesDescriptionRow[] = [];
  for (const record of readCsvRecords(text, file, header, problems)) {
    const studyId = fields.id(record, 0);
    const seriesId = fields.id(record, 1);
    const role = fields.oneOf(record, 2, seriesRoleFromRsnaName, ROLE_NAMES);
    if (studyId === null || seriesId === null || role === null) continue;
    const key = `${studyId}|${seriesId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fields.fail(record, 1, `duplicate row: series ${seriesId} of study ${studyId} is already on line ${earlier}`);
      continue;
    }
    seen.set(key, record.line);
    rows.push({ studyId, seriesId, role: role.id, source: { file, line: record.line } });
  }
  return rows;
}
