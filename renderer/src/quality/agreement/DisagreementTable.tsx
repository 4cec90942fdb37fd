import type { LabelSetDisagreement } from '../../../../electron/common/contract';
import { conditionInfo, gradeInfo, levelInfo, type GradeId } from '../../../../electron/common/vocabulary';
import { useOpenStudyAt } from '../../app/openStudyContext';

interface Props {
  rows: readonly LabelSetDisagreement[];
  firstName: string;
  secondName: string;
  /** Which side's grade a row can be settled to (the other side is the current labels); null: read only. */
  adoptable: 'first' | 'second' | null;
  busy: boolean;
  onAdopt: (row: LabelSetDisagreement, grade: GradeId) => void;
}

function Grade({ grade }: { grade: GradeId }) {
  return <span className={`grade grade-${grade}`}>{gradeInfo(grade).rsnaName}</span>;
}

/**
 * One row per disagreeing cell: both grades in the grade colours, how far apart, and where the
 * current labels are one side, a button that takes the other side's grade. A plain table (at most
 * DISAGREEMENT_LIMIT.max rows): every row is in the accessibility tree, unlike a virtualised list.
 */
export function DisagreementTable({ rows, firstName, secondName, adoptable, busy, onAdopt }: Props) {
  const openStudyAt = useOpenStudyAt();
  const otherName = adoptable === 'first' ? firstName : secondName;
  return (
    <div className="table-scroll disagreement-scroll">
      <table className="data-table disagreement-table">
        <caption className="visually-hidden">
          Cells graded differently by {firstName} and {secondName}
        </caption>
        <thead>
          <tr>
            <th scope="col">Study</th>
            <th scope="col">Condition</th>
            <th scope="col">Level</th>
            <th scope="col">{firstName}</th>
            <th scope="col">{secondName}</th>
            <th scope="col" className="num">
              Grades apart
            </th>
            {adoptable && <th scope="col">Settle</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const target = adoptable === 'first' ? r.first : r.second;
            return (
              <tr key={r.rowId} data-row-id={r.rowId}>
                <th scope="row" className="study-key">
                  {openStudyAt && r.studyId !== null ? (
                    <button
                      type="button"
                      className="link-button"
                      title={`Open study ${r.studyKey} at ${conditionInfo(r.condition).short} ${levelInfo(r.level).rsnaName} (Esc comes back here)`}
                      onClick={() => openStudyAt(r.studyId as number, { condition: r.condition, level: r.level })}
                    >
                      {r.studyKey}
                    </button>
                  ) : (
                    r.studyKey
                  )}
                </th>
                <td>{conditionInfo(r.condition).rsnaName}</td>
                <td>{levelInfo(r.level).rsnaName}</td>
                <td data-column="first">
                  <Grade grade={r.first} />
                </td>
                <td data-column="second">
                  <Grade grade={r.second} />
                </td>
                <td className={`num distance-${r.distance}`}>{r.distance}</td>
                {adoptable && (
                  <td className="settle">
                    <button
                      type="button"
                      disabled={busy || r.studyId === null}
                      title={r.studyId === null ? 'This study is not in this workspace: there is no current label to change' : undefined}
                      onClick={() => onAdopt(r, target)}
                    >
                      Use {gradeInfo(target).rsnaName} ({otherName})
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
