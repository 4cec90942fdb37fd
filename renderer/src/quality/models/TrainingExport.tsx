import { useState } from 'react';
import { EXPORT_PARTS, type ExportPart, type TrainingExportSummary } from '../../../../electron/common/contract';
import { call } from '../../api/spine';
import { JobProgress } from '../JobProgress';
import { plural } from '../format';
import type { WatchedJob } from '../useWatchedJob';
import { ActionError } from '../StateViews';

const PART_NAMES: Record<ExportPart, string> = {
  yolo: 'Detector datasets (YOLO: images, boxes, data.yaml)',
  crops: 'Grader crops (with grade labels)',
};

/**
 * Issue 7 "Exports": the current (corrected) labels as training sets, 5 study-grouped folds,
 * written atomically with a manifest (training/EXPORT_FORMAT.md). A job: progress and cancel.
 */
export function TrainingExport({ job: watched }: { job: WatchedJob }) {
  const [parts, setParts] = useState<ReadonlySet<ExportPart>>(new Set(EXPORT_PARTS));
  const [error, setError] = useState<string | null>(null);
  const { job, watch, clear } = watched;
  const start = async (): Promise<void> => {
    setError(null);
    try {
      const chosen = await call('dialog:chooseFolder', { purpose: 'training-export' });
      if (chosen) watch(await call('training:export', { folder: chosen.handle, parts: EXPORT_PARTS.filter((p) => parts.has(p)) }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const toggle = (part: ExportPart, on: boolean): void => {
    const next = new Set(parts);
    if (on) next.add(part);
    else next.delete(part);
    setParts(next);
  };
  return (
    <article className="card" aria-labelledby="export-title">
      <h3 id="export-title">Training sets</h3>
      <p className="muted">From the current labels, corrections included; folds grouped by study and stratified by grade; the pixels the app&apos;s inference sees.</p>
      <fieldset className="parts">
        <legend>Parts</legend>
        {EXPORT_PARTS.map((part) => (
          <label key={part} className="check">
            <input type="checkbox" checked={parts.has(part)} onChange={(e) => toggle(part, e.target.checked)} />
            {PART_NAMES[part]}
          </label>
        ))}
      </fieldset>
      <div className="card-actions">
        <button type="button" disabled={parts.size === 0 || job?.state === 'running'} onClick={() => void start()}>
          Export training sets…
        </button>
      </div>
      <ActionError message={error} />
      {job?.state === 'running' && <JobProgress job={job} />}
      {job && job.state !== 'running' && (
        <div className={`outcome ${job.state === 'done' ? 'outcome-good' : job.state === 'failed' ? 'outcome-bad' : ''}`} role={job.state === 'failed' ? 'alert' : 'status'} data-testid="export-outcome">
          {job.state === 'done' ? <ExportSummary summary={job.result as TrainingExportSummary} /> : <p>{job.state === 'failed' ? `Export failed: ${job.error ?? ''}` : 'Export cancelled: the folder was left as it was.'}</p>}
          <button type="button" className="outcome-dismiss" aria-label="Dismiss the export result" onClick={clear}>
            ✕
          </button>
        </div>
      )}
    </article>
  );
}

function ExportSummary({ summary }: { summary: TrainingExportSummary }) {
  const crops = Object.entries(summary.counts.crops ?? {});
  const yolo = Object.entries(summary.counts.yolo ?? {});
  return (
    <>
      <p>
        <strong>Exported {plural(summary.studies, 'study', 'studies')}</strong> to <span className="path">{summary.dir}</span>
      </p>
      <ul>
        {yolo.map(([name, c]) => (
          <li key={name}>
            {name} detector: {plural(c.images, 'image')} ({c.negativeImages} without a box), {plural(c.boxes, 'box', 'boxes')}
          </li>
        ))}
        {crops.map(([name, byGrade]) => (
          <li key={name}>
            {name} crops:{' '}
            {Object.entries(byGrade)
              .map(([grade, n]) => `${grade} ${n}`)
              .join(', ')}
          </li>
        ))}
      </ul>
      {summary.undecodable.length > 0 && <p className="form-error">{plural(summary.undecodable.length, 'series')} could not be decoded and were left out.</p>}
    </>
  );
}
