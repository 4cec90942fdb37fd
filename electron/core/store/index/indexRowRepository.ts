import type { SeriesUid, SopInstanceUid } from '../../../common/ids';
import type { Vec3 } from '../../../common/geometry';
import { asSeriesId, type SeriesId } from '../../../common/ids';
import type { DicomHeader } from '../../dicom/DicomHeader';
import type { WorkspaceDb } from '../WorkspaceDb';

/** A series as the index writer finds it: its normal once known, and the RSNA description an import may have set. */
export interface IndexedSeries {
  readonly id: SeriesId;
  /** Null until a file with ImageOrientationPatient was indexed into it. */
  readonly normal: Vec3 | null;
  readonly rsnaDescription: string | null;
}

/** What the index writer decides of a series from its first file. */
export interface SeriesValues {
  readonly seriesInstanceUid: SeriesUid;
  readonly seriesNumber: number | null;
  readonly seriesDescription: string | null;
  readonly modality: string | null;
  readonly orientation: string | null;
  readonly normal: Vec3 | null;
  readonly role: string | null;
  readonly roleSource: string | null;
}

/**
 * The index writer's rows (studies, series, instances, index_problems), every statement
 * prepared once per writer: the writer runs them for every file (≥ 10,000 files/s), and
 * preparing costs more than running. The caller holds the transaction (one per scan batch).
 */
export class IndexRowRepository {
  private readonly statements: ReturnType<typeof prepare>;

  constructor(db: WorkspaceDb) {
    this.statements = prepare(db);
  }

  findStudyId(studyKey: string): number | undefined {
    return (this.statements.studyByKey.get(studyKey) as { id: number } | undefined)?.id;
  }

  insertStudy(studyKey: string, h: DicomHeader, createdAt: string): number {
    return Number(
      this.statements.insertStudy.run(studyKey, h.studyInstanceUid, h.patientId, h.studyDate, h.studyDescription, createdAt)
        .lastInsertRowid,
    );
  }

  /** Fills the study's DICOM attributes that are still null (a study first seen through a label import has none). */
  fillStudy(studyId: number, h: DicomHeader): void {
    this.statements.fillStudy.run(h.studyInstanceUid, h.patientId, h.studyDate, h.studyDescription, studyId);
  }

  findSeries(studyId: number, seriesKey: string): IndexedSeries | undefined {
    const row = this.statements.seriesByKey.get(studyId, seriesKey) as
      | { id: number; normal_x: number | null; normal_y: number | null; normal_z: number | null; rsna_description: string | null }
      | undefined;
    if (!row) return undefined;
    const normal: Vec3 | null =
      row.normal_x !== null && row.normal_y !== null && row.normal_z !== null ? [row.normal_x, row.normal_y, row.normal_z] : null;
    return { id: asSeriesId(row.id), normal, rsnaDescription: row.rsna_description };
  }

  insertSeries(studyId: number, seriesKey: string, values: SeriesValues): number {
    return Number(this.statements.insertSeries.run({ ...seriesParams(values), study_id: studyId, series_key: seriesKey }).lastInsertRowid);
  }

  /** Sets the series' DICOM attributes; a role already set (by the RSNA series CSV or the reader) is kept. */
  fillSeries(seriesId: number, values: SeriesValues): void {
    this.statements.fillSeries.run({ ...seriesParams(values), id: seriesId });
  }

  /**
   * Inserts the file's instance, or updates the row of the same file in place. False, and nothing
   * written, when another file of the series already holds its SOPInstanceUID
   * (UNIQUE (series_id, sop_instance_uid)).
   */
  upsertInstance(seriesId: number, instanceNumber: number | null, h: DicomHeader, slicePosition: number | null): boolean {
    try {
      this.statements.upsertInstance.run({
        series_id: seriesId,
        sop_instance_uid: h.sopInstanceUid,
        instance_number: instanceNumber,
        file_path: h.filePath,
        file_size: h.fileSize,
        file_mtime_ms: h.fileMtimeMs,
        transfer_syntax_uid: h.transferSyntaxUid,
        rows: h.rows,
        columns: h.columns,
        frames: h.frames,
        bits_allocated: h.bitsAllocated,
        photometric: h.photometric,
        ipp_x: h.imagePosition?.[0] ?? null,
        ipp_y: h.imagePosition?.[1] ?? null,
        ipp_z: h.imagePosition?.[2] ?? null,
        row_x: h.rowDirection?.[0] ?? null,
        row_y: h.rowDirection?.[1] ?? null,
        row_z: h.rowDirection?.[2] ?? null,
        col_x: h.columnDirection?.[0] ?? null,
        col_y: h.columnDirection?.[1] ?? null,
        col_z: h.columnDirection?.[2] ?? null,
        spacing_row: h.pixelSpacing?.[0] ?? null,
        spacing_col: h.pixelSpacing?.[1] ?? null,
        slice_thickness: h.sliceThickness,
        slice_position: slicePosition,
      });
      return true;
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE') return false;
      throw error;
    }
  }

