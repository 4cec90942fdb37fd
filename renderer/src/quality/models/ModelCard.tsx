import Markdown from 'markdown-to-jsx/react';
import type { ReactNode } from 'react';
import type { ModelListEntry } from '../../../../electron/common/contract';
import { keyMetrics } from './modelNames';

/** Cards come from any folder a user imports: no raw HTML, links shown as text (the app never navigates), images as their alt text. */
const MARKDOWN_OPTIONS = {
  disableParsingRawHTML: true,
  overrides: {
    a: { component: ({ children }: { children?: ReactNode }) => <span className="card-link">{children}</span> },
    img: { component: ({ alt }: { alt?: string }) => <span className="muted">[image: {alt ?? ''}]</span> },
    h1: { component: ({ children }: { children?: ReactNode }) => <h4 className="card-h1">{children}</h4> },
    h2: { component: ({ children }: { children?: ReactNode }) => <h5 className="card-h2">{children}</h5> },
    h3: { component: ({ children }: { children?: ReactNode }) => <h6 className="card-h3">{children}</h6> },
  },
};

/** One model: its facts and its model card (Markdown) rendered. */
export function ModelCard({ model }: { model: ModelListEntry }) {
  const metrics = keyMetrics(model, Infinity);
  return (
    <div className="model-card">
      <dl className="card-facts">
        <dt>Id</dt>
        <dd className="path">{model.id}</dd>
        <dt>SHA-256</dt>
        <dd className="path" title={model.sha256}>
          {model.sha256.slice(0, 16)}…
        </dd>
        <dt>Source</dt>
        <dd>{model.source}</dd>
        <dt>Metrics</dt>
        <dd>{metrics.length === 0 ? <span className="muted">none recorded</span> : metrics.join(' · ')}</dd>
      </dl>
      {model.card ? (
        // Focusable: a long card scrolls, and keyboard users scroll it too (WCAG 2.1.1).
        <div className="markdown" data-testid="model-card-text" role="region" aria-label={`Model card text of ${model.id}`} tabIndex={0}>
          <Markdown options={MARKDOWN_OPTIONS}>{model.card}</Markdown>
        </div>
      ) : (
        <p className="muted">No model card came with this model: its training data, validation and metrics are unknown.</p>
      )}
    </div>
  );
}
