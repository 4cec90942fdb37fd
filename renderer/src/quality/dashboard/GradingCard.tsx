import type { GroupedAgreement } from '../../../../electron/common/contract';
import { GroupedBars } from '../charts/GroupedBars';
import { fixed, GRADE_COLOURS, GRADE_NAMES, GROUP_NAMES, GROUPS, percent, plural } from '../format';
import { Metric } from '../Metric';

interface Props {
  grading: GroupedAgreement;
  /** Who the rows are (the truth for recall), e.g. "labels". */
  truthName: string;
  title?: string;
}

/** Accuracy, macro-F1, weighted kappa, and per-grade recall per condition group, as tiles, bars and a table. */
export function GradingCard({ grading, truthName, title = 'Grading' }: Props) {
  const groups = [{ label: 'All', agreement: grading }, ...GROUPS.map((g) => ({ label: GROUP_NAMES[g], agreement: grading.byGroup[g] }))];
  return (
    <article className="card grading-card" aria-label={title}>
      <h3>{title}</h3>
      <dl className="metrics">
        <Metric label="Accuracy" value={percent(grading.accuracy)} detail={plural(grading.n, 'cell')} testId="metric-accuracy" />
        <Metric label="Macro-F1" value={fixed(grading.macroF1)} testId="metric-macro-f1" />
        <Metric label="Quadratic κ" value={fixed(grading.quadraticKappa)} testId="metric-kappa" />
        <Metric label="Linear κ" value={fixed(grading.linearKappa)} />
      </dl>
      <p className="chart-caption" aria-hidden="true">
        Recall per grade ({truthName} as truth)
      </p>
      <GroupedBars
        title={`Recall per grade (${truthName} as truth), per condition group`}
        series={GRADE_NAMES.map((name, i) => ({ name, colour: GRADE_COLOURS[i] ?? 'var(--accent)' }))}
        groups={groups.map((g) => ({ label: g.label, values: g.agreement.recall }))}
        format={(v) => percent(v, 0)}
      />
      <p className="chart-legend">
        Recall:{' '}
        {GRADE_NAMES.map((name, i) => (
          <span key={name} className="legend-item">
            <span className="legend-swatch" style={{ background: GRADE_COLOURS[i] }} />
            {name}
          </span>
        ))}
      </p>
      <table className="data-table">
        <caption className="visually-hidden">{title} per condition group</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col" className="num">
              Cells
            </th>
            <th scope="col" className="num">
              Accuracy
            </th>
            <th scope="col" className="num">
              Macro-F1
            </th>
            <th scope="col" className="num">
              Quadratic κ
            </th>
            <th scope="col" className="num">
              Linear κ
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map(({ label, agreement: a }) => (
            <tr key={label} data-group={label}>
              <th scope="row">{label}</th>
              <td className="num">{a.n.toLocaleString('en')}</td>
              <td className="num">{percent(a.accuracy)}</td>
              <td className="num">{fixed(a.macroF1)}</td>
              <td className="num">{fixed(a.quadraticKappa)}</td>
              <td className="num">{fixed(a.linearKappa)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
