import type { EditEntry } from '../../common/contract';
import type { WorkspaceDb } from '../store/WorkspaceDb';
import { listEditsOfStudy, type HistoryFilter } from '../store/labels/editRepository';

/**
 * The audit of a study, newest first: every edit, or those of one cell (condition and level),
 * or of one condition or level.
 */
export function editHistory(db: WorkspaceDb, studyId: number, filter: HistoryFilter = {}): EditEntry[] {
  return listEditsOfStudy(db, studyId, filter);
}
