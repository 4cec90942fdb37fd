import { useState } from 'react';
import { call } from '../../api/spine';
import { useAsync } from '../../common/useAsync';
import { ActionError, Empty, Failure, Loading } from '../StateViews';
import type { WatchedJob } from '../useWatchedJob';
import { DiagnosticsCard } from './DiagnosticsCard';
import { ImportOutcome } from './ImportOutcome';
import { ModelCard } from './ModelCard';
import { ModelTable } from './ModelTable';
import { TrainingExport } from './TrainingExport';

/**
 * Issue 7 "Model import in the app": the model folder's versions with their cards, adding a
 * version from a folder, the training-set export that feeds the next version, and what the AI
 * engine makes of the models on this machine.
 */
export function ModelsPanel({ revision, importJob, exportJob }: { revision: number; importJob: WatchedJob; exportJob: WatchedJob }) {
  const models = useAsync(() => call('models:list', {}), `models#${revision}`);
  const diagnostics = useAsync(() => call('ai:diagnostics', {}), `diagnostics#${revision}`);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = models.value?.models ?? [];
  const shown = list.find((m) => m.id === selected) ?? list[0] ?? null;
  const diagnoses = new Map((diagnostics.status === 'ready' ? diagnostics.value.models : []).map((d) => [d.id, d]));

  const importFolder = async (): Promise<void> => {
    setError(null);
    try {
      const chosen = await call('dialog:chooseFolder', { purpose: 'models' });
      if (chosen) importJob.watch(await call('models:import', { folder: chosen.handle }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className="models-layout">
      <div className="models-main">
        <article className="card" aria-labelledby="models-title">
          <div className="card-title-row">
            <h3 id="models-title">Models</h3>
            {models.value && <span className="muted path" title={models.value.dir}>{models.value.dir}</span>}
            <button type="button" className="primary" disabled={importJob.job?.state === 'running'} onClick={() => void importFolder()}>
              Import models from a folder…
            </button>
          </div>
          <ActionError message={error} />
          {importJob.job && <ImportOutcome job={importJob.job} onDismiss={importJob.clear} />}
          {models.status === 'error' && <Failure what="Could not read the model folder." error={models.error} onRetry={models.reload} />}
          {models.status === 'loading' && !models.value && <Loading>Reading the model folder…</Loading>}
          {models.value && list.length === 0 && (
            <Empty title="No models">
              <p className="muted">The model folder has no model. Import a folder of ONNX models (with their manifest or cards) to run the AI.</p>
            </Empty>
          )}
          {list.length > 0 && <ModelTable models={list} selected={shown?.id ?? null} onSelect={setSelected} diagnoses={diagnoses} />}
        </article>
        {shown && (
          <article className="card" aria-label={`Model card: ${shown.id}`}>
            <h3>Model card</h3>
            <ModelCard model={shown} />
          </article>
        )}
      </div>
      <div className="models-side">
        <DiagnosticsCard diagnostics={diagnostics} onCheck={diagnostics.reload} />
        <TrainingExport job={exportJob} />
      </div>
    </div>
  );
}
