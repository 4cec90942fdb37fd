import { useState } from 'react';
import type { StudySummary } from '../../../../electron/common/contract';
import { call } from '../../api/spine';
import { useAsync } from '../../common/useAsync';
import { JobProgress } from '../JobProgress';
import { plural } from '../format';
import { ActionError, Failure, Loading } from '../StateViews';
import type { WatchedJob } from '../useWatchedJob';
import { ModelChoice } from './ModelChoice';
import { chosenModelIds, modelSlots, slotKey } from './modelSlots';
import { parseStudyList } from './parseStudyList';
import { RunOutcome } from './RunOutcome';

export interface WorklistView {
  readonly studies: readonly StudySummary[];
  /** The worklist has a filter or search set (else it is every study). */
  readonly filtered: boolean;
}

type Scope = 'all' | 'worklist' | 'list';
type Strategy = 'targeted' | 'every-slice';

interface Props {
  worklist: WorklistView | null;
  revision: number;
  onShowRun: (runId: number) => void;
  job: WatchedJob;
}

/** Issue 7 "run it on chosen studies": which studies, which model versions, which strategy; then a job. */
export function RunAiPanel({ worklist, revision, onShowRun, job }: Props) {
  const studies = useAsync(() => call('studies:list', {}), `studies#${revision}`);
  const models = useAsync(() => call('models:list', {}), `models#${revision}`);
  const [scope, setScope] = useState<Scope>(worklist?.filtered ? 'worklist' : 'all');
  const [typed, setTyped] = useState('');
  const [strategy, setStrategy] = useState<Strategy>('targeted');
  const [choices, setChoices] = useState<ReadonlyMap<string, string>>(new Map());
  const [error, setError] = useState<string | null>(null);

  if (studies.status === 'error') return <Failure what="Could not read the studies." error={studies.error} onRetry={studies.reload} />;
  if (!studies.value) return <Loading>Reading the studies…</Loading>;
  const all = studies.value;
  const parsed = parseStudyList(typed, all);
  const chosen: readonly number[] =
    scope === 'all' ? all.map((s) => s.id) : scope === 'worklist' ? (worklist?.studies ?? all).map((s) => s.id) : parsed.ids;
  const slots = modelSlots(models.value?.models ?? []);
  const running = job.job?.state === 'running';

  const start = async (): Promise<void> => {
    setError(null);
    try {
      const modelIds = chosenModelIds(slots, choices);
      job.watch(
        await call('ai:run', { ...(scope === 'all' ? {} : { studyIds: [...chosen] }), strategy, ...(modelIds ? { modelIds } : {}) }),
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <form
      className="run-ai"
      aria-label="Run AI on chosen studies"
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <fieldset>
        <legend>Studies</legend>
        <label className="check">
          <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />
          Every study of the workspace ({all.length})
        </label>
        <label className="check">
          <input type="radio" name="scope" checked={scope === 'worklist'} onChange={() => setScope('worklist')} disabled={!worklist} />
          The worklist as filtered now (
          {worklist ? `${worklist.studies.length}${worklist.filtered ? '' : ', no filter set'}` : 'not loaded'})
        </label>
        <label className="check">
          <input type="radio" name="scope" checked={scope === 'list'} onChange={() => setScope('list')} />
          These study ids:
        </label>
        <textarea
          aria-label="Study ids to run, separated by spaces, commas or new lines"
          rows={3}
          placeholder="e.g. 4003253 4646740, 7143189"
          value={typed}
          onFocus={() => setScope('list')}
          onChange={(e) => setTyped(e.target.value)}
        />
        {scope === 'list' && typed.trim() !== '' && (
          <p className={parsed.unknown.length > 0 ? 'form-error' : 'muted'} aria-live="polite">
            {plural(parsed.ids.length, 'study', 'studies')} found
            {parsed.unknown.length > 0 &&
              `; not in this workspace: ${parsed.unknown.slice(0, 8).join(', ')}${parsed.unknown.length > 8 ? ` and ${parsed.unknown.length - 8} more` : ''}`}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>Strategy</legend>
        <label className="check">
          <input type="radio" name="strategy" checked={strategy === 'targeted'} onChange={() => setStrategy('targeted')} />
          <span>
            <strong>Targeted</strong>{' '}
            <span className="muted">
              — detectors only on the slices where each condition can be (midline, foramina, the axial slices of each level); fast
            </span>
          </span>
        </label>
        <label className="check">
          <input type="radio" name="strategy" checked={strategy === 'every-slice'} onChange={() => setStrategy('every-slice')} />
          <span>
            <strong>Every slice</strong>{' '}
            <span className="muted">— detectors on every slice of each series, as the paper did; several times slower</span>
          </span>
        </label>
      </fieldset>
      <fieldset>
        <legend>Model versions</legend>
        {models.status === 'error' && <Failure what="Could not read the model folder." error={models.error} onRetry={models.reload} />}
        {models.value && (
          <ModelChoice slots={slots} choices={choices} onChoose={(slot, id) => setChoices(new Map([...choices, [slotKey(slot), id]]))} />
        )}
        {!models.value && models.status === 'loading' && <Loading>Reading the model folder…</Loading>}
      </fieldset>
      <div className="card-actions">
        <button type="submit" className="primary" disabled={chosen.length === 0 || running}>
          Run AI on {plural(chosen.length, 'study', 'studies')}
        </button>
        {running && job.job && <JobProgress job={job.job} />}
      </div>
      <ActionError message={error} />
      {job.job && job.job.state !== 'running' && <RunOutcome job={job.job} onShowRun={onShowRun} onDismiss={job.clear} />}
    </form>
  );
}
