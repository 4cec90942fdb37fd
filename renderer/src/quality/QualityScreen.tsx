import { useEffect, useState } from 'react';
import { call, subscribe } from '../api/spine';
import { useAsync } from '../common/useAsync';
import { AgreementPanel, DEFAULT_AGREEMENT_SETS, type AgreementSets } from './agreement/AgreementPanel';
import { AutomationBiasPanel } from './bias/AutomationBiasPanel';
import { CompareRuns } from './compare/CompareRuns';
import { QualityDashboard } from './dashboard/QualityDashboard';
import { ModelsPanel } from './models/ModelsPanel';
import { RunAiPanel, type WorklistView } from './run/RunAiPanel';
import { SectionTabs, type Section } from './SectionTabs';
import { Failure, Loading } from './StateViews';
import { useWatchedJob } from './useWatchedJob';
import './quality.css';

export type QualitySection = 'models' | 'run' | 'quality' | 'compare' | 'agreement' | 'bias';

const SECTIONS: readonly Section<QualitySection>[] = [
  { id: 'quality', title: 'Quality dashboard' },
  { id: 'compare', title: 'Compare runs' },
  { id: 'agreement', title: 'Agreement' },
  { id: 'bias', title: 'Automation bias' },
  { id: 'run', title: 'Run AI' },
  { id: 'models', title: 'Models' },
];

interface Props {
  hidden: boolean;
  worklist: WorklistView | null;
}

/**
 * "Models & quality" (issue 7): the retraining loop's screen. The run list is read once here and
 * again whenever a job changes the workspace (a run finished, labels corrected, models imported).
 */
export function QualityScreen({ hidden, worklist }: Props) {
  const [section, setSection] = useState<QualitySection>('quality');
  const [runId, setRunId] = useState<number | null>(null);
  const [agreementSets, setAgreementSets] = useState<AgreementSets>(DEFAULT_AGREEMENT_SETS);
  const [revision, setRevision] = useState(0);
  const runs = useAsync(() => call('runs:list', {}), `runs#${revision}`);
  const runJob = useWatchedJob();
  const importJob = useWatchedJob();
  const exportJob = useWatchedJob();
  useEffect(() => subscribe('workspace:changed', () => setRevision((r) => r + 1)), []);
  // Back on this screen after reviewing: corrections change every figure.
  const [wasHidden, setWasHidden] = useState(hidden);
  if (wasHidden !== hidden) {
    setWasHidden(hidden);
    if (!hidden) setRevision((r) => r + 1);
  }
  if (hidden) return null;

  const list = runs.value ?? [];
  const body = (): React.ReactNode => {
    if (section === 'models') return <ModelsPanel revision={revision} importJob={importJob} exportJob={exportJob} />;
    if (section === 'run')
      return (
        <RunAiPanel
          worklist={worklist}
          revision={revision}
          job={runJob}
          onShowRun={(id) => {
            setRunId(id);
            setSection('quality');
          }}
        />
      );
    // Blinded first reads keep the AI grades they revealed: this section needs no run list.
    if (section === 'bias') return <AutomationBiasPanel revision={revision} />;
    if (runs.status === 'error' && !runs.value)
      return <Failure what="Could not read the AI runs." error={runs.error} onRetry={runs.reload} />;
    if (!runs.value) return <Loading>Reading the AI runs…</Loading>;
    if (section === 'quality')
      return <QualityDashboard runs={list} runId={runId} onRunChange={setRunId} revision={revision} onRunAi={() => setSection('run')} />;
    if (section === 'compare') return <CompareRuns runs={list} revision={revision} />;
    return <AgreementPanel runs={list} revision={revision} sets={agreementSets} onSets={setAgreementSets} />;
  };

  return (
    <section className="quality-screen" aria-labelledby="quality-title">
      <header className="screen-header">
        <h2 id="quality-title">Models &amp; quality</h2>
        <SectionTabs label="Models and quality sections" sections={SECTIONS} current={section} onSelect={setSection} />
      </header>
      <div className="screen-body" role="tabpanel" id={`panel-${section}`} aria-labelledby={`tab-${section}`}>
        {body()}
      </div>
    </section>
  );
}
