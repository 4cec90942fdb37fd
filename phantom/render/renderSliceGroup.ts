import type { SliceGeometry } from '../../electron/common/geometry';
import type { TissueContrast } from '../contrast/tissueSignal';
import type { SeededRandom } from '../random/SeededRandom';
import type { Shape } from '../scene/Shape';
import { addRicianNoise } from './addRicianNoise';
import type { BiasField } from './BiasField';
import { paintShapes, type PaintChannel } from './paintShapes';
import { type RenderGrid } from './RenderGrid';
import { resampleToStored } from './resampleBilinear';
import { applyTexture } from './textureTile';

/** Relative strength of the tissue texture. */
const TEXTURE_AMPLITUDE = 0.045;

/** One image to produce from a shared render grid. */
export interface SliceImageRequest {
  readonly geometry: SliceGeometry;
  readonly contrast: TissueContrast;
  readonly bias: BiasField;
  /** Stored value of signal 1. */
  readonly signalScale: number;
  /** Noise σ in stored units. */
  readonly noiseSigma: number;
  readonly bitsStored: number;
  readonly random: SeededRandom;
}

/**
 * Renders one or more images that share a render grid (same plane, same field of view): the
 * anatomy is painted once at the acquisition resolution for all of them, then each gets a mild
 * tissue texture, its coil bias and scale, Rician noise, and is interpolated to its stored matrix as unsigned
 * integers. `labels`, if given, receives the render grid's tissue labels.
 */
export function renderSliceGroup(
  shapes: readonly Shape[],
  grid: RenderGrid,
  requests: readonly SliceImageRequest[],
  edgeWidth: number,
  labels: Uint8Array | null = null,
): Uint16Array[] {
  const size = grid.columns * grid.rows;
  const channels: PaintChannel[] = requests.map((r) => ({
    values: new Float32Array(size),
    signalOf: (shape: Shape) => r.contrast.signal(shape.tissue, shape.variant),
  }));
  paintShapes(shapes, { grid, channels, labels }, edgeWidth);
  // One texture for the group: the same tissue looks the same on T1 and T2 of one slice.
  const first = requests[0];
  const offsetX = first ? first.random.uint32() : 0;
  const offsetY = first ? first.random.uint32() : 0;
  return requests.map((request, k) => {
    const values = (channels[k] as PaintChannel).values;
    applyTexture(values, grid.columns, grid.rows, TEXTURE_AMPLITUDE, offsetX, offsetY);
    request.bias.apply(grid, values, request.signalScale);
    addRicianNoise(values, request.noiseSigma, request.random);
    return resampleToStored(values, grid.columns, grid.rows, request.geometry.columns, request.geometry.rows, request.bitsStored);
  });
}
