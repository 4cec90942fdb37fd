import { seriesInputLookup } from '../../store/studies/seriesRepository';
import { listStudyIds, studyKeyLookup } from '../../store/studies/studyRepository';
import type { WorkspaceDb } from '../../store/WorkspaceDb';
import type { StudyInput } from '../pipeline/StudyInput';

/**
 * The engine's input for the given studies (all when `studyIds` is absent), read from the
 * store: series with their role and slices in spatial order (position along the normal, then
 * instance number: rsna-data.md pitfall 5) with patient geometry. Only the first frame of a
 * multi-frame instance is read: the store keeps one position per instance.
 */
export function loadStudyInputs(db: WorkspaceDb, studyIds?: readonly number[]): StudyInput[] {
  const ids = studyIds ?? listStudyIds(db);
  const studyKey = studyKeyLookup(db);
  const seriesOf = seriesInputLookup(db);
  return ids.map((id) => {
    const key = studyKey(id);
    if (key === undefined) throw new Error(`study ${id} is not in the workspace`);
    return { studyId: id, studyKey: key, series: seriesOf(id) };
  });
}
