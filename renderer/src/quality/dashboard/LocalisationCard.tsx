import type { RunQuality } from '../../../../electron/common/contract';
import { BarChart } from '../charts/BarChart';
import { LocalisationChart } from '../charts/LocalisationChart';
import { GROUP_NAMES, GROUPS, mm, percent, plural } from '../format';
import { Metric } from '../Metric';

/**
 * Where the run put each labelled location: distance in patient space (mm) from the labelled
 * point, over the points the run located (priors have no point), and the share found within the
 * threshold (issue 7 "Done when": ≥ 95% within 5 mm).
 */
export function LocalisationCard({ localisation }: { localisation: RunQuality['localisation'] }) {
  const l = localisation;
  if (l.labelledPoints === 0) {
    return (
      <article className="card" aria-label="Localisation">
        <h3>Localisation</h3>
        <p className="muted">No labelled point in the studies this run answered: nothing to measure.</p>
      </article>
    );
  }
  const groups = GROUPS.map((g) => ({ label: GROUP_NAMES[g], s: l.byGroup[g] }));
  return (
    <article className="card" aria-label="Localisation">
      <h3>Localisation</h3>
      <dl className="metrics">
        <Metric
          label={`Found ≤ ${l.withinMm} mm`}
          value={percent(l.foundRate)}
          detail={`${l.found} of ${plural(l.labelledPoints, 'point')}`}
          testId="metric-found"
        />
        <Metric label="Median error" value={mm(l.medianMm)} testId="metric-median-mm" />
        <Metric label="90th percentile" value={mm(l.p90Mm)} />
        <Metric label="Located" value={`${l.located}`} detail={`of ${l.labelledPoints}`} />
      </dl>
      <p className="chart-caption" aria-hidden="true">
        Distance from the labelled point (patient space)
      </p>
      <LocalisationChart
        title={`Localisation error per condition group: median and 90th percentile, ${l.withinMm} mm threshold dashed`}
        rows={[
          ...groups.map((g) => ({ label: g.label, median: g.s.medianMm, p90: g.s.p90Mm })),
          { label: 'All', median: l.medianMm, p90: l.p90Mm },
        ]}
        withinMm={l.withinMm}
      />
      <p className="chart-legend">
        <span className="legend-swatch legend-run" /> median <span className="legend-whisker" /> to 90th percentile{' '}
        <span className="legend-threshold" /> {l.withinMm} mm
      </p>
      <p className="chart-caption" aria-hidden="true">
        Labelled points found within {l.withinMm} mm
      </p>
      <BarChart
        title={`Labelled points found within ${l.withinMm} mm, per condition group`}
        bars={[
          ...groups.map((g) => ({ label: g.label, value: g.s.foundRate, colour: 'var(--ok)' })),
          { label: 'All', value: l.foundRate, colour: 'var(--ok)', strong: true },
        ]}
        max={1}
        format={(v) => percent(v)}
      />
    </article>
  );
}
