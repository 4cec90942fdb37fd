import type { Database } from 'better-sqlite3';
import type { SliceSource } from '../../inference/pipeline/StudyInput';
import { planTrainingExport } from './planTrainingExport';
import { readLabelSnapshot } from './readLabelSnapshot';
import type { ExportPart } from './TrainingExportManifest';
import { writeTrainingExport, type TrainingExportSummary } from './writeTrainingExport';

export interface ExportTrainingRequest {
  readonly dir: string;
  readonly parts: readonly ExportPart[];
  readonly source: SliceSource;
  readonly sourceDatabase: string;
  readonly tool: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number, message?: string) => void;
}

/** A training export of the workspace's current labels: snapshot → plan (folds, slices, crops) → files. */
export async function exportTrainingSet(db: Database, request: ExportTrainingRequest): Promise<TrainingExportSummary> {
  if (request.parts.length === 0) throw new Error('nothing to export: ask for the yolo part, the crops part or both');
  const snapshot = readLabelSnapshot(db);
  if (snapshot.studies.length === 0) throw new Error(`${request.sourceDatabase} holds no labels to export (no graded cell and no point)`);
  const plan = planTrainingExport(snapshot);
  return writeTrainingExport(snapshot, plan, request.dir, request);
}
