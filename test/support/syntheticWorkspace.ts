import type { Database } from 'better-sqlite3';
import { LOCATIONS } from '../../electron/common/vocabulary';

/**
 * Fills a store with `studies` RSNA-sized studies straight through SQL (3 series, 25 grades and
 * ~25 points each, a few slices per series) for query-plan tests and benchmarks of the
 * worklist. Deterministic.
 */
export function fillSyntheticWorkspace(db: Database, studies: number, slicesPerSeries = 3): void {
  const insertStudy = db.prepare('INSERT INTO studies (study_key, label_seq, created_at) VALUES (?, ?, ?)');
  const insertSeries = db.prepare('INSERT INTO series (study_id, series_key, role, role_source) VALUES (?, ?, ?, ?)');
  const insertInstance = db.prepare(
    `INSERT INTO instances (series_id, sop_instance_uid, instance_number, file_path, file_size, file_mtime_ms, transfer_syntax_uid,
       rows, columns, frames, bits_allocated, photometric, slice_position)
     VALUES (?, ?, ?, ?, 1, 1, '1.2.840.10008.1.2.1', 512, 512, 1, 16, 'MONOCHROME2', ?)`,
  );
  const insertGrade = db.prepare(
    "INSERT INTO grades (study_id, condition, level, imported, imported_grade, grade, source) VALUES (?, ?, ?, 1, ?, ?, 'import')",
  );
  const insertPoint = db.prepare(
    `INSERT INTO points (study_id, condition, level, import_seq, imported_series_id, imported_instance_number, imported_x, imported_y,
       series_id, instance_number, x, y, source) VALUES (?, ?, ?, ?, ?, 1, 10, 10, ?, 1, 10, 10, 'import')`,
  );
  const grades = ['normal_mild', 'normal_mild', 'normal_mild', 'moderate', 'severe'];
  let seq = 0;
  db.transaction(() => {
    for (let s = 0; s < studies; s++) {
      const studyId = Number(insertStudy.run(String(1_000_000 + s), s, '2026-01-01').lastInsertRowid);
      const seriesIds = (['sag_t1', 'sag_t2', 'ax_t2'] as const).map((role, r) =>
        Number(insertSeries.run(studyId, String(s * 10 + r), role, 'rsna_csv').lastInsertRowid),
      );
      seriesIds.forEach((seriesId, r) => {
        for (let i = 0; i < slicesPerSeries; i++)
          insertInstance.run(seriesId, `1.2.${s}.${r}.${i}`, i + 1, `/data/${s}/${r}/${i}.dcm`, i * 4);
      });
      LOCATIONS.forEach((location, l) => {
        const grade = grades[(s + l) % grades.length] as string;
        insertGrade.run(studyId, location.condition, location.level, grade, grade);
        insertPoint.run(studyId, location.condition, location.level, seq++, seriesIds[l % 3], seriesIds[l % 3]);
      });
    }
  })();
}
