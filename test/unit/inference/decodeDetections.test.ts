import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nonMaxSuppression, intersectionOverUnion } from '../../../electron/core/inference/detect/nonMaxSuppression';
import { decodeDetections } from '../../../electron/core/inference/detect/decodeDetections';
import { runDetector, SEED_DETECTOR_SETTINGS } from '../../../electron/core/inference/detect/runDetector';
import { openModel, type LoadedModel } from '../../../electron/core/inference/models/openModel';
import { knownGraph } from '../../support/knownGraphs';
import { resolved } from '../../support/modelFixtures';

/**
 * fixed-detector.onnx (training/scripts/make_known_graphs.py, FIXED_ANCHORS) ignores its pixels
 * and emits, at S = 64 (84 anchors), the planted anchors below; expectations are worked by hand:
 *   0: (20,20,16,16) class 0 0.90      1: (22,20,16,16) class 0 0.80   2: (24,20,16,16) class 0 0.85
 *   3: (20,20,16,16) class 1 0.70      4: (40,40,16,16) class 2 0.24   5: (44,40,16,16) class 2 0.25
 *   6: (50,10,16,8) class 3 0.6 and class 4 0.5                       70: (32,48,8,8) class 4 0.30
 */
let model: LoadedModel;

beforeAll(async () => {
  model = await openModel(resolved(knownGraph('fixed-detector.onnx'), 'yolov8-detect', 'spinal', { inputSize: 64 }));
});
afterAll(async () => {
  await model?.session.release();
});

describe('IoU', () => {
  it('matches hand-computed overlaps', () => {
    const a = { x1: 12, y1: 12, x2: 28, y2: 28 };
    expect(intersectionOverUnion(a, { x1: 14, y1: 12, x2: 30, y2: 28 })).toBeCloseTo(224 / 288, 12);
    expect(intersectionOverUnion(a, { x1: 16, y1: 12, x2: 32, y2: 28 })).toBeCloseTo(192 / 320, 12);
    expect(intersectionOverUnion(a, { x1: 28, y1: 12, x2: 44, y2: 28 })).toBe(0);
  });
});

describe('decode + NMS on a graph with known output', () => {
  it('keeps scores strictly above the threshold, one class per anchor', async () => {
    const out = await model.session.run({
      images: new (await import('onnxruntime-node')).Tensor('float32', new Float32Array(3 * 64 * 64), [1, 3, 64, 64]),
    });
    const tensor = out['output0']!;
    expect(tensor.dims).toEqual([1, 9, 84]);
    const found = decodeDetections({ data: tensor.data as Float32Array, batch: 1, classes: 5, anchors: 84 }, 0, 0.25);
    expect(found.map((d) => [d.anchor, d.classIndex])).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 1],
      [6, 3],
      [70, 4],
    ]);
    expect(found[0]!.box).toEqual({ x1: 12, y1: 12, x2: 28, y2: 28 });
    expect(found[4]!.box).toEqual({ x1: 42, y1: 6, x2: 58, y2: 14 });

    const kept = nonMaxSuppression(found, 0.7);
    // Anchor 1 overlaps anchor 0 (same class) with IoU 0.778 > 0.7; anchor 2's IoU 0.6 stays; anchor 3 is another class.
    expect(kept.map((d) => d.anchor)).toEqual([0, 2, 3, 6, 70]);
    expect(nonMaxSuppression(found, 0.5).map((d) => d.anchor)).toEqual([0, 3, 6, 70]);
    expect(nonMaxSuppression(found, 0.7, 2).map((d) => d.anchor)).toEqual([0, 2]);
  });

  it('maps boxes back to slice pixels through the letterbox (128×64 slice: scale 0.5, 16 px above)', async () => {
    const slice = { data: new Uint8Array(64 * 128), rows: 64, columns: 128 };
    const [detections] = await runDetector(model, [slice], SEED_DETECTOR_SETTINGS);
    expect(detections!.map((d) => [d.className, Number(d.score.toFixed(4))])).toEqual([
      ['Spinal_Canal_Stenosis_L1_L2', 0.9],
      ['Spinal_Canal_Stenosis_L1_L2', 0.85],
      ['Spinal_Canal_Stenosis_L2_L3', 0.7],
      ['Spinal_Canal_Stenosis_L4_L5', 0.6],
      ['Spinal_Canal_Stenosis_L5_S1', 0.3],
    ]);
    const first = detections![0]!;
    // Centre (20, 20) → ((20 − 0)/0.5, (20 − 16)/0.5) = (40, 8); box y1 = (12 − 16)/0.5 = −8 clipped to 0.
    expect(first.centre).toEqual({ x: 40, y: 8 });
    expect(first.box).toEqual({ x1: 24, y1: 0, x2: 56, y2: 24 });
    // Anchor 70: centre (32, 48) → (64, 64), box 8×8 → 16×16 clipped at the bottom edge (64).
    expect(detections![4]!.centre).toEqual({ x: 64, y: 64 });
    expect(detections![4]!.box).toEqual({ x1: 56, y1: 56, x2: 72, y2: 64 });
  });

  it('maps exactly through a rounded letterbox (100×60 slice: 64×38 content, 13 px above)', async () => {
    const slice = { data: new Uint8Array(60 * 100), rows: 60, columns: 100 };
    const [detections] = await runDetector(model, [slice], SEED_DETECTOR_SETTINGS);
    const first = detections![0]!;
    expect(first.centre.x).toBeCloseTo(20 / 0.64, 10);
    expect(first.centre.y).toBeCloseTo((20 - 13) / 0.64, 10);
  });

  it('runs a model with a fixed batch of 1 over several slices', async () => {
    expect(model.io.fixedBatch).toBe(1);
    const slices = [64, 128, 32].map((c) => ({ data: new Uint8Array(64 * c), rows: 64, columns: c }));
    const results = await runDetector(model, slices, SEED_DETECTOR_SETTINGS);
    expect(results).toHaveLength(3);
    expect(results.map((r) => r[0]!.centre)).toEqual([
      { x: 20, y: 20 },
      { x: 40, y: 8 },
      { x: 4, y: 20 },
    ]);
    // 32×64: scale 1, 16 px to the left: (20 − 16, 20).
  });
});
