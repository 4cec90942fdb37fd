import type { InstanceInfo, SeriesInfo } from '../../../common/contract';
import { asSeriesId } from '../../../common/ids';
import type { Vec3 } from '../../../common/geometry';
import { isSeriesRole } from '../../../common/vocabulary';
import type { SeriesInput, SliceInput } from '../../inference/pipeline/StudyInput';
import type { WorkspaceDb } from '../WorkspaceDb';
import { INSTANCE_GEOMETRY_COLUMNS, sliceGeometryOfRow, type InstanceGeometryRow } from './instanceGeometryRow';

/** Whether the series belongs to the study (label writes check it before they place a point). */
export function seriesIsInStudy(db: WorkspaceDb, seriesId: number, studyId: number): boolean {
  return db.prepare('SELECT 1 FROM series WHERE id = ? AND study_id = ?').get(seriesId, studyId) !== undefined;
}

/** The viewer's series of a study (sagittal T1, sagittal T2, axial T2, then the rest) with their slices in spatial order and geometry. */
export function listSeriesOfStudy(db: WorkspaceDb, studyId: number): SeriesInfo[] {
  const series = db
    .prepare(
      `SELECT id, series_key, role, role_source, coalesce(rsna_description, series_description) AS description, orientation
       FROM series WHERE study_id = ? ORDER BY CASE role WHEN 'sag_t1' THEN 0 WHEN 'sag_t2' THEN 1 WHEN 'ax_t2' THEN 2 ELSE 3 END, series_number, id`,
    )
    .all(studyId) as {
    id: number;
    series_key: string;
    role: string | null;
    role_source: string | null;
    description: string | null;
    orientation: string | null;
  }[];
  const instances = db.prepare(
    `SELECT id, instance_number, frames, ${INSTANCE_GEOMETRY_COLUMNS}, slice_thickness, slice_position
     FROM instances WHERE series_id = ? ORDER BY slice_position IS NULL, slice_position, instance_number`,
  );
  return series.map((s) => ({
    id: asSeriesId(s.id),
    key: s.series_key,
    role: s.role !== null && isSeriesRole(s.role) ? s.role : null,
    roleSource: s.role_source,
    description: s.description,
    orientation: s.orientation,
    instances: (instances.all(s.id) as ViewerInstanceRow[]).map(toInstance),
  }));
}

interface ViewerInstanceRow extends InstanceGeometryRow {
  id: number;
  instance_number: number | null;
  rows: number;
  columns: number;
  frames: number;
  slice_thickness: number | null;
  slice_position: number | null;
}

function vec(x: number | null, y: number | null, z: number | null): Vec3 | null {
  return x === null || y === null || z === null ? null : [x, y, z];
}

function toInstance(r: ViewerInstanceRow): InstanceInfo {
  return {
    id: r.id,
    instanceNumber: r.instance_number,
    rows: r.rows,
    columns: r.columns,
    frames: r.frames,
    position: vec(r.ipp_x, r.ipp_y, r.ipp_z),
    rowDirection: vec(r.row_x, r.row_y, r.row_z),
    columnDirection: vec(r.col_x, r.col_y, r.col_z),
    pixelSpacing: r.spacing_row !== null && r.spacing_col !== null ? [r.spacing_row, r.spacing_col] : null,
    sliceThickness: r.slice_thickness,
    slicePosition: r.slice_position,
  };
}

interface InputInstanceRow extends InstanceGeometryRow {
  id: number;
  series_id: number;
  instance_number: number | null;
  file_path: string;
  rows: number;
  columns: number;
}

/**
 * The engine's series of a study (series number order), with slices in spatial order (position
 * along the normal, then instance number: rsna-data.md pitfall 5) and patient geometry; its
 * statements prepared once for many studies. Only the first frame of a multi-frame instance is
 * read: the store keeps one position per instance.
 */
export function seriesInputLookup(db: WorkspaceDb): (studyId: number) => SeriesInput[] {
  const series = db.prepare(
    `SELECT id, series_key, role, coalesce(rsna_description, series_description) AS description
     FROM series WHERE study_id = ? ORDER BY series_number, id`,
  );
  const instances = db.prepare(
    `SELECT id, series_id, instance_number, file_path, ${INSTANCE_GEOMETRY_COLUMNS}
     FROM instances WHERE series_id = ? ORDER BY slice_position IS NULL, slice_position, instance_number`,
  );
  return (studyId) =>
    (series.all(studyId) as { id: number; series_key: string; role: string | null; description: string | null }[]).map(
      (s): SeriesInput => ({
        seriesId: s.id,
        seriesKey: s.series_key,
        role: s.role !== null && isSeriesRole(s.role) ? s.role : null,
        description: s.description,
        slices: (instances.all(s.id) as InputInstanceRow[]).map(toSlice),
      }),
    );
}

function toSlice(r: InputInstanceRow): SliceInput {
  return {
    instanceId: r.id,
    instanceNumber: r.instance_number,
    filePath: r.file_path,
    frame: 0,
    rows: r.rows,
    columns: r.columns,
    geometry: sliceGeometryOfRow(r),
  };
}
