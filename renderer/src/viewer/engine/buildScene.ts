import type { DetectionBox, OverlayDefaults, PointInfo, PredictionCell } from '../../../../electron/common/contract';
import { referenceLine } from '../../../../electron/common/geometry';
import { conditionInfo, levelInfo, type LevelId, type Location } from '../../../../electron/common/vocabulary';
import { AI_COLOUR, LEVEL_COLOURS } from './colours';
import type { OverlayBox, OverlayLine, OverlayPoint, OverlayScene } from './OverlayScene';
import type { ViewSeries, ViewSlice } from './ViewSeries';

export interface ReferenceSource {
  readonly slice: ViewSlice;
  readonly colour: string;
  readonly text: string;
}

export interface SceneInput {
  readonly series: ViewSeries;
  readonly slice: ViewSlice;
  readonly points: readonly PointInfo[];
  readonly predictions: readonly PredictionCell[];
  readonly detections: readonly DetectionBox[];
  readonly overlays: OverlayDefaults;
  readonly selected: Location | null;
  /** The slices shown in the other views, drawn as reference lines where their planes cut this one. */
  readonly references: readonly ReferenceSource[];
  /** Every slice of the axial series with the level it covers (the optional "axial levels" layer). */
  readonly axialLevels: { readonly slices: readonly ViewSlice[]; readonly levels: readonly (LevelId | null)[] } | null;
}

const isSelected = (selected: Location | null, p: { condition: string; level: string }): boolean =>
  selected?.condition === p.condition && selected.level === p.level;

/** The overlay of one view for its current slice, layer by layer as the toggles allow. */
export function buildScene(input: SceneInput): OverlayScene {
  const { series, slice, overlays, selected } = input;
  const points: OverlayPoint[] = [];
  if (overlays.points) {
    for (const p of input.points) {
      if (p.seriesId !== series.id) continue;
      points.push({
        id: p.id,
        kind: 'label',
        condition: p.condition,
        level: p.level,
        x: p.x,
        y: p.y,
        onSlice: p.instanceNumber === slice.instanceNumber,
        selected: isSelected(selected, p),
      });
    }
  }
  const boxes: OverlayBox[] = [];
  if (overlays.aiBoxes) {
    for (const d of input.detections) {
      if (d.instanceId !== slice.instanceId) continue;
      // Class and confidence in full for the selected cell's box; the others carry their confidence only, so a slice with
      // ten boxes stays readable (their class is the level text of the label point beside them, or the grid's).
      const where = d.condition && d.level ? `${conditionInfo(d.condition).short} ${levelInfo(d.level).rsnaName}` : d.className;
      const full = d.condition === null || d.level === null || isSelected(selected, { condition: d.condition, level: d.level });
      boxes.push({
        x1: d.x1,
        y1: d.y1,
        x2: d.x2,
        y2: d.y2,
        text: full ? `${where} ${d.confidence.toFixed(2)}` : d.confidence.toFixed(2),
        colour: AI_COLOUR,
      });
    }
    for (const p of input.predictions) {
      if (p.seriesId !== series.id || p.x === null || p.y === null || p.instanceNumber === null) continue;
      const onSlice = p.instanceNumber === slice.instanceNumber;
      if (!onSlice && !isSelected(selected, p)) continue;
      points.push({
        id: null,
        kind: 'ai',
        condition: p.condition,
        level: p.level,
        x: p.x,
        y: p.y,
        onSlice,
        selected: isSelected(selected, p),
      });
    }
  }
  const lines: OverlayLine[] = [];
  const target = slice.geometry;
  if (target && overlays.axialLevels && input.axialLevels) {
    const { slices, levels } = input.axialLevels;
    slices.forEach((axial, i) => {
      if (!axial.geometry) return;
      const line = referenceLine(target, axial.geometry);
      const level = levels[i] ?? null;
      if (!line) return;
      // Name each level once, on its middle slice.
      const run = levels.map((l, j) => (l === level ? j : -1)).filter((j) => j >= 0);
      const text = level && run[Math.floor(run.length / 2)] === i ? levelInfo(level).rsnaName : null;
      lines.push({
        x1: line.start.x,
        y1: line.start.y,
        x2: line.end.x,
        y2: line.end.y,
        colour: level ? LEVEL_COLOURS[level] : '#8a929d',
        text,
        dashed: true,
        width: 1,
        textAt: 0.85,
      });
    });
  }
  if (target && overlays.referenceLines) {
    for (const ref of input.references) {
      if (!ref.slice.geometry) continue;
      const line = referenceLine(target, ref.slice.geometry);
      if (line)
        lines.push({
          x1: line.start.x,
          y1: line.start.y,
          x2: line.end.x,
          y2: line.end.y,
          colour: ref.colour,
          text: ref.text,
          dashed: false,
          width: 1.5,
          textAt: 0.15,
        });
    }
  }
  return { points, boxes, lines };
}
