import type { AutomationBiasCounts, AutomationBiasReport } from '../../../../electron/common/contract';
import { percent } from '../format';

/** A count with its share of what it is out of: "2 (66.7% of 3)"; a dash when there is nothing to divide by. */
function share(count: number, rate: number | null, of: number) {
  return (
    <>
      <span className="bias-count">{count.toLocaleString('en')}</span>{' '}
      <span className="bias-share">{rate === null ? '–' : `(${percent(rate)} of ${of.toLocaleString('en')})`}</span>
    </>
  );
}

function Cells({ c }: { c: AutomationBiasCounts }) {
  const disagreed = c.cells - c.firstAgreesWithAi;
  return (
    <>
      <td className="num">{c.firstReads.toLocaleString('en')}</td>
      <td className="num">{c.cells.toLocaleString('en')}</td>
      <td className="num" data-column="before">
        {percent(c.cells === 0 ? null : c.firstAgreesWithAi / c.cells)}
      </td>
      <td className="num" data-column="after">
        {percent(c.cells === 0 ? null : c.finalAgreesWithAi / c.cells)}
      </td>
      <td className="num" data-column="changed">
        {c.changedAfterReveal.toLocaleString('en')}
      </td>
      <td className="num" data-column="toward">
        {share(c.changedTowardAi, c.towardAiRate, disagreed)}
      </td>
      <td className="num" data-column="away">
        {share(c.changedAwayFromAi, c.awayFromAiRate, c.firstAgreesWithAi)}
      </td>
    </>
  );
}

/**
 * One row per reader and one for all readers: agreement with the AI before (first read) and
 * after (current label) the AI was revealed, and the changes made after it, toward and away.
 */
export function AutomationBiasTable({ report }: { report: AutomationBiasReport }) {
  return (
    <div className="table-scroll">
      <table className="data-table bias-table">
        <caption className="visually-hidden">
          Automation bias per reader: agreement with the AI before and after it was shown, and the grades changed after
        </caption>
        <colgroup span={3} />
        <colgroup span={2} />
        <colgroup span={3} />
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Reader
            </th>
            <th scope="col" rowSpan={2} className="num">
              First reads
            </th>
            <th scope="col" rowSpan={2} className="num">
              Cells
            </th>
            <th scope="colgroup" colSpan={2} className="group-head">
              Agreed with the AI
            </th>
            <th scope="colgroup" colSpan={3} className="group-head">
              Changed after the AI was shown
            </th>
          </tr>
          <tr>
            <th scope="col" className="num">
              before
            </th>
            <th scope="col" className="num">
              after
            </th>
            <th scope="col" className="num">
              any
            </th>
            <th scope="col" className="num">
              toward the AI
            </th>
            <th scope="col" className="num">
              away from the AI
            </th>
          </tr>
        </thead>
        <tbody>
          {report.readers.map((r) => (
            <tr key={r.reader} data-reader={r.reader}>
              <th scope="row">{r.reader}</th>
              <Cells c={r} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-reader="all">
            <th scope="row">All readers</th>
            <Cells c={report.overall} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
