import type { Database } from 'better-sqlite3';
import { locationKey, LOCATIONS, seriesRoleInfo } from '../../common/vocabulary';
import { ProblemList } from '../rsna/CsvValidationError';
import type { CoordinateRow, RowSource, RsnaLabels, SeriesDescriptionRow, TrainRow } from '../rsna/RsnaLabels';
import { StudyKeys } from './studyKeys';

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
export function importRsnaLabels(db: Database, labels: RsnaLabels, meta: { folder: string; reader: string; now?: string }): ImportCounts {
  const now = meta.now ?? new Date().toISOString();
  const run = db.transaction((): ImportCounts => {
    const problems = new ProblemList();
    const keys = new StudyKeys(db, now);
    const counts: ImportCounts = { studies: 0, gradesAdded: 0, pointsAdded: 0, seriesDescribed: 0, unchanged: 0 };
    const studies = new Set<string>();
    importSeriesDescriptions(db, labels.seriesDescriptions ?? [], keys, problems, counts);
    importTrain(db, labels.train ?? [], keys, problems, counts, now);
    importCoordinates(db, labels.coordinates ?? [], keys, problems, counts, now);
    for (const row of [...(labels.train ?? []), ...(labels.coordinates ?? []), ...(labels.seriesDescriptions ?? [])]) studies.add(row.studyId);
    counts.studies = studies.size;
    // Throwing inside the transaction function rolls every statement above back.
    problems.throwIfAny();
    db.prepare('INSERT INTO imports (at, reader, folder, files, counts) VALUES (?, ?, ?, ?, ?)').run(
      now,
      meta.reader,
      meta.folder,
      JSON.stringify(Object.keys(labels)),
      JSON.stringify(counts),
    );
    return counts;
  });
  return run();
}

function conflict(problems: ProblemList, source: RowSource | undefined, field: string, message: string): void {
  problems.add({ file: source?.file ?? '(labels)', line: source?.line ?? 0, field, message });
}

function importTrain(db: Database, rows: readonly TrainRow[], keys: StudyKeys, problems: ProblemList, counts: ImportCounts, now: string): void {
  const nextSeq = (db.prepare('SELECT coalesce(max(label_seq), -1) + 1 FROM studies').pluck().get() as number) ?? 0;
  const studySeq = db.prepare('SELECT label_seq FROM studies WHERE id = ?').pluck();
  const setSeq = db.prepare('UPDATE studies SET label_seq = ? WHERE id = ?');
  // One read of what is there instead of a lookup per cell (50k cells in an RSNA-sized import).
  const existing = new Map(
    (db.prepare('SELECT study_id, condition, level, imported, imported_grade FROM grades').raw().all() as [number, string, string, number, string | null][]).map(
      ([study, condition, level, imported, importedGrade]) => [`${study}|${condition}|${level}`, { imported, imported_grade: importedGrade }],
    ),
  );
  const insert = db.prepare(
    `INSERT INTO grades (study_id, condition, level, imported, imported_grade, grade, source, updated_at)
     VALUES (?, ?, ?, 1, ?, ?, 'import', ?)`,
  );
  const adopt = db.prepare('UPDATE grades SET imported = 1, imported_grade = ? WHERE study_id = ? AND condition = ? AND level = ?');
  rows.forEach((row, index) => {
    const studyId = keys.studyId(row.studyId);
    if ((studySeq.get(studyId) as number | null) === null) setSeq.run(nextSeq + index, studyId);
    for (const location of LOCATIONS) {
      const value = row.grades.get(locationKey(location)) ?? null;
      const found = existing.get(`${studyId}|${location.condition}|${location.level}`);
      if (!found) {
        insert.run(studyId, location.condition, location.level, value, value, now);
        if (value !== null) counts.gradesAdded++;
      } else if (found.imported === 1) {
        if (found.imported_grade === value) counts.unchanged++;
        else conflict(problems, row.source, `${location.condition}_${location.level}`, `study ${row.studyId} was imported earlier with ${found.imported_grade ?? 'an empty cell'}; imported originals are never overwritten`);
      } else {
        adopt.run(value, studyId, location.condition, location.level);
        if (value !== null) counts.gradesAdded++;
      }
    }
  });
}

function importCoordinates(db: Database, rows: readonly CoordinateRow[], keys: StudyKeys, problems: ProblemList, counts: ImportCounts, now: string): void {
  const nextSeq = db.prepare('SELECT coalesce(max(import_seq), -1) + 1 FROM points').pluck().get() as number;
  const existing = new Map(
    (
      db
        .prepare('SELECT study_id, condition, level, imported_series_id, imported_instance_number, imported_x, imported_y FROM points WHERE import_seq IS NOT NULL')
        .raw()
        .all() as [number, string, string, number, number, number, number][]
    ).map(([study, condition, level, series, instance, x, y]) => [
      `${study}|${condition}|${level}|${series}`,
      { imported_instance_number: instance, imported_x: x, imported_y: y },
    ]),
  );
  const insert = db.prepare(
    `INSERT INTO points (study_id, condition, level, import_seq, imported_series_id, imported_instance_number, imported_x, imported_y,
       series_id, instance_number, x, y, source, updated_at)
     VALUES (@study, @condition, @level, @seq, @series, @instance, @x, @y, @series, @instance, @x, @y, 'import', @now)`,
  );
  let seq = nextSeq;
  for (const row of rows) {
    const study = keys.studyId(row.studyId);
    const series = keys.seriesId(row.studyId, row.seriesId);
    const found = existing.get(`${study}|${row.condition}|${row.level}|${series}`);
    if (found) {
      if (found.imported_instance_number === row.instanceNumber && found.imported_x === row.x && found.imported_y === row.y) counts.unchanged++;
      else conflict(problems, row.source, 'condition', `this point was imported earlier with other values (instance ${found.imported_instance_number}, x ${found.imported_x}, y ${found.imported_y}); imported originals are never overwritten`);
      continue;
    }
    insert.run({ study, condition: row.condition, level: row.level, seq: seq++, series, instance: row.instanceNumber, x: row.x, y: row.y, now });
    counts.pointsAdded++;
  }
}

function importSeriesDescriptions(db: Database, rows: readonly SeriesDescriptionRow[], keys: StudyKeys, problems: ProblemList, counts: ImportCounts): void {
  const nextSeq = db.prepare('SELECT coalesce(max(rsna_seq), -1) + 1 FROM series').pluck().get() as number;
  const existing = db.prepare('SELECT rsna_description FROM series WHERE id = ?').pluck();
  const describe = db.prepare("UPDATE series SET rsna_description = ?, rsna_seq = ?, role = ?, role_source = 'rsna_csv' WHERE id = ?");
  let seq = nextSeq;
  for (const row of rows) {
    const seriesId = keys.seriesId(row.studyId, row.seriesId);
    const description = seriesRoleInfo(row.role).rsnaName;
    const found = existing.get(seriesId) as string | null;
    if (found === null) {
      describe.run(description, seq++, row.role, seriesId);
      counts.seriesDescribed++;
    } else if (found === description) counts.unchanged++;
    else conflict(problems, row.source, 'series_description', `series ${row.seriesId} was imported earlier as "${found}"`);
  }
}
