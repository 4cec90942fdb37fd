import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as ort from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The test models written by training/scripts/make_test_models.py (issue 6 "Test models") run in
 * onnxruntime-node and give PyTorch's outputs (issue 7: max |difference| ≤ 1e-4). Detector box
 * rows are input pixels, so they are compared divided by the input side S (reference/index.json,
 * "tolerance"); scores and probabilities as they are.
 */
const DIR = resolve('test/fixtures/models');

interface TensorFile {
  file: string;
  shape: number[];
}
interface ReferenceCase {
  id: string;
  model: string;
  inputName: string;
  outputName: string;
  input: TensorFile;
  output: TensorFile;
}
interface ReferenceIndex {
  cases: ReferenceCase[];
  tolerance: { maxAbsDiff: number };
}

function readFloat32(file: string): Float32Array {
  const bytes = readFileSync(join(DIR, 'reference', file));
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

function metadataNames(onnxFile: string): string {
  // The names sit in the model's metadata_props as a Python dict repr; a byte search is enough
  // to see that they are there (the app's readOnnxMetadata parses them properly).
  return readFileSync(join(DIR, onnxFile)).toString('latin1');
}

let index: ReferenceIndex;

beforeAll(() => {
  if (!existsSync(join(DIR, 'reference', 'index.json'))) {
    execFileSync('/usr/bin/python3', ['training/scripts/make_test_models.py', '--out', DIR], { stdio: 'inherit' });
  }
  index = JSON.parse(readFileSync(join(DIR, 'reference', 'index.json'), 'utf8')) as ReferenceIndex;
});

describe('test models: onnxruntime-node against PyTorch', () => {
  it('lists the six manifest models and their references', () => {
    const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { models: { file: string; kind: string }[] };
    expect(manifest.models.map((m) => m.kind).sort()).toEqual([...Array(3).fill('deepscorenet-grade'), ...Array(3).fill('yolov8-detect')]);
    for (const m of manifest.models) expect(index.cases.some((c) => c.model === m.file)).toBe(true);
  });

  it('gives the PyTorch outputs within 1e-4', async () => {
    const tolerance = index.tolerance.maxAbsDiff;
    expect(tolerance).toBe(1e-4);
    for (const c of index.cases) {
      const session = await ort.InferenceSession.create(join(DIR, c.model), { executionProviders: ['cpu'] });
      const input = new ort.Tensor('float32', readFloat32(c.input.file), c.input.shape);
      const result = await session.run({ [c.inputName]: input });
      const output = result[c.outputName];
      if (!output) throw new Error(`${c.id}: no output ${c.outputName}`);
      expect(output.dims, c.id).toEqual(c.output.shape);
      const expected = readFloat32(c.output.file);
      const actual = output.data as Float32Array;
      const detector = c.inputName === 'images';
      const side = detector ? (c.input.shape[2] as number) : 1;
      const rows = detector ? (c.output.shape[1] as number) : 0;
      const anchors = detector ? (c.output.shape[2] as number) : 1;
      let worst = 0;
      for (let i = 0; i < expected.length; i++) {
        const row = detector ? Math.floor(i / anchors) % rows : 4;
        const scale = row < 4 ? side : 1;
        worst = Math.max(worst, Math.abs((actual[i] as number) - (expected[i] as number)) / scale);
      }
      expect(worst, `${c.id} max |difference|`).toBeLessThanOrEqual(tolerance);
      await session.release();
      if (detector) expect(metadataNames(c.model)).toContain("{0: '");
    }
  });
});
