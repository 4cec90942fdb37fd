import type { SliceGeometry } from '../../../common/geometry';
import type { WorkspaceDb } from '../WorkspaceDb';
import { INSTANCE_GEOMETRY_COLUMNS, sliceGeometryOfRow, type InstanceGeometryRow } from './instanceGeometryRow';

/** Where an instance's pixels are: its file and how many frames it holds. */
export interface InstanceFile {
  readonly filePath: string;
  readonly frames: number;
}

/** An instance file lookup by instance id, its statement prepared once (the pixel path asks per slice); undefined for an unknown id. */
export function instanceFileLookup(db: WorkspaceDb): (instanceId: number) => InstanceFile | undefined {
  const statement = db.prepare('SELECT file_path, frames FROM instances WHERE id = ?');
  return (instanceId) => {
    const row = statement.get(instanceId) as { file_path: string; frames: number } | undefined;
    return row && { filePath: row.file_path, frames: row.frames };
  };
}

/**
 * A slice geometry lookup by series and instance number (how labels and predictions name a
 * slice), its statement prepared once; null when the instance is not indexed or lacks
 * ImagePositionPatient, ImageOrientationPatient or PixelSpacing. Of several instances with one
 * number, the first.
 */
export function sliceGeometryLookup(db: WorkspaceDb): (seriesId: number, instanceNumber: number) => SliceGeometry | null {
  const statement = db.prepare(
    `SELECT ${INSTANCE_GEOMETRY_COLUMNS} FROM instances WHERE series_id = ? AND instance_number = ? ORDER BY id LIMIT 1`,
  );
  return (seriesId, instanceNumber) => {
    const r = statement.get(seriesId, instanceNumber) as InstanceGeometryRow | undefined;
    return r ? sliceGeometryOfRow(r) : null;
  };
}
