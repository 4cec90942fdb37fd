import type { PointPlacement } from '../../../../electron/common/contract';
import type { Location } from '../../../../electron/common/vocabulary';
import type { ViewSlot } from './viewSlots';

/** What the engine reports to the React side. */
export interface ViewerEvents {
  selectCell(cell: Location): void;
  movePoint(pointId: number, to: PointPlacement): void;
  placePoint(to: PointPlacement): void;
  seriesChanged(slot: ViewSlot, seriesId: number | null): void;
  firstImage(): void;
}

/** Until the React side hands its events over. */
export const NO_EVENTS: ViewerEvents = {
  selectCell: () => undefined,
  movePoint: () => undefined,
  placePoint: () => undefined,
  seriesChanged: () => undefined,
  firstImage: () => undefined,
};