  /** The file an instance of the series was indexed from, by SOPInstanceUID. */
  findInstanceFilePath(seriesId: number, sopInstanceUid: SopInstanceUid): string | undefined {
    return (this.statements.instanceBySop.get(seriesId, sopInstanceUid) as { file_path: string } | undefined)?.file_path;
  }

  upsertProblem(scanRoot: string, filePath: string, reason: string, seenAt: string): void {
    this.statements.upsertProblem.run(scanRoot, filePath, reason, seenAt);
  }

  clearProblem(filePath: string): void {
    this.statements.clearProblem.run(filePath);
  }
}

function seriesParams(v: SeriesValues) {
  return {
    series_instance_uid: v.seriesInstanceUid,
    series_number: v.seriesNumber,
    series_description: v.seriesDescription,
    modality: v.modality,
    orientation: v.orientation,
    normal_x: v.normal?.[0] ?? null,
    normal_y: v.normal?.[1] ?? null,
    normal_z: v.normal?.[2] ?? null,
    role: v.role,
    role_source: v.roleSource,
  };
}

function prepare(db: WorkspaceDb) {
  return {
    studyByKey: db.prepare('SELECT id FROM studies WHERE study_key = ?'),
    insertStudy: db.prepare(
      'INSERT INTO studies (study_key, study_instance_uid, patient_id, study_date, study_description, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    fillStudy: db.prepare(
      `UPDATE studies SET study_instance_uid = coalesce(study_instance_uid, ?), patient_id = coalesce(patient_id, ?),
       study_date = coalesce(study_date, ?), study_description = coalesce(study_description, ?) WHERE id = ?`,
    ),
    seriesByKey: db.prepare('SELECT id, normal_x, normal_y, normal_z, rsna_description FROM series WHERE study_id = ? AND series_key = ?'),
    insertSeries: db.prepare(
      `INSERT INTO series (study_id, series_key, series_instance_uid, series_number, series_description, modality, orientation,
         normal_x, normal_y, normal_z, role, role_source)
       VALUES (@study_id, @series_key, @series_instance_uid, @series_number, @series_description, @modality, @orientation,
         @normal_x, @normal_y, @normal_z, @role, @role_source)`,
    ),
    fillSeries: db.prepare(
      `UPDATE series SET series_instance_uid = @series_instance_uid, series_number = @series_number,
         series_description = @series_description, modality = @modality, orientation = @orientation,
         normal_x = @normal_x, normal_y = @normal_y, normal_z = @normal_z,
         role = coalesce(role, @role), role_source = coalesce(role_source, @role_source)
       WHERE id = @id`,
    ),
    instanceBySop: db.prepare('SELECT file_path FROM instances WHERE series_id = ? AND sop_instance_uid = ?'),
    upsertInstance: db.prepare(
      `INSERT INTO instances (series_id, sop_instance_uid, instance_number, file_path, file_size, file_mtime_ms,
         transfer_syntax_uid, rows, columns, frames, bits_allocated, photometric,
         ipp_x, ipp_y, ipp_z, row_x, row_y, row_z, col_x, col_y, col_z, spacing_row, spacing_col, slice_thickness, slice_position)
       VALUES (@series_id, @sop_instance_uid, @instance_number, @file_path, @file_size, @file_mtime_ms,
         @transfer_syntax_uid, @rows, @columns, @frames, @bits_allocated, @photometric,
         @ipp_x, @ipp_y, @ipp_z, @row_x, @row_y, @row_z, @col_x, @col_y, @col_z, @spacing_row, @spacing_col, @slice_thickness, @slice_position)
       ON CONFLICT (file_path) DO UPDATE SET
         series_id = excluded.series_id, sop_instance_uid = excluded.sop_instance_uid, instance_number = excluded.instance_number,
         file_size = excluded.file_size, file_mtime_ms = excluded.file_mtime_ms, transfer_syntax_uid = excluded.transfer_syntax_uid,
         rows = excluded.rows, columns = excluded.columns, frames = excluded.frames, bits_allocated = excluded.bits_allocated,
         photometric = excluded.photometric, ipp_x = excluded.ipp_x, ipp_y = excluded.ipp_y, ipp_z = excluded.ipp_z,
         row_x = excluded.row_x, row_y = excluded.row_y, row_z = excluded.row_z, col_x = excluded.col_x, col_y = excluded.col_y,
         col_z = excluded.col_z, spacing_row = excluded.spacing_row, spacing_col = excluded.spacing_col,
         slice_thickness = excluded.slice_thickness, slice_position = excluded.slice_position`,
    ),
    upsertProblem: db.prepare(
      `INSERT INTO index_problems (scan_root, file_path, reason, seen_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (file_path) DO UPDATE SET scan_root = excluded.scan_root, reason = excluded.reason, seen_at = excluded.seen_at`,
    ),
    clearProblem: db.prepare('DELETE FROM index_problems WHERE file_path = ?'),
  };
}
