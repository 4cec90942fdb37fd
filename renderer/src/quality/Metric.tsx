/** One headline figure: its name, value, and what it is out of. */
export function Metric({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId?: string }) {
  return (
    <div className="metric" data-testid={testId}>
      <dt>{label}</dt>
      <dd>
        <span className="metric-value">{value}</span>
        {detail && <span className="metric-detail">{detail}</span>}
      </dd>
    </div>
  );
}
