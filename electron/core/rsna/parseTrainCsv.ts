import { GRADES, LOCATIONS, gradeFromRsnaName, locationKey, type GradeId } from '../../common/vocabulary';
import type { ProblemList } from './CsvValidationError';
import { FieldReader } from './fieldParsers';
import { readCsvRecords } from './readCsvRecords';
import type { TrainRow } from './RsnaLabels';
import { RSNA_HEADERS } from './rsnaFiles';

const GRADE_NAMES = GRADES.map((g) => g.rsnaName);

/** train.csv: study_id then the 25 grade columns; a cell is a grade name or empty. */
export function parseTrainCsv(text: string, file: string, problems: ProblemList): TrainRow[] {
  const header = RSNA_HEADERS.train;
  const fields = new FieldReader(file, header, problems);
  const seen = new Map<string, number>();
  const rows: TrainRow[] = [];
  for (const record of readCsvRecords(text, file, header, problems)) {
    const studyId = fields.id(record, 0);
    const grades = new Map<string, GradeId | null>();
    let ok = studyId !== null;
    LOCATIONS.forEach((location, i) => {
      const column = i + 1;
      const value = fields.raw(record, column);
      if (value === '') {
        grades.set(locationKey(location), null);
        return;
      }
      const grade = fields.oneOf(record, column, gradeFromRsnaName, GRADE_NAMES);
      if (grade === null) ok = false;
      else grades.set(locationKey(location), grade.id);
    });
    if (studyId !== null) {
      const earlier = seen.get(studyId);
      if (earlier !== undefined) {
        fields.fail(record, 0, `duplicate row: study ${studyId} is already on line ${earlier}`);
        ok = false;
      } else seen.set(studyId, record.line);
    }
    if (ok && studyId !== null) rows.push({ studyId, grades, source: { file, line: record.line } });
  }
  return rows;
}
