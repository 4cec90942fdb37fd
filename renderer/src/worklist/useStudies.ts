import { useEffect } from 'react';
import type { StudyListQuery, StudySummary } from '../../../electron/common/contract';
import { call, subscribe } from '../api/spine';
import { useAsync } from '../common/useAsync';

/** The worklist for a query, reloaded whenever a job changes the workspace. */
export function useStudies(query: StudyListQuery) {
  const state = useAsync<StudySummary[]>(() => call('listStudies', query), JSON.stringify(query));
  const { reload } = state;
  useEffect(() => subscribe('workspace:changed', () => reload()), [reload]);
  return state;
}
