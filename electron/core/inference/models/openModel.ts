import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Tensor, type InferenceSession } from 'onnxruntime-node';
import { createSession, type SessionSettings } from '../runtime/createSession';
import type { ProviderAttempt, ProviderName } from '../runtime/executionProviders';
import { checkModelInterface, yoloAnchors, type ModelInterface } from './checkModelInterface';
import type { ModelEntry } from './modelManifest';
import { ModelRefusedError } from './ModelRefusedError';
import { readOnnxMetadata } from './readOnnxMetadata';
import type { ResolvedModel } from './readModelManifest';

/** A checked model with its session, ready to run. */
export interface LoadedModel {
  readonly entry: ModelEntry;
  readonly path: string;
  readonly session: InferenceSession;
  readonly provider: ProviderName;
  readonly attempts: readonly ProviderAttempt[];
  readonly io: ModelInterface;
}

export interface OpenModelOptions extends SessionSettings {
  /** Skip the sha256 check (only for a file being imported, whose hash is being computed). */
  readonly expectedSha256?: string | null;
}

/**
 * Opens one model and refuses it, with every reason, unless: the file is readable, its sha256
 * is the manifest's, it parses as ONNX, a session opens (providers tried in order), its inputs
 * and outputs match the declared interface, and a probe run on a blank input gives an output of
 * the declared shape (this catches a wrong size hidden behind symbolic dimensions).
 */
export async function openModel(model: ResolvedModel, options: OpenModelOptions = {}): Promise<LoadedModel> {
  const { entry, path } = model;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ModelRefusedError(path, [`cannot read the model file: ${(error as Error).message}`]);
  }
  const expected = options.expectedSha256 === undefined ? entry.sha256 : options.expectedSha256;
  if (expected !== null) {
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== expected) {
      throw new ModelRefusedError(path, [`sha256 mismatch: the file's is ${actual}, the manifest expects ${expected} (the file was changed or is not the model the manifest lists)`]);
    }
  }
  let metadata: ReadonlyMap<string, string>;
  try {
    metadata = readOnnxMetadata(bytes).metadata;
  } catch (error) {
    throw new ModelRefusedError(path, [`not a readable ONNX model (corrupt or truncated?): ${(error as Error).message}`]);
  }
  let opened;
  try {
    opened = await createSession(bytes, options);
  } catch (error) {
    throw new ModelRefusedError(path, [`onnxruntime cannot open it (corrupt or unsupported?): ${(error as Error).message}`]);
  }
  const { session } = opened;
  try {
    const checked = checkModelInterface(session, entry, metadata);
    if (!checked.interface) throw new ModelRefusedError(path, checked.problems);
    await probe(session, entry, checked.interface, path);
    return { entry, path, session, provider: opened.provider, attempts: opened.attempts, io: checked.interface };
  } catch (error) {
    await session.release();
    throw error;
  }
}

async function probe(session: InferenceSession, entry: ModelEntry, io: ModelInterface, path: string): Promise<void> {
  const detector = entry.kind === 'yolov8-detect';
  const dims = detector ? [1, 3, io.inputSize, io.inputSize] : [1, io.inputSize, io.inputSize, 3];
  const input = new Tensor('float32', new Float32Array(dims.reduce((a, b) => a * b, 1)), dims);
  let output;
  try {
    const result = await session.run({ [io.inputName]: input });
    output = result[io.outputName];
  } catch (error) {
    throw new ModelRefusedError(path, [`a probe run on a blank input failed: ${(error as Error).message}`]);
  }
  const expected = detector ? [1, 4 + io.classNames.length, yoloAnchors(io.inputSize)] : [1, 3];
  const got = output?.dims ?? [];
  if (!output || output.type !== 'float32' || got.length !== expected.length || got.some((d, i) => d !== expected[i])) {
    throw new ModelRefusedError(path, [`a probe run gave ${io.outputName} of shape [${got.join(', ')}], expected [${expected.join(', ')}]`]);
  }
}
