import type { FirstReadSummary } from '../../../electron/common/contract';
import { formatTime } from './formatEdit';

interface Props {
  aiHidden: boolean;
  firstRead: FirstReadSummary | null;
  /** Cells the reader has graded so far (of 25). */
  graded: number;
  onCommit: () => void;
}

/**
 * Blinded first read (product.md P2): while the AI is hidden, says so and offers the commit that
 * keeps the reader's grades and shows the AI; afterwards, when the first read was committed.
 */
export function FirstReadPanel({ aiHidden, firstRead, graded, onCommit }: Props) {
  if (aiHidden) {
    return (
      <section className="first-read blinded" aria-label="Blinded first read">
        <p>
          <strong>Blinded first read.</strong> The AI is hidden until you commit your grades ({graded} of 25 graded). They are kept as your
          first read; you can still change them afterwards.
        </p>
        <button type="button" className="primary" onClick={onCommit} aria-keyshortcuts="Shift+C">
          Commit first read and show the AI <kbd>Shift+C</kbd>
        </button>
      </section>
    );
  }
  if (!firstRead) return null;
  return (
    <p className="first-read muted" aria-label="First read">
      First read committed {formatTime(firstRead.committedAt)}: {firstRead.gradedCells} of 25 graded.
    </p>
  );
}
