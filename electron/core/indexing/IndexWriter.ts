import { planeOrientation, positionAlongNormal, sliceNormal, type Vec3 } from '../../common/geometry';
import { classifySeriesRole } from '../../common/vocabulary';
import type { DicomHeader, SkippedFile } from '../dicom/DicomHeader';
import { listIndexProblemPaths } from '../store/index/indexProblemRepository';
import { IndexRowRepository, type SeriesValues } from '../store/index/indexRowRepository';
import { writeTransaction } from '../store/transaction';
import type { WorkspaceDb } from '../store/WorkspaceDb';
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
  private readonly rows: IndexRowRepository;

  private readonly problemPaths: Set<string>;

  /**
   * @param known files already indexed (their paths), so that re-indexed files count as updates
   *   without a lookup per file.
   */
  constructor(
    private readonly db: WorkspaceDb,
    private readonly scanRoot: string,
    private readonly known: ReadonlySet<string> | ReadonlyMap<string, unknown> = new Set(),
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.rows = new IndexRowRepository(db);
    this.problemPaths = new Set(listIndexProblemPaths(db));
  }

  write(batch: ScanBatch): void {
    writeTransaction(this.db, () => {
      for (const file of batch.files) this.writeFile(file);
      for (const skipped of batch.skipped) this.writeProblem(skipped);
    });
  }

  private writeFile(file: ScannedFile): void {
    const h = file.header;
    const studyId = this.studyId(file.rsna?.studyKey ?? h.studyInstanceUid, h);
    const series = this.series(studyId, file.rsna?.seriesKey ?? h.seriesInstanceUid, h);
    const position = h.imagePosition && series.normal ? positionAlongNormal(h.imagePosition, series.normal) : null;
    if (!this.rows.upsertInstance(series.id, file.rsna?.instanceNumber ?? h.instanceNumber, h, position)) {
      // The same instance was indexed from another file.
      const other = this.rows.findInstanceFilePath(series.id, h.sopInstanceUid);
      this.writeProblem({
        filePath: h.filePath,
        reason: `duplicate SOPInstanceUID ${h.sopInstanceUid}: already indexed from ${other ?? 'another file'}`,
      });
      return;
    }
    if (this.problemPaths.delete(h.filePath)) this.rows.clearProblem(h.filePath);
    if (this.known.has(h.filePath)) this.counts.instancesUpdated++;
    else this.counts.instancesAdded++;
  }

  private writeProblem(skipped: SkippedFile): void {
    this.rows.upsertProblem(this.scanRoot, skipped.filePath, skipped.reason, this.now());
    this.problemPaths.add(skipped.filePath);
    this.counts.skipped++;
  }

  private studyId(studyKey: string, h: DicomHeader): number {
    const cached = this.studyIds.get(studyKey);
    if (cached !== undefined) return cached;
    let id = this.rows.findStudyId(studyKey);
    if (id !== undefined) {
      this.rows.fillStudy(id, h);
    } else {
      id = this.rows.insertStudy(studyKey, h, this.now());
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
    const row = this.rows.findSeries(studyId, seriesKey);
    let result: SeriesRow;
    if (row && row.normal) {
      result = { id: row.id, normal: row.normal };
    } else {
      const decision = classifySeriesRole({
        rsnaDescription: row?.rsnaDescription ?? null,
        seriesDescription: h.seriesDescription,
        orientation,
        repetitionTime: h.repetitionTime,
        echoTime: h.echoTime,
        inversionTime: h.inversionTime,
      });
      const values: SeriesValues = {
        seriesInstanceUid: h.seriesInstanceUid,
        seriesNumber: h.seriesNumber,
        seriesDescription: h.seriesDescription,
        modality: h.modality,
        orientation,
        normal,
        role: decision.role,
        roleSource: decision.source,
      };
      if (row) {
        this.rows.fillSeries(row.id, values);
        result = { id: row.id, normal };
      } else {
        result = { id: this.rows.insertSeries(studyId, seriesKey, values), normal };
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
