import type { GroupedAgreement } from '../../../../electron/common/contract';
import { ConfusionHeatmap } from '../charts/ConfusionHeatmap';
import { GROUP_NAMES, GROUPS } from '../format';

interface Props {
  agreement: GroupedAgreement;
  rowsName: string;
  columnsName: string;
  title?: string;
}

/** The confusion matrix of every condition group, and of all cells together. */
export function ConfusionCard({ agreement, rowsName, columnsName, title = 'Confusion matrices' }: Props) {
  return (
    <article className="card wide" aria-label={title}>
      <h3>{title}</h3>
      <div className="heatmaps">
        {GROUPS.map((g) => (
          <ConfusionHeatmap
            key={g}
            title={GROUP_NAMES[g]}
            confusion={agreement.byGroup[g].confusion}
            rowsName={rowsName}
            columnsName={columnsName}
          />
        ))}
        <ConfusionHeatmap title="All conditions" confusion={agreement.confusion} rowsName={rowsName} columnsName={columnsName} />
      </div>
    </article>
  );
}
