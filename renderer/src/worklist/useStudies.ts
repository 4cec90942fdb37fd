import { useEffect } from 'react';
import type { StudyListQuery, StudySummary } from '../../../electron/common/contract';
import { call, subscribe } from '../api/spine';
import { useAsync } from '../common/useAsync';

/** The worklist for a query, reloaded whenever a job changes the workspace or `revision` moves. */
export function useStudies(query: StudyListQuery, revision = 0) {
  const state = useAsync<StudySummary[]>(
    () => {
      // User Timing mark for bench/viewer.bench.ts: the worklist asked for (to its rows on screen).
      performance.mark('spine:worklist-requested');
      return call('studies:list', query).then((list) => {
        performance.mark('spine:worklist-received');
        return list;
      });
    },
    `${JSON.stringify(query)}#${revision}`,
  );
  const { reload } = state;
  useEffect(() => subscribe('workspace:changed', () => reload()), [reload]);
  return state;
}
