import type { Database } from 'better-sqlite3';
import { syntheticStudy, type SyntheticOptions } from './syntheticStudy';

/**
 * Writes a synthetic study (syntheticStudy) into the store as an indexed study would be: one
 * row per slice with its geometry; `file_path` is `synthetic://<seed>/<slice id>[?delay=ms&axial=n]`, which
 * test/support/syntheticSliceSource.ts renders in the engine process. Returns studies.id.
 */
export function storeSyntheticStudy(db: Database, seed: number, options: SyntheticOptions & { delayMs?: number } = {}): number {
  const study = syntheticStudy(seed, options);
  const studyId = Number(
    db.prepare('INSERT INTO studies (study_key, created_at) VALUES (?, ?)').run(String(seed), '2026-01-01').lastInsertRowid,
  );
  const insertSeries = db.prepare(
    'INSERT INTO series (study_id, series_key, role, role_source, series_description) VALUES (?, ?, ?, ?, ?)',
  );
  const insertInstance = db.prepare(
    `INSERT INTO instances (series_id, sop_instance_uid, instance_number, file_path, file_size, file_mtime_ms, transfer_syntax_uid,
       rows, columns, frames, bits_allocated, photometric, ipp_x, ipp_y, ipp_z, row_x, row_y, row_z, col_x, col_y, col_z,
       spacing_row, spacing_col, slice_position)
     VALUES (?, ?, ?, ?, 1, 1, '1.2.840.10008.1.2.1', ?, ?, 1, 16, 'MONOCHROME2', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const params = new URLSearchParams();
  if (options.delayMs) params.set('delay', String(options.delayMs));
  if (options.axialPerLevel) params.set('axial', String(options.axialPerLevel));
  const query = params.size > 0 ? `?${params.toString()}` : '';
  db.transaction(() => {
    for (const series of study.input.series) {
      const seriesId = Number(insertSeries.run(studyId, series.seriesKey, series.role, 'rsna_csv', series.description).lastInsertRowid);
      series.slices.forEach((slice, position) => {
        const g = slice.geometry!;
        insertInstance.run(
          seriesId,
          `2.25.${seed}.${slice.instanceId}`,
          slice.instanceNumber,
          `synthetic://${seed}/${slice.instanceId}${query}`,
          slice.rows,
          slice.columns,
          ...g.position,
          ...g.rowDirection,
          ...g.columnDirection,
          g.rowSpacing,
          g.columnSpacing,
          position,
        );
      });
    }
  })();
  return studyId;
}
