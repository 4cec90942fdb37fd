import type { InferenceSession } from 'onnxruntime-node';
import { GRADER_CROP } from '../preprocess/graderCrop';
import { classLocations } from './detectorClasses';
import type { ModelEntry } from './modelManifest';
import { parseUltralyticsImageSize, parseUltralyticsNames } from './parseUltralyticsMetadata';

/** What the pipeline needs to know about an opened model. */
export interface ModelInterface {
  readonly inputName: string;
  readonly outputName: string;
  /** Largest batch the model takes: a number when its batch dimension is fixed, else null. */
  readonly fixedBatch: number | null;
  readonly inputSize: number;
  readonly classNames: readonly string[];
}

/** The anchor count of a YOLOv8 head at input side S: strides 8, 16 and 32. */
export function yoloAnchors(size: number): number {
  return [8, 16, 32].reduce((sum, s) => sum + Math.floor(size / s) ** 2, 0);
}

export const DETECTOR_INPUT = 'images';
export const DETECTOR_OUTPUT = 'output0';
export const GRADER_INPUT = 'input';
export const GRADER_OUTPUT = 'probabilities';

type Dim = number | string;

/**
 * Checks an opened session against the interface its manifest entry declares
 * (seed-method.md): names, element types, ranks, sizes, class count against the class names,
 * and the Ultralytics metadata when present. Returns every problem found; the interface is only
 * usable when there are none. Symbolic dimensions are accepted here and checked on the probe run.
 */
export function checkModelInterface(
  session: Pick<InferenceSession, 'inputMetadata' | 'outputMetadata'>,
  entry: ModelEntry,
  metadata: ReadonlyMap<string, string>,
): { interface: ModelInterface | null; problems: string[] } {
  const problems: string[] = [];
  const detector = entry.kind === 'yolov8-detect';
  const inputName = detector ? DETECTOR_INPUT : GRADER_INPUT;
  const outputName = detector ? DETECTOR_OUTPUT : GRADER_OUTPUT;
  const input = tensorMeta(session.inputMetadata, inputName, 'input', problems);
  const output = tensorMeta(session.outputMetadata, outputName, 'output', problems);
  const classes = entry.classNames.length;
  let fixedBatch: number | null = null;
  if (input) {
    const expected: Dim[] = detector ? ['N', 3, entry.inputSize, entry.inputSize] : ['N', GRADER_CROP, GRADER_CROP, 3];
    checkShape(`input "${inputName}"`, input.shape, expected, problems);
    const batch = input.shape[0];
    if (typeof batch === 'number') fixedBatch = batch;
  }
  if (detector && entry.inputSize % 32 !== 0) problems.push(`inputSize ${entry.inputSize} is not a multiple of the largest stride (32)`);
  if (!detector && entry.inputSize !== GRADER_CROP) problems.push(`a grader's inputSize is ${GRADER_CROP}, the manifest says ${entry.inputSize}`);
  if (output) {
    const expected: Dim[] = detector ? ['N', 4 + classes, yoloAnchors(entry.inputSize)] : ['N', 3];
    checkShape(`output "${outputName}"`, output.shape, expected, problems);
  }
  if (detector) {
    problems.push(...classLocations(entry.classNames, entry.condition).problems);
    checkUltralyticsMetadata(entry, metadata, problems);
  }
  if (problems.length > 0) return { interface: null, problems };
  return { interface: { inputName, outputName, fixedBatch, inputSize: entry.inputSize, classNames: entry.classNames }, problems };
}

function tensorMeta(
  list: readonly InferenceSession.ValueMetadata[],
  name: string,
  what: 'input' | 'output',
  problems: string[],
): { shape: readonly Dim[] } | null {
  const found = list.find((m) => m.name === name);
  if (!found) {
    problems.push(`no ${what} named "${name}" (the model's ${what}s: ${list.map((m) => `"${m.name}"`).join(', ') || 'none'})`);
    return null;
  }
  if (!found.isTensor || found.type !== 'float32') {
    problems.push(`${what} "${name}" is ${found.isTensor ? found.type : 'not a tensor'}, expected float32`);
    return null;
  }
  return { shape: found.shape };
}

/** `expected` uses 'N' for the batch dimension, which may be symbolic or fixed. */
function checkShape(what: string, actual: readonly Dim[], expected: readonly Dim[], problems: string[]): void {
  const show = (dims: readonly Dim[]): string => `[${dims.join(', ')}]`;
  if (actual.length !== expected.length) {
    problems.push(`${what} has shape ${show(actual)}, expected ${show(expected)}`);
    return;
  }
  expected.forEach((want, i) => {
    const got = actual[i];
    if (want === 'N') {
      if (typeof got === 'number' && got < 1) problems.push(`${what} has batch dimension ${got}`);
    } else if (typeof got === 'number' && got !== want) {
      problems.push(`${what} has shape ${show(actual)}, expected ${show(expected)} (dimension ${i} is ${got}, expected ${want})`);
    }
  });
}

function checkUltralyticsMetadata(entry: ModelEntry, metadata: ReadonlyMap<string, string>, problems: string[]): void {
  const names = metadata.get('names');
  if (names !== undefined) {
    try {
      const parsed = parseUltralyticsNames(names);
      if (parsed.length !== entry.classNames.length || parsed.some((n, i) => n !== entry.classNames[i])) {
        problems.push(`the model's metadata names ${parsed.length} classes [${parsed.join(', ')}], the manifest ${entry.classNames.length} [${entry.classNames.join(', ')}]`);
      }
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  const imgsz = metadata.get('imgsz');
  if (imgsz !== undefined) {
    try {
      const [h, w] = parseUltralyticsImageSize(imgsz);
      if (h !== entry.inputSize || w !== entry.inputSize) problems.push(`the model's metadata imgsz is [${h}, ${w}], the manifest's inputSize ${entry.inputSize}`);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
}
