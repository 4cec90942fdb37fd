import type { Database } from 'better-sqlite3';
import { isSeriesRole } from '../../../common/vocabulary';
import { INSTANCE_GEOMETRY_COLUMNS, sliceGeometryOfRow, type InstanceGeometryRow } from '../../studies/instanceGeometryRow';
import type { SeriesInput, SliceInput, StudyInput } from '../pipeline/StudyInput';

interface InstanceRow extends InstanceGeometryRow {
  id: number;
  series_id: number;
  instance_number: number | null;
  file_path: string;
  rows: number;
  columns: number;
}

/**
 * The engine's input for the given studies (all when `studyIds` is absent), read from the
 * store: series with their role and slices in spatial order (position along the normal, then
 * instance number: rsna-data.md pitfall 5) with patient geometry. Only the first frame of a
 * multi-frame instance is read: the store keeps one position per instance.
 */
export function loadStudyInputs(db: Database, studyIds?: readonly number[]): StudyInput[] {
  const ids = studyIds ?? (db.prepare('SELECT id FROM studies ORDER BY id').pluck().all() as number[]);
  const study = db.prepare('SELECT id, study_key FROM studies WHERE id = ?');
  const series = db.prepare(
    `SELECT id, series_key, role, coalesce(rsna_description, series_description) AS description
     FROM series WHERE study_id = ? ORDER BY series_number, id`,
  );
  const instances = db.prepare(
    `SELECT id, series_id, instance_number, file_path, ${INSTANCE_GEOMETRY_COLUMNS}
     FROM instances WHERE series_id = ? ORDER BY slice_position IS NULL, slice_position, instance_number`,
  );
  return ids.map((id) => {
    const row = study.get(id) as { id: number; study_key: string } | undefined;
    if (!row) throw new Error(`study ${id} is not in the workspace`);
    const list = (series.all(id) as { id: number; series_key: string; role: string | null; description: string | null }[]).map(
      (s): SeriesInput => ({
        seriesId: s.id,
        seriesKey: s.series_key,
        role: s.role !== null && isSeriesRole(s.role) ? s.role : null,
        description: s.description,
        slices: (instances.all(s.id) as InstanceRow[]).map(toSlice),
      }),
    );
    return { studyId: row.id, studyKey: row.study_key, series: list };
  });
}

function toSlice(r: InstanceRow): SliceInput {
  return { instanceId: r.id, instanceNumber: r.instance_number, filePath: r.file_path, frame: 0, rows: r.rows, columns: r.columns, geometry: sliceGeometryOfRow(r) };
}
