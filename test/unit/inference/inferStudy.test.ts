import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVELS, type LevelId } from '../../../electron/common/vocabulary';
import { openModelSet, type ModelSet } from '../../../electron/core/inference/models/openModelSet';
import { readModelManifest } from '../../../electron/core/inference/models/readModelManifest';
import { selectModels } from '../../../electron/core/inference/models/selectModels';
import { SEED_DETECTOR_SETTINGS } from '../../../electron/core/inference/detect/detectorSettings';
import { RSNA_GRADE_FREQUENCIES } from '../../../electron/core/inference/pipeline/classPriors';
import { CancelledError, DEFAULT_INFERENCE_OPTIONS, inferStudy } from '../../../electron/core/inference/pipeline/inferStudy';
import type { LocationPrediction, StudyPrediction } from '../../../electron/core/inference/pipeline/StudyInput';
import { knownGraphModelFolder } from '../../support/modelFixtures';
import { CANAL_COLUMN, expectedGrade, FORAMEN_COLUMN, LEVEL_ROWS, RECESS_X, syntheticStudy } from '../../support/syntheticStudy';

let models: ModelSet;
beforeAll(async () => {
  models = await openModelSet(selectModels(readModelManifest(knownGraphModelFolder()).models));
});
afterAll(async () => models?.release());

/** Distinct halos per location so every answer is told apart: 10 … 240 of 1000. */
const halo = (condition: string, level: LevelId): number => {
  const c = ['spinal', 'left_foraminal', 'right_foraminal', 'left_subarticular', 'right_subarticular'].indexOf(condition);
  return 10 + (c * 5 + LEVELS.findIndex((l) => l.id === level)) * 9;
};

function get(prediction: StudyPrediction, condition: string, level: string): LocationPrediction {
  const found = prediction.predictions.find((p) => p.condition === condition && p.level === level);
  if (!found) throw new Error(`no ${condition} ${level}`);
  return found;
}

const sliceX = (study: ReturnType<typeof syntheticStudy>, instanceId: number): number =>
  study.input.series.flatMap((s) => s.slices).find((s) => s.instanceId === instanceId)!.geometry!.position[0];
const sliceZ = (study: ReturnType<typeof syntheticStudy>, instanceId: number): number =>
  study.input.series.flatMap((s) => s.slices).find((s) => s.instanceId === instanceId)!.geometry!.position[2];

/** The economical reading: the best slice first, the next ones only while a location is missing. */
const EARLY_STOP = {
  ...DEFAULT_INFERENCE_OPTIONS,
  targeting: { ...DEFAULT_INFERENCE_OPTIONS.targeting, foraminalSlicesPerSide: 3, axialSlicesPerLevel: 1, stopWhenComplete: true },
};

