import type { WorkspaceDb } from '../../store/WorkspaceDb';
import { planTrainingExport } from './planTrainingExport';
import { readLabelSnapshot } from './readLabelSnapshot';
import { writeTrainingExport, type TrainingExportSummary, type WriteExportOptions } from './writeTrainingExport';

export interface ExportTrainingRequest extends Omit<WriteExportOptions, 'now'> {
  readonly dir: string;
}

/** A training export of the workspace's current labels: snapshot → plan (folds, slices, crops) → files. */
export async function exportTrainingSet(db: WorkspaceDb, request: ExportTrainingRequest): Promise<TrainingExportSummary> {
  if (request.parts.length === 0) throw new Error('nothing to export: ask for the yolo part, the crops part or both');
  const snapshot = readLabelSnapshot(db);
  if (snapshot.studies.length === 0) throw new Error(`${request.sourceDatabase} holds no labels to export (no graded cell and no point)`);
  const plan = planTrainingExport(snapshot);
  return writeTrainingExport(snapshot, plan, request.dir, request);
}
