import type { ConditionId, LevelId } from '../../../../electron/common/vocabulary';

/** A label or AI point to draw, in image pixel coordinates of the viewport's series. */
export interface OverlayPoint {
  /** The point's id in the store; null for an AI point (not draggable). */
  readonly id: number | null;
  readonly kind: 'label' | 'ai';
  readonly condition: ConditionId;
  readonly level: LevelId;
  readonly x: number;
  readonly y: number;
  /** On the slice shown (drawn solid) or on another slice of the series (drawn faint, not draggable). */
  readonly onSlice: boolean;
  /** The point of the selected grid cell. */
  readonly selected: boolean;
}

export interface OverlayBox {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly text: string;
  readonly colour: string;
}

export interface OverlayLine {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly colour: string;
  readonly text: string | null;
  readonly dashed: boolean;
  readonly width: number;
  /** Where along the line (0 start … 1 end) its text sits, clear of the edge markers and of other lines' texts. */
  readonly textAt: number;
}

/** Everything a viewport draws over its image; the engine builds it from the labels, the AI run and the other viewports. */
export interface OverlayScene {
  readonly points: readonly OverlayPoint[];
  readonly boxes: readonly OverlayBox[];
  readonly lines: readonly OverlayLine[];
}

export const EMPTY_SCENE: OverlayScene = { points: [], boxes: [], lines: [] };
