import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tensor } from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openModelSet, type ModelSet } from '../../../electron/core/inference/models/openModelSet';
import { openModel } from '../../../electron/core/inference/models/openModel';
import { readModelManifest, type ResolvedModel } from '../../../electron/core/inference/models/readModelManifest';
import { selectModels } from '../../../electron/core/inference/models/selectModels';
import { DEFAULT_INFERENCE_OPTIONS, inferStudy } from '../../../electron/core/inference/pipeline/inferStudy';
import { letterboxGeometry, writeLetterboxed } from '../../../electron/core/inference/preprocess/letterbox';
import { seedClassNames } from '../../../electron/core/inference/models/detectorClasses';
import { syntheticStudy } from '../../support/syntheticStudy';
import { testModelsDir } from '../../support/testModels';

interface ArrayRef {
  file: string;
  shape: number[];
}
interface Case {
  id: string;
  model: string;
  inputName: string;
  outputName: string;
  input: ArrayRef;
  output: ArrayRef;
}
interface ReferenceIndex {
  tolerance: { maxAbsDiff: number };
  cases: Case[];
  letterbox: { source: ArrayRef; letterboxed: ArrayRef; geometry: { scale: number; padX: number; padY: number } };
}

const { dir, reason } = testModelsDir();

/**
 * The real architectures (YOLOv8 at a reduced width, DeepScoreNet) with fixed random weights, as
 * training/scripts/make_test_models.py writes them, against the PyTorch outputs it recorded: the
 * app's onnxruntime path must match within 1e-4 (box rows compared divided by S, as the index
 * explains), and its letterbox must give the trainer's bytes exactly.
 */
describe.skipIf(dir === null)(`real architectures (${dir ?? reason})`, () => {
  const folder = dir as string;
  const index = (): ReferenceIndex => JSON.parse(readFileSync(join(folder, 'reference', 'index.json'), 'utf8')) as ReferenceIndex;
  const f32 = (ref: ArrayRef): Float32Array => {
    const bytes = readFileSync(join(folder, 'reference', ref.file));
    return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  };

  it('letterboxes the reference slice to the trainer’s bytes', () => {
    const { letterbox } = index();
    const [rows, columns] = letterbox.source.shape as [number, number];
    const source = new Uint8Array(readFileSync(join(folder, 'reference', letterbox.source.file)));
    const expected = new Uint8Array(readFileSync(join(folder, 'reference', letterbox.letterboxed.file)));
    const g = letterboxGeometry(rows, columns, letterbox.letterboxed.shape[0] as number);
    expect({ scale: g.scaleX, padX: g.padLeft, padY: g.padTop }).toEqual(letterbox.geometry);
    const out = new Float32Array(3 * expected.length);
    writeLetterboxed({ data: source, rows, columns }, g, out, 0);
    const ours = Uint8Array.from(out.subarray(0, expected.length), (v) => Math.round(v * 255));
    const differing = ours.reduce((n, v, i) => n + (v === expected[i] ? 0 : 1), 0);
    expect(differing).toBe(0);
  });

  it('opens every model of the manifest (hash, interface, probe) and matches PyTorch within the tolerance', async () => {
    const { tolerance, cases } = index();
    const manifest = readModelManifest(folder);
    for (const c of cases) {
      const listed = manifest.models.find((m) => m.entry.file === c.model);
      const detector = c.outputName === 'output0';
      const size = c.input.shape[2] as number;
      // The 320 px detector is not in the manifest (one detector per condition there): describe it.
      const model: ResolvedModel = listed ?? {
        path: join(folder, c.model),
        cardPath: null,
        entry: {
          ...manifest.models.find((m) => m.entry.kind === 'yolov8-detect' && m.entry.condition === 'spinal')!.entry,
          id: c.id,
          file: c.model,
          inputSize: size,
          classNames: seedClassNames('spinal'),
        },
      };
      const opened = await openModel(model, { expectedSha256: listed ? undefined : null });
      const output = await opened.session.run({ [c.inputName]: new Tensor('float32', f32(c.input), c.input.shape) });
      const ours = output[c.outputName]!.data as Float32Array;
      const reference = f32(c.output);
      expect(output[c.outputName]!.dims).toEqual(c.output.shape);
      const anchors = c.output.shape[2] ?? 0;
      let worst = 0;
      for (let i = 0; i < reference.length; i++) {
        const row = detector ? Math.floor(i / anchors) % (c.output.shape[1] as number) : 4;
        const scale = detector && row < 4 ? size : 1;
        worst = Math.max(worst, Math.abs((ours[i] as number) - (reference[i] as number)) / scale);
      }
      expect(worst, c.id).toBeLessThan(tolerance.maxAbsDiff);
      await opened.session.release();
    }
  });

  describe('the pipeline with the real architectures', () => {
    let models: ModelSet;
    beforeAll(async () => {
      models = await openModelSet(selectModels(readModelManifest(folder).models));
    });
    afterAll(async () => models?.release());

    it('answers all 25 locations with distributions, whatever random weights detect', async () => {
      // Class biases zeroed: scores near 0.5 on every anchor, thousands of candidates per slice.
      const study = syntheticStudy(1);
      const result = await inferStudy(study.input, models, study.source, DEFAULT_INFERENCE_OPTIONS);
      expect(result.predictions).toHaveLength(25);
      expect(result.detections.length).toBeGreaterThan(0);
      for (const p of result.predictions) {
        expect(p.probabilities.every((v) => v >= 0 && v <= 1)).toBe(true);
        expect(p.probabilities[0] + p.probabilities[1] + p.probabilities[2]).toBeCloseTo(1, 6);
      }
    });
  });
});
