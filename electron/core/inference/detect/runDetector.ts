import { Tensor } from 'onnxruntime-node';
import type { LoadedModel } from '../models/openModel';
import { fromLetterbox, letterboxGeometry, writeLetterboxed, type LetterboxGeometry } from '../preprocess/letterbox';
import type { GreyImage } from '../preprocess/minMaxToUint8';
import { decodeDetections, type Box } from './decodeDetections';
import { SEED_DETECTOR_SETTINGS, type DetectorSettings } from './detectorSettings';
import { nonMaxSuppression } from './nonMaxSuppression';

export { SEED_DETECTOR_SETTINGS, type DetectorSettings };

/** A detection on a slice, in that slice's pixels. */
export interface SliceDetection {
  readonly classIndex: number;
  readonly className: string;
  readonly score: number;
  /** The box clipped to the slice, for display and storage. */
  readonly box: Box;
  /** The centre of the predicted box before clipping: the point the detector located. */
  readonly centre: { readonly x: number; readonly y: number };
}

/**
 * Runs a YOLOv8 detector over slices: letterbox each (seed-method.md), run in batches, decode
 * `output0`, per-class NMS, and map boxes back to slice pixels with the exact inverse of the
 * letterbox. Returns one list per input image, best first.
 */
export async function runDetector(
  model: LoadedModel,
  images: readonly GreyImage[],
  settings: DetectorSettings = SEED_DETECTOR_SETTINGS,
): Promise<SliceDetection[][]> {
  const { io } = model;
  const size = io.inputSize;
  const plane = 3 * size * size;
  const chunk = io.fixedBatch ?? (model.provider === 'cpu' ? 1 : Math.max(1, settings.batchSize));
  const results: SliceDetection[][] = [];
  for (let start = 0; start < images.length; start += chunk) {
    const part = images.slice(start, start + chunk);
    // A fixed batch dimension takes exactly that many images: the rest stay blank and are ignored.
    const batch = io.fixedBatch ?? part.length;
    const data = new Float32Array(batch * plane);
    const geometries = part.map((image, i) => {
      const g = letterboxGeometry(image.rows, image.columns, size);
      writeLetterboxed(image, g, data, i * plane);
      return g;
    });
    const output = await model.session.run({ [io.inputName]: new Tensor('float32', data, [batch, 3, size, size]) });
    const tensor = output[io.outputName];
    if (!tensor || tensor.type !== 'float32') throw new Error(`${model.entry.id}: no float32 ${io.outputName} in the output`);
    const view = { data: tensor.data as Float32Array, batch, classes: io.classNames.length, anchors: tensor.dims[2] ?? 0 };
    geometries.forEach((g, i) => {
      const kept = nonMaxSuppression(decodeDetections(view, i, settings.confidence), settings.iou, settings.maxDetections);
      results.push(kept.map((d) => toSlice(d.box, d.classIndex, d.score, g, io.classNames)));
    });
  }
  return results;
}

function toSlice(box: Box, classIndex: number, score: number, g: LetterboxGeometry, names: readonly string[]): SliceDetection {
  const a = fromLetterbox(g, box.x1, box.y1);
  const b = fromLetterbox(g, box.x2, box.y2);
  const clip = (v: number, max: number): number => Math.min(Math.max(v, 0), max);
  return {
    classIndex,
    className: names[classIndex] ?? `class ${classIndex}`,
    score,
    box: { x1: clip(a.x, g.sourceColumns), y1: clip(a.y, g.sourceRows), x2: clip(b.x, g.sourceColumns), y2: clip(b.y, g.sourceRows) },
    centre: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
  };
}
