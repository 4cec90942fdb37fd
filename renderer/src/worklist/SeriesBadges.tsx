import type { StudySummary } from '../../../electron/common/contract';
import { SERIES_ROLES } from '../../../electron/common/vocabulary';

/** T1 / T2 / AX badges; a missing role is shown struck through, several axial series with a count. */
export function SeriesBadges({ series }: { series: StudySummary['seriesByRole'] }) {
  return (
    <span className="series-badges">
      {SERIES_ROLES.map((role) => {
        const n = series[role.id];
        return (
          <span
            key={role.id}
            className={`badge ${n === 0 ? 'badge-missing' : 'badge-present'}`}
            title={`${role.rsnaName}: ${n === 0 ? 'missing' : `${n} series`}`}
          >
            {role.short}
            {n > 1 ? `×${n}` : ''}
          </span>
        );
      })}
      {series.other > 0 && (
        <span className="badge badge-other" title={`${series.other} series of unknown role`}>
          ?{series.other}
        </span>
      )}
    </span>
  );
}
