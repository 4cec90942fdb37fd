import { GRADE_NAMES } from '../format';

interface Props {
  title: string;
  /** rows = `rowsName` grades, columns = `columnsName` grades (Normal/Mild, Moderate, Severe). */
  confusion: readonly (readonly number[])[];
  rowsName: string;
  columnsName: string;
}

/**
 * A confusion matrix as a heatmap: each cell's shade is its share of the row (so a rare grade's
 * row reads as clearly as a common one's), with the count and that share written in it. A real
 * table, so a screen reader reads it cell by cell with its headers. The darkest to the fullest
 * shade keep light text at ≥ 4.5:1 contrast (WCAG AA), so the text never changes colour.
 */
export function ConfusionHeatmap({ title, confusion, rowsName, columnsName }: Props) {
  const total = confusion.flat().reduce((a, b) => a + b, 0);
  return (
    <table className="heatmap">
      <caption>
        {title}
        <span className="muted"> · {total.toLocaleString('en')} cells</span>
      </caption>
      <thead>
        <tr>
          <td className="heatmap-corner">
            <span className="heatmap-axis-rows">{rowsName} ↓</span>
            <span className="heatmap-axis-cols">{columnsName} →</span>
          </td>
          {GRADE_NAMES.map((g) => (
            <th key={g} scope="col">
              {g}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {GRADE_NAMES.map((rowName, r) => {
          const row = confusion[r] ?? [];
          const rowTotal = row.reduce((a, b) => a + b, 0);
          return (
            <tr key={rowName}>
              <th scope="row">{rowName}</th>
              {GRADE_NAMES.map((columnName, c) => {
                const count = row[c] ?? 0;
                const share = rowTotal > 0 ? count / rowTotal : 0;
                return (
                  <td
                    key={columnName}
                    className={`heat-cell${r === c ? ' heat-diagonal' : ''}`}
                    style={{ backgroundColor: `rgba(31, 95, 174, ${(0.1 + share * 0.9).toFixed(3)})` }}
                  >
                    <span className="heat-count">{count.toLocaleString('en')}</span>
                    <span className="heat-share">{rowTotal > 0 ? `${Math.round(share * 100)}%` : '–'}</span>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
