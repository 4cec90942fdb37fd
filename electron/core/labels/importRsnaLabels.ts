import { locationKey, LOCATIONS, seriesRoleInfo } from '../../common/vocabulary';
import { ProblemList } from '../rsna/CsvValidationError';
import type { CoordinateRow, RowSource, RsnaLabels, SeriesDescriptionRow, TrainRow } from '../rsna/RsnaLabels';
import { RsnaImportWriter, type ImportedGradeCell, type ImportedPoint } from '../store/labels/rsnaImportRepository';
import { StudyKeys } from '../store/labels/studyKeyRepository';
import { writeTransaction } from '../store/transaction';
import type { WorkspaceDb } from '../store/WorkspaceDb';

export interface ImportCounts {
  studies: number;
  gradesAdded: number;
  pointsAdded: number;
  seriesDescribed: number;
  unchanged: number;
}

/**
 * Writes validated RSNA labels into the store in one transaction: all or nothing.
 * Imported values go to the `imported_*` columns and, for cells nobody has edited, to the
 * current value. Re-importing the same rows changes nothing; a row that contradicts an earlier
 * import is refused (originals are never overwritten) and the whole import rolls back.
 */
export function importRsnaLabels(
  db: WorkspaceDb,
  labels: RsnaLabels,
  meta: { folder: string; reader: string; now?: string },
): ImportCounts {
  const now = meta.now ?? new Date().toISOString();
  return writeTransaction(db, (): ImportCounts => {
    const problems = new ProblemList();
    const keys = new StudyKeys(db, now);
    const writer = new RsnaImportWriter(db, now);
    const counts: ImportCounts = { studies: 0, gradesAdded: 0, pointsAdded: 0, seriesDescribed: 0, unchanged: 0 };
    const studies = new Set<string>();
    importSeriesDescriptions(writer, labels.seriesDescriptions ?? [], keys, problems, counts);
    importTrain(writer, labels.train ?? [], keys, problems, counts);
    importCoordinates(writer, labels.coordinates ?? [], keys, problems, counts);
    for (const row of [...(labels.train ?? []), ...(labels.coordinates ?? []), ...(labels.seriesDescriptions ?? [])])
      studies.add(row.studyId);
    counts.studies = studies.size;
    // Throwing inside the transaction function rolls every statement above back.
    problems.throwIfAny();
    writer.insertImport(meta.reader, meta.folder, Object.keys(labels), counts);
    return counts;
  });
}

function conflict(problems: ProblemList, source: RowSource | undefined, field: string, message: string): void {
  problems.add({ file: source?.file ?? '(labels)', line: source?.line ?? 0, field, message });
}

function importTrain(
  writer: RsnaImportWriter,
  rows: readonly TrainRow[],
  keys: StudyKeys,
  problems: ProblemList,
  counts: ImportCounts,
): void {
  const nextSeq = writer.nextStudyLabelSeq();
  // One read of what is there instead of a lookup per cell (50k cells in an RSNA-sized import).
  const existing = new Map<string, ImportedGradeCell>(
    writer.listGradeCells().map((cell) => [`${cell.studyId}|${cell.condition}|${cell.level}`, cell]),
  );
  rows.forEach((row, index) => {
    const studyId = keys.studyId(row.studyId);
    if (writer.studyLabelSeq(studyId) === null) writer.setStudyLabelSeq(studyId, nextSeq + index);
    for (const location of LOCATIONS) {
      const value = row.grades.get(locationKey(location)) ?? null;
      const found = existing.get(`${studyId}|${location.condition}|${location.level}`);
      if (!found) {
        writer.insertGrade(studyId, location.condition, location.level, value);
        if (value !== null) counts.gradesAdded++;
      } else if (found.imported) {
        if (found.importedGrade === value) counts.unchanged++;
        else
          conflict(
            problems,
            row.source,
            `${location.condition}_${location.level}`,
            `study ${row.studyId} was imported earlier with ${found.importedGrade ?? 'an empty cell'}; imported originals are never overwritten`,
          );
      } else {
        writer.adoptGrade(studyId, location.condition, location.level, value);
        if (value !== null) counts.gradesAdded++;
      }
    }
  });
}

function importCoordinates(
  writer: RsnaImportWriter,
  rows: readonly CoordinateRow[],
  keys: StudyKeys,
  problems: ProblemList,
  counts: ImportCounts,
): void {
  const nextSeq = writer.nextPointImportSeq();
  const existing = new Map<string, ImportedPoint>(
    writer.listImportedPoints().map((point) => [`${point.studyId}|${point.condition}|${point.level}|${point.seriesId}`, point]),
  );
  let seq = nextSeq;
  for (const row of rows) {
    const study = keys.studyId(row.studyId);
    const series = keys.seriesId(row.studyId, row.seriesId);
    const found = existing.get(`${study}|${row.condition}|${row.level}|${series}`);
    if (found) {
      if (found.instanceNumber === row.instanceNumber && found.x === row.x && found.y === row.y) counts.unchanged++;
      else
        conflict(
          problems,
          row.source,
          'condition',
          `this point was imported earlier with other values (instance ${found.instanceNumber}, x ${found.x}, y ${found.y}); imported originals are never overwritten`,
        );
      continue;
    }
    writer.insertPoint({
      studyId: study,
      condition: row.condition,
      level: row.level,
      seq: seq++,
      seriesId: series,
      instanceNumber: row.instanceNumber,
      x: row.x,
      y: row.y,
    });
    counts.pointsAdded++;
  }
}

function importSeriesDescriptions(
  writer: RsnaImportWriter,
  rows: readonly SeriesDescriptionRow[],
  keys: StudyKeys,
  problems: ProblemList,
  counts: ImportCounts,
): void {
  let seq = writer.nextSeriesRsnaSeq();
  for (const row of rows) {
    const seriesId = keys.seriesId(row.studyId, row.seriesId);
    const description = seriesRoleInfo(row.role).rsnaName;
    const found = writer.seriesRsnaDescription(seriesId);
    if (found === null) {
      writer.describeSeries(seriesId, description, seq++, row.role);
      counts.seriesDescribed++;
    } else if (found === description) counts.unchanged++;
    else conflict(problems, row.source, 'series_description', `series ${row.seriesId} was imported earlier as "${found}"`);
  }
}