describe('inferStudy, targeted', () => {
  it('finds all 25 locations where the anatomy is, with geometry deciding side and axial level', async () => {
    const study = syntheticStudy(1, { halo });
    const result = await inferStudy(study.input, models, study.source, EARLY_STOP);
    expect(result.predictions).toHaveLength(25);
    expect(result.predictions.filter((p) => p.source === 'prior').map((p) => `${p.condition}:${p.level}:${p.note}`)).toEqual([]);
    // Only the targeted slices were run and decoded: the midline slice (it shows all five levels),
    // the best slice of each side (each shows its five foramina), the axial slice of each level.
    expect(result.slicesRun).toEqual({ spinal: 1, foraminal: 2, subarticular: 5 });
    expect(study.decoded.size).toBe(8);

    LEVELS.forEach((level, i) => {
      const spinal = get(result, 'spinal', level.id);
      expect(spinal.point).toMatchObject({ x: CANAL_COLUMN, y: LEVEL_ROWS[i] });
      expect(sliceX(study, spinal.point!.instanceId)).toBe(0);
      for (const side of ['left', 'right'] as const) {
        const foramen = get(result, `${side}_foraminal`, level.id);
        expect(foramen.point).toMatchObject({ x: FORAMEN_COLUMN, y: LEVEL_ROWS[i] });
        // LPS: the patient's left is +x. The detector called both sides "Left"; geometry decides.
        expect(sliceX(study, foramen.point!.instanceId)).toBe(side === 'left' ? 20 : -20);
        const recess = get(result, `${side}_subarticular`, level.id);
        // The detector put every recess at L3/L4 and swapped the sides; the projection of the
        // sagittal level point and the canal decide instead.
        expect(recess.point).toMatchObject({ x: 128 + (side === 'left' ? RECESS_X : -RECESS_X), y: CANAL_COLUMN });
        expect(sliceZ(study, recess.point!.instanceId)).toBe(140 - LEVEL_ROWS[i]!);
      }
    });
    for (const p of result.predictions) {
      const expected = expectedGrade(halo(p.condition, p.level));
      p.probabilities.forEach((v, k) => expect(v).toBeCloseTo(expected[k]!, 5));
      expect(p.confidence).toBeCloseTo(1, 5);
    }
  });

  it('reads the midline neighbours only when the midline slice misses a level', async () => {
    const study = syntheticStudy(6, { offMidline: ['l4_l5'] });
    const result = await inferStudy(study.input, models, study.source, EARLY_STOP);
    expect(result.slicesRun['spinal']).toBe(3);
    const l45 = get(result, 'spinal', 'l4_l5');
    expect(Math.abs(sliceX(study, l45.point!.instanceId))).toBe(4);
    expect(sliceX(study, get(result, 'spinal', 'l1_l2').point!.instanceId)).toBe(0);
    const all = await inferStudy(study.input, models, study.source, {
      ...EARLY_STOP,
      targeting: { ...EARLY_STOP.targeting, stopWhenComplete: false },
    });
    expect(all.slicesRun).toEqual({ spinal: 3, foraminal: 6, subarticular: 5 });
  });

  it('answers a missing series with priors and says why, never zeros', async () => {
    const study = syntheticStudy(2, { omit: ['sag_t1'] });
    const result = await inferStudy(study.input, models, study.source, DEFAULT_INFERENCE_OPTIONS);
    const foraminal = result.predictions.filter((p) => p.condition.endsWith('foraminal'));
    expect(foraminal).toHaveLength(10);
    for (const p of foraminal) {
      expect(p).toMatchObject({ source: 'prior', point: null, confidence: null, note: 'no Sagittal T1 series' });
      expect(p.probabilities).toEqual(RSNA_GRADE_FREQUENCIES);
    }
    expect(result.predictions.filter((p) => p.source === 'model')).toHaveLength(15);
    expect(result.notes).toContain('foraminal: no Sagittal T1 series');
  });

  it('places axial slices from the foramina when the sagittal T2 is missing', async () => {
    const study = syntheticStudy(3, { omit: ['sag_t2'] });
    const result = await inferStudy(study.input, models, study.source, DEFAULT_INFERENCE_OPTIONS);
    expect(
      result.predictions
        .filter((p) => p.source === 'model')
        .map((p) => p.condition)
        .sort(),
    ).toEqual(
      [
        ...Array(5).fill('left_foraminal'),
        ...Array(5).fill('left_subarticular'),
        ...Array(5).fill('right_foraminal'),
        ...Array(5).fill('right_subarticular'),
      ].sort(),
    );
  });

  it('falls back to the detector classes, as the seed, when the slices carry no geometry', async () => {
    const study = syntheticStudy(7);
    const flat = {
      ...study.input,
      series: study.input.series.map((series) => ({ ...series, slices: series.slices.map((slice) => ({ ...slice, geometry: null })) })),
    };
    const result = await inferStudy(flat, models, study.source, DEFAULT_INFERENCE_OPTIONS);
    expect(result.predictions.filter((p) => p.condition === 'spinal' && p.source === 'model')).toHaveLength(5);
    // Without patient positions the foraminal side is the detector's ("Left" for both here) ...
    expect(result.predictions.filter((p) => p.condition === 'left_foraminal' && p.source === 'model')).toHaveLength(5);
    expect(result.predictions.filter((p) => p.condition === 'right_foraminal' && p.source === 'model')).toHaveLength(0);
    // ... and every axial slice is read, its level and side taken from the classes.
    expect(result.slicesRun['subarticular']).toBe(15);
    expect(result.notes).toContain(
      'subarticular: no sagittal level points; every axial slice read, side and level from the detector classes',
    );
    expect(result.predictions.filter((p) => p.condition.endsWith('subarticular') && p.source === 'model').map((p) => p.level)).toEqual([
      'l3_l4',
      'l3_l4',
    ]);
  });

  it('stops when cancelled', async () => {
    const study = syntheticStudy(4);
    const controller = new AbortController();
    controller.abort();
    await expect(inferStudy(study.input, models, study.source, DEFAULT_INFERENCE_OPTIONS, controller.signal)).rejects.toBeInstanceOf(
      CancelledError,
    );
  });
});

describe('inferStudy, every slice (the seed)', () => {
  it('runs every slice, trusts the classes, and averages the grades', async () => {
    const study = syntheticStudy(5, { halo });
    const result = await inferStudy(study.input, models, study.source, {
      ...DEFAULT_INFERENCE_OPTIONS,
      detector: SEED_DETECTOR_SETTINGS,
      strategy: 'every-slice',
    });
    expect(result.slicesRun).toEqual({ spinal: 17, foraminal: 17, subarticular: 15 });
    // The seed's flaws, visible: both foramina read as "Left", every axial recess as L3/L4, sides swapped.
    const modelled = result.predictions.filter((p) => p.source === 'model').map((p) => `${p.condition}:${p.level}`);
    expect(modelled.sort()).toEqual(
      [
        ...LEVELS.map((l) => `spinal:${l.id}`),
        ...LEVELS.map((l) => `left_foraminal:${l.id}`),
        'left_subarticular:l3_l4',
        'right_subarticular:l3_l4',
      ].sort(),
    );
    const left = get(result, 'left_foraminal', 'l2_l3');
    expect(left.note).toBe('mean of 2 graded detections');
    const a = expectedGrade(halo('left_foraminal', 'l2_l3'));
    const b = expectedGrade(halo('right_foraminal', 'l2_l3'));
    left.probabilities.forEach((v, k) => expect(v).toBeCloseTo((a[k]! + b[k]!) / 2, 5));
    // Spinal: the canal shows on 3 slices, the same halo each time.
    get(result, 'spinal', 'l1_l2').probabilities.forEach((v, k) => expect(v).toBeCloseTo(expectedGrade(halo('spinal', 'l1_l2'))[k]!, 5));
  });
});
