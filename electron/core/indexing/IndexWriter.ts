import type { Database } from 'better-sqlite3';
import { planeOrientation, positionAlongNormal, sliceNormal, type Vec3 } from '../../common/geometry';
import { classifySeriesRole } from '../../common/vocabulary';
import type { DicomHeader, SkippedFile } from '../dicom/DicomHeader';
import type { ScanBatch, ScannedFile } from './scanDicomTree';

export interface WriteCounts {
  studiesAdded: number;
  seriesAdded: number;
  instancesAdded: number;
  instancesUpdated: number;
  skipped: number;
}

interface SeriesRow {
  id: number;
  normal: Vec3 | null;
}

/**
 * Writes scan batches into the store, one transaction per batch (a few milliseconds, so the
 * main thread never stalls). Studies are keyed by the RSNA study_id folder name in the RSNA
 * layout and by StudyInstanceUID otherwise; series likewise. Re-writing the same file updates
 * its row in place: a folder indexed twice adds nothing twice.
 */
export class IndexWriter {
  readonly counts: WriteCounts = { studiesAdded: 0, seriesAdded: 0, instancesAdded: 0, instancesUpdated: 0, skipped: 0 };
  private readonly studyIds = new Map<string, number>();
  private readonly seriesRows = new Map<string, SeriesRow>();
  private readonly statements: ReturnType<typeof prepare>;
  private readonly writeBatch: (batch: ScanBatch) => void;

  private readonly problemPaths: Set<string>;

  /**
   * @param known files already indexed (their paths), so that re-indexed files count as updates
   *   without a lookup per file.
   */
  constructor(
    db: Database,
    private readonly scanRoot: string,
    private readonly known: ReadonlySet<string> | ReadonlyMap<string, unknown> = new Set(),
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.statements = prepare(db);
    this.problemPaths = new Set(db.prepare('SELECT file_path FROM index_problems').pluck().all() as string[]);
    this.writeBatch = db.transaction((batch: ScanBatch) => {
      for (const file of batch.files) this.writeFile(file);
      for (const skipped of batch.skipped) this.writeProblem(skipped);
    });
  }

  write(batch: ScanBatch): void {
    this.writeBatch(batch);
  }

  private writeFile(file: ScannedFile): void {
    const h = file.header;
    const studyId = this.studyId(file.rsna?.studyKey ?? h.studyInstanceUid, h);
    const series = this.series(studyId, file.rsna?.seriesKey ?? h.seriesInstanceUid, h);
    const position = h.imagePosition && series.normal ? positionAlongNormal(h.imagePosition, series.normal) : null;
    try {
      this.upsertInstance(file, series, position);
    } catch (error) {
      // UNIQUE (series_id, sop_instance_uid): the same instance was indexed from another file.
      if (!(error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE')) throw error;
      const other = this.statements.instanceBySop.get(series.id, h.sopInstanceUid) as { file_path: string } | undefined;
      this.writeProblem({ filePath: h.filePath, reason: `duplicate SOPInstanceUID ${h.sopInstanceUid}: already indexed from ${other?.file_path ?? 'another file'}` });
      return;
    }
    if (this.problemPaths.delete(h.filePath)) this.statements.clearProblem.run(h.filePath);
    if (this.known.has(h.filePath)) this.counts.instancesUpdated++;
    else this.counts.instancesAdded++;
  }

  private upsertInstance(file: ScannedFile, series: SeriesRow, position: number | null): void {
    const h = file.header;
    this.statements.upsertInstance.run({
      series_id: series.id,
      sop_instance_uid: h.sopInstanceUid,
      instance_number: file.rsna?.instanceNumber ?? h.instanceNumber,
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
      slice_position: position,
    });
  }

  private writeProblem(skipped: SkippedFile): void {
    this.statements.upsertProblem.run(this.scanRoot, skipped.filePath, skipped.reason, this.now());
    this.problemPaths.add(skipped.filePath);
    this.counts.skipped++;
  }

  private studyId(studyKey: string, h: DicomHeader): number {
    const cached = this.studyIds.get(studyKey);
    if (cached !== undefined) return cached;
    const row = this.statements.studyByKey.get(studyKey) as { id: number } | undefined;
    let id: number;
    if (row) {
      id = row.id;
      this.statements.fillStudy.run(h.studyInstanceUid, h.patientId, h.studyDate, h.studyDescription, id);
    } else {
      id = Number(
        this.statements.insertStudy.run(studyKey, h.studyInstanceUid, h.patientId, h.studyDate, h.studyDescription, this.now()).lastInsertRowid,
      );
      this.counts.studiesAdded++;
    }
    this.studyIds.set(studyKey, id);
    return id;
  }

  private series(studyId: number, seriesKey: string, h: DicomHeader): SeriesRow {
    const cacheKey = `${studyId}\u0000${seriesKey}`;
    const cached = this.seriesRows.get(cacheKey);
    if (cached) return cached;
    const normal = h.rowDirection && h.columnDirection ? safeNormal(h.rowDirection, h.columnDirection) : null;
    const orientation = normal ? planeOrientation(normal) : null;
    const row = this.statements.seriesByKey.get(studyId, seriesKey) as
      | { id: number; normal_x: number | null; normal_y: number | null; normal_z: number | null; rsna_description: string | null }
      | undefined;
    let result: SeriesRow;
    if (row && row.normal_x !== null && row.normal_y !== null && row.normal_z !== null) {
      result = { id: row.id, normal: [row.normal_x, row.normal_y, row.normal_z] };
    } else {
      const decision = classifySeriesRole({
        rsnaDescription: row?.rsna_description ?? null,
        seriesDescription: h.seriesDescription,
        orientation,
        repetitionTime: h.repetitionTime,
        echoTime: h.echoTime,
        inversionTime: h.inversionTime,
      });
      const values = {
        series_instance_uid: h.seriesInstanceUid,
        series_number: h.seriesNumber,
        series_description: h.seriesDescription,
        modality: h.modality,
        orientation,
        normal_x: normal?.[0] ?? null,
        normal_y: normal?.[1] ?? null,
        normal_z: normal?.[2] ?? null,
        role: decision.role,
        role_source: decision.source,
      };
      if (row) {
        this.statements.fillSeries.run({ ...values, id: row.id });
        result = { id: row.id, normal };
      } else {
        const inserted = this.statements.insertSeries.run({ ...values, study_id: studyId, series_key: seriesKey });
        result = { id: Number(inserted.lastInsertRowid), normal };
        this.counts.seriesAdded++;
      }
    }
    this.seriesRows.set(cacheKey, result);
    return result;
  }
}

function safeNormal(row: Vec3, column: Vec3): Vec3 | null {
  try {
    return sliceNormal(row, column);
  } catch {
    return null;
  }
}

function prepare(db: Database) {
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
