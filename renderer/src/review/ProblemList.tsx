import type { LabelProblem } from '../../../electron/common/contract';
import type { Location } from '../../../electron/common/vocabulary';

const KIND_LABELS: Record<LabelProblem['kind'], string> = {
  level_order: 'Level order',
  duplicate_level: 'Duplicated level',
  wrong_side: 'Wrong side',
  wrong_series_type: 'Wrong series',
  instance_not_in_series: 'Missing image',
  outside_image: 'Outside image',
  grade_without_point: 'No point',
  point_without_grade: 'No grade',
};

/** The study's label sanity-check failures; choosing one selects its cell (and the views jump there). */
export function ProblemList({ problems, onSelect }: { problems: readonly LabelProblem[]; onSelect: (cell: Location) => void }) {
  return (
    <section className="problem-list" aria-label="Label checks">
      <h3>
        Label checks{' '}
        <span className={`count-badge${problems.length > 0 ? ' warn' : ''}`}>{problems.length === 0 ? 'all pass' : problems.length}</span>
      </h3>
      {problems.length > 0 && (
        <ul>
          {problems.map((p, i) => (
            <li key={i}>
              {p.condition && p.level ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onSelect({ condition: p.condition as Location['condition'], level: p.level as Location['level'] })}
                >
                  <span className="problem-kind">{KIND_LABELS[p.kind]}</span> {p.message}
                </button>
              ) : (
                <span>
                  <span className="problem-kind">{KIND_LABELS[p.kind]}</span> {p.message}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
