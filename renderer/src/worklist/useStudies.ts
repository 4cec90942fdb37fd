import { useEffect } from 'react';
import type { StudyListQuery, StudySummary } from '../../../electron/common/contract';
import { call, subscribe } from '../api/spine';
import { useAsync } from '../common/useAsync';

/** The worklist for a query, reloaded whenever a job changes the workspace or `revision` moves. */
export function useStudies(query: StudyListQuery, revision = 0) {
  const state = useAsync<StudySummary[]>(() => call('listStudies', query), `${JSON.stringify(query)}#${revision}`);
  const { reload } = state;
  useEffect(() => subscribe('workspace:changed', () => reload()), [reload]);
  return state;
}
