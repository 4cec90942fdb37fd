import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StudyDetail } from '../../../electron/common/contract';
import { getStudy } from '../../../electron/core/studies/getStudy';
import { openDatabase } from '../../../electron/core/store/openDatabase';
import { axialSliceLevels } from '../../../renderer/src/viewer/engine/axialSliceLevels';
import { buildScene, type SceneInput } from '../../../renderer/src/viewer/engine/buildScene';
import { toViewSeries, type ViewSeries } from '../../../renderer/src/viewer/engine/ViewSeries';
import { ViewTransform } from '../../../renderer/src/viewer/engine/ViewTransform';
import { listGradesOfStudy } from '../../../electron/core/store/labels/gradeRepository';
import { listPointsOfStudy } from '../../../electron/core/store/labels/pointRepository';
import { labelledStudy, LEVEL_Y, SERIES_KEYS } from '../../support/labelledStudy';
import { writeSimulatedAiRun } from '../../support/simulatedAiRun';
import { tempDir } from '../../support/tempDir';

const ALL_ON = { points: true, aiBoxes: true, referenceLines: true, axialLevels: true };

describe('the viewer engine’s geometry on a study read back from the store', () => {
  let study: StudyDetail;
  let t2: ViewSeries;
  let ax: ViewSeries;
  let byId: Map<number, ViewSeries>;

  beforeAll(async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'db.sqlite'));
    const id = await labelledStudy(db, join(dir, 'images'));
    const t2Id = db.prepare('SELECT id FROM series WHERE series_key = ?').pluck().get(SERIES_KEYS.t2) as number;
    const mid = db.prepare('SELECT id FROM instances WHERE series_id = ? AND instance_number = 1').pluck().get(t2Id) as number;
    writeSimulatedAiRun(
      db,
      id,
      new Map([['spinal:l4_l5', { probabilities: [0.1, 0.2, 0.7], point: { seriesId: t2Id, instanceNumber: 1, x: 31, y: 45 } }]]),
      [{ instanceId: mid, condition: 'spinal', level: 'l4_l5', confidence: 0.87, box: [26, 40, 36, 50] }],
    );
    study = getStudy(db, id);
    expect(listGradesOfStudy(db, id)).toHaveLength(25);
    expect(listPointsOfStudy(db, id)).toHaveLength(25);
    const series = study.series.map(toViewSeries);
    byId = new Map(series.map((s) => [s.id, s]));
    t2 = series.find((s) => s.key === SERIES_KEYS.t2) as ViewSeries;
    ax = series.find((s) => s.key === SERIES_KEYS.ax) as ViewSeries;
  });

  const input = (overrides: Partial<SceneInput>): SceneInput => ({
    series: t2,
    slice: t2.slices[2] as ViewSeries['slices'][number],
    points: study.points,
    predictions: study.predictions,
    detections: study.detections,
    overlays: ALL_ON,
    selected: { condition: 'spinal', level: 'l4_l5' },
    references: [],
    axialLevels: null,
    ...overrides,
  });

  it('orders slices by position and keeps their geometry', () => {
    expect(t2.slices.map((s) => s.geometry?.position[0])).toEqual([8, 4, 0, -4, -8]);
    expect(ax.slices.map((s) => s.geometry?.position[2])).toEqual([69, 72, 75, 78, 81, 84, 87, 90, 93, 96]);
  });

  it('draws the current axial slice on a sagittal as a horizontal line at its height', () => {
    // Axial z = 90 mm cuts the sagittal (z = 100 − y/2) at row y = 20, across the whole image.
    const axial = ax.slices[7] as ViewSeries['slices'][number];
    const scene = buildScene(input({ references: [{ slice: axial, colour: '#fff', text: 'AX 8' }] }));
    expect(scene.lines).toHaveLength(1);
    const [line] = scene.lines;
    expect(line?.y1).toBeCloseTo(20, 6);
    expect(line?.y2).toBeCloseTo(20, 6);
    expect([line?.x1, line?.x2].sort((a, b) => (a as number) - (b as number))).toEqual([-0.5, 63.5]);
  });

  it('shows the slice’s label points solid, the others faint, the AI box and point of the slice, and the selected cell', () => {
    const scene = buildScene(input({}));
    const onSlice = scene.points.filter((p) => p.kind === 'label' && p.onSlice);
    expect(onSlice.map((p) => [p.level, p.y])).toEqual(Object.entries(LEVEL_Y));
    expect(scene.points.filter((p) => p.kind === 'label' && !p.onSlice)).toEqual([]);
    expect(scene.points.find((p) => p.selected && p.kind === 'label')).toMatchObject({ condition: 'spinal', level: 'l4_l5' });
    expect(scene.boxes.map((b) => b.text)).toEqual(['SCS L4/L5 0.87']);
    expect(scene.points.filter((p) => p.kind === 'ai').map((p) => [p.x, p.y])).toEqual([[31, 45]]);
    // Another slice of the same series: the spinal points are faint there, and the AI box is gone.
    const other = buildScene(input({ slice: t2.slices[0] as ViewSeries['slices'][number] }));
    expect(other.points.filter((p) => p.kind === 'label').every((p) => !p.onSlice)).toBe(true);
    expect(other.boxes).toEqual([]);
  });

  it('draws nothing of a layer that is toggled off', () => {
    const axial = ax.slices[7] as ViewSeries['slices'][number];
    const scene = buildScene(
      input({
        overlays: { points: false, aiBoxes: false, referenceLines: false, axialLevels: false },
        references: [{ slice: axial, colour: '#fff', text: 'AX' }],
      }),
    );
    expect(scene).toEqual({ points: [], boxes: [], lines: [] });
  });

  it('names the disc level each axial slice covers from the labelled points in patient space', () => {
    // Levels sit at z = 96, 90, 84, 78, 72; axial slices every 3 mm from 69 to 96, so every other
    // slice lies half-way between two discs: a tie goes to the cranial level.
    expect(axialSliceLevels(ax, byId, study.points)).toEqual([
      'l5_s1',
      'l5_s1',
      'l4_l5',
      'l4_l5',
      'l3_l4',
      'l3_l4',
      'l2_l3',
      'l2_l3',
      'l1_l2',
      'l1_l2',
    ]);
  });
});

describe('ViewTransform', () => {
  it('fits an image centred, maps pixel centres both ways, zooms about a point and centres on one', () => {
    const t = new ViewTransform();
    t.setCanvas(800, 600);
    t.setImage(400, 200, 0.5, 1);
    t.fit();
    // 400 columns × 0.5 mm = 200 mm wide, 200 rows × 1 mm = 200 mm tall: height limits, 600 px × 0.96.
    expect(t.imageRect()).toEqual({ x: 112, y: 12, width: 576, height: 576 });
    const p = t.imageToCanvas(10.25, 33.5);
    const back = t.canvasToImage(p.x, p.y);
    expect(back.x).toBeCloseTo(10.25, 9);
    expect(back.y).toBeCloseTo(33.5, 9);
    const before = t.canvasToImage(300, 200);
    t.zoomAt(2, 300, 200);
    const after = t.canvasToImage(300, 200);
    expect(after.x).toBeCloseTo(before.x, 9);
    expect(after.y).toBeCloseTo(before.y, 9);
    t.centreOn(50, 60);
    const centre = t.imageToCanvas(50, 60);
    expect(centre.x).toBeCloseTo(400, 9);
    expect(centre.y).toBeCloseTo(300, 9);
  });
});
