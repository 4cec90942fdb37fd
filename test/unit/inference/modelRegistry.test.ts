import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importModelFile } from '../../../electron/core/inference/models/importModelFile';
import { ModelRefusedError } from '../../../electron/core/inference/models/ModelRefusedError';
import { openModel } from '../../../electron/core/inference/models/openModel';
import { openModelSet } from '../../../electron/core/inference/models/openModelSet';
import { readModelManifest } from '../../../electron/core/inference/models/readModelManifest';
import { selectModels } from '../../../electron/core/inference/models/selectModels';
import { createSession } from '../../../electron/core/inference/runtime/createSession';
import { knownGraph } from '../../support/knownGraphs';
import { entryFor, knownGraphModelFolder, resolved } from '../../support/modelFixtures';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'sr-reg-'));

async function refusal(promise: Promise<unknown>): Promise<ModelRefusedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ModelRefusedError);
  return error as ModelRefusedError;
}

describe('openModel refuses bad models with the reason', () => {
  it('a file whose sha256 is not the manifest’s', async () => {
    const file = knownGraph('mean-grader.onnx');
    const error = await refusal(openModel(resolved(file, 'deepscorenet-grade', 'spinal', { sha256: '0'.repeat(64) })));
    expect(error.message).toMatch(/sha256 mismatch: the file's is [0-9a-f]{64}, the manifest expects 0{64}/);
    expect(error.file).toBe(file);
  });

  it('a corrupt file (garbage bytes) and a truncated one', async () => {
    const dir = tmp();
    const garbage = join(dir, 'garbage.onnx');
    writeFileSync(garbage, 'this is not a model at all, just text');
    expect((await refusal(openModel(resolved(garbage, 'deepscorenet-grade', 'spinal')))).message).toMatch(
      /not a readable ONNX model|onnxruntime cannot open it/,
    );
    const truncated = join(dir, 'truncated.onnx');
    writeFileSync(truncated, readFileSync(knownGraph('blob-detector-spinal.onnx')).subarray(0, 5000));
    const error = await refusal(openModel(resolved(truncated, 'yolov8-detect', 'spinal')));
    expect(error.message).toMatch(/truncated\.onnx: (not a readable ONNX model|onnxruntime cannot open it)/);
  });

  it('a detector with a wrong output shape: class rows or anchors', async () => {
    const classes = await refusal(
      openModel(resolved(knownGraph('detector-wrong-classes.onnx'), 'yolov8-detect', 'spinal', { inputSize: 64 })),
    );
    expect(classes.message).toMatch(/output "output0" has shape \[1, 10, 84\], expected \[N, 9, 84\] \(dimension 1 is 10, expected 9\)/);
    const anchors = await refusal(
      openModel(resolved(knownGraph('detector-wrong-anchors.onnx'), 'yolov8-detect', 'spinal', { inputSize: 64 })),
    );
    expect(anchors.message).toMatch(/has shape \[1, 9, 80\], expected \[N, 9, 84\]/);
  });

  it('a detector whose input is misnamed, sized otherwise, or whose names differ from the manifest', async () => {
    const name = await refusal(openModel(resolved(knownGraph('detector-wrong-input.onnx'), 'yolov8-detect', 'spinal', { inputSize: 64 })));
    expect(name.message).toMatch(/no input named "images" \(the model's inputs: "x"\)/);
    const size = await refusal(openModel(resolved(knownGraph('blob-detector-spinal.onnx'), 'yolov8-detect', 'spinal', { inputSize: 640 })));
    expect(size.message).toMatch(/input "images" has shape \[batch, 3, 256, 256\], expected \[N, 3, 640, 640\]/);
    expect(size.message).toMatch(/metadata imgsz is \[256, 256\], the manifest's inputSize 640/);
    const names = await refusal(openModel(resolved(knownGraph('blob-detector-foraminal.onnx'), 'yolov8-detect', 'subarticular')));
    expect(names.message).toMatch(/class 0 "Left_Subarticular_Stenosis_L1_L2" is not|metadata names 10 classes/);
  });

  it('a grader with four outputs', async () => {
    const error = await refusal(openModel(resolved(knownGraph('grader-wrong-output.onnx'), 'deepscorenet-grade', 'spinal')));
    expect(error.message).toMatch(/output "probabilities" has shape \[batch, 4\], expected \[N, 3\]/);
  });

  it('opens good models and reports the interface', async () => {
    const model = await openModel(resolved(knownGraph('blob-detector-foraminal.onnx'), 'yolov8-detect', 'foraminal'));
    expect(model.io).toMatchObject({ inputName: 'images', outputName: 'output0', fixedBatch: null, inputSize: 256 });
    expect(model.provider).toBe(model.attempts.at(-1)!.provider);
    await model.session.release();
  });
});

describe('execution providers', () => {
  it('falls back to CPU when the asked provider is absent, and says why', async () => {
    const absent = process.platform === 'darwin' ? 'dml' : 'coreml';
    const result = await createSession(knownGraph('mean-grader.onnx'), { providers: [absent] });
    expect(result.provider).toBe('cpu');
    expect(result.attempts[0]).toMatchObject({ provider: absent, outcome: 'skipped' });
    expect(result.attempts[0]!.reason).toMatch(/not available in this onnxruntime-node build/);
    expect(result.attempts.at(-1)).toMatchObject({ provider: 'cpu', outcome: 'used' });
    await result.session.release();
  });

  it('tries WebGPU on its own and keeps the reason it failed (no GPU adapter here) before CPU', async () => {
    const result = await createSession(knownGraph('mean-grader.onnx'), { providers: ['webgpu'] });
    const webgpu = result.attempts[0]!;
    expect(webgpu.provider).toBe('webgpu');
    if (result.provider === 'cpu') {
      expect(webgpu.outcome).not.toBe('used');
      expect(webgpu.reason).toBeTruthy();
    } else {
      expect(webgpu.outcome).toBe('used');
    }
    await result.session.release();
  });
});

describe('manifest, selection, model set', () => {
  it('reads a manifest and opens one detector and one grader per condition', async () => {
    const dir = knownGraphModelFolder();
    const manifest = readModelManifest(dir);
    const selection = selectModels(manifest.models);
    expect(selection.missing).toEqual([]);
    const set = await openModelSet(selection);
    expect(Object.keys(set.detectors).sort()).toEqual(['foraminal', 'spinal', 'subarticular']);
    expect(set.provider).toBe('cpu');
    expect(set.models).toHaveLength(6);
    await set.release();
  });

  it('refuses an invalid manifest naming the file and fields', () => {
    const dir = tmp();
    const bad = entryFor(knownGraph('mean-grader.onnx'), 'deepscorenet-grade', 'spinal', { sha256: 'xyz' });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifestVersion: 1, models: [bad, { ...bad, kind: 'resnet' }] }));
    expect(() => readModelManifest(dir)).toThrow(
      /manifest\.json: invalid model manifest:\nmodels\[0\]\.sha256: a sha256 is 64 lowercase hex digits[\s\S]*models\[1\]\.kind/,
    );
  });

  it('refuses the whole set when one model is bad, naming it', async () => {
    const dir = knownGraphModelFolder();
    const manifestFile = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    manifest.models[3].sha256 = 'f'.repeat(64);
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const error = await refusal(openModelSet(selectModels(readModelManifest(dir).models)));
    expect(error.message).toMatch(/mean-grader-foraminal\.onnx: sha256 mismatch/);
  });
});

describe('importModelFile', () => {
  it('checks, hashes and copies a model into the folder, with its card and manifest entry', async () => {
    const dir = join(tmp(), 'user-models');
    const source = knownGraph('blob-detector-spinal.onnx');
    const imported = await importModelFile({ file: source, kind: 'yolov8-detect', condition: 'spinal', id: 'my-spinal' }, dir);
    expect(imported.added).toBe(true);
    expect(imported.entry).toMatchObject({ id: 'my-spinal', inputSize: 256, version: 'known-graph-1', file: 'my-spinal.onnx' });
    expect(imported.entry.classNames[0]).toBe('Spinal_Canal_Stenosis_L1_L2');
    expect(readFileSync(join(dir, 'my-spinal.onnx'))).toEqual(readFileSync(source));
    expect(readFileSync(join(dir, 'my-spinal.md'), 'utf8')).toContain(imported.entry.sha256);
    const manifest = readModelManifest(dir);
    expect(manifest.models.map((m) => m.entry.id)).toEqual(['my-spinal']);
    // The same file again changes nothing; another file under the same id is refused.
    expect((await importModelFile({ file: source, kind: 'yolov8-detect', condition: 'spinal', id: 'my-spinal' }, dir)).added).toBe(false);
    const other = await refusal(
      importModelFile(
        { file: knownGraph('blob-detector-foraminal.onnx'), kind: 'yolov8-detect', condition: 'foraminal', id: 'my-spinal' },
        dir,
      ),
    );
    expect(other.message).toMatch(/already has a different model with id "my-spinal"/);
  });

  it('refuses a wrong interface or a corrupt file and leaves the folder untouched', async () => {
    const dir = join(tmp(), 'user-models');
    const wrong = await refusal(
      importModelFile({ file: knownGraph('grader-wrong-output.onnx'), kind: 'deepscorenet-grade', condition: 'spinal' }, dir),
    );
    expect(wrong.message).toMatch(/expected \[N, 3\]/);
    const corrupt = join(tmp(), 'corrupt.onnx');
    copyFileSync(knownGraph('mean-grader.onnx'), corrupt);
    writeFileSync(corrupt, readFileSync(corrupt).subarray(0, 100));
    await refusal(importModelFile({ file: corrupt, kind: 'deepscorenet-grade', condition: 'spinal' }, dir));
    expect(existsSync(join(dir, 'manifest.json'))).toBe(false);
  });
});
