import { z } from 'zod';
import type { PixelsType } from '../imaging';

export const PixelsRequest = z.object({ instanceId: z.number().int().positive(), frame: z.number().int().min(0).max(100_000) }).strict();
export type PixelsRequest = z.infer<typeof PixelsRequest>;

export interface WindowValues {
  readonly center: number;
  readonly width: number;
  readonly explanation: string | null;
}

/**
 * One decoded frame for the viewer: the STORED values (before the Modality LUT) in `pixels`, an
 * ArrayBuffer to view as `pixelsType` (structured-cloned over Electron IPC, never JSON), and
 * what the renderer needs to apply the grayscale pipeline of PS3.3 C.11 itself, so that window
 * and level change without another call.
 */
export interface FramePixels {
  readonly instanceId: number;
  readonly frame: number;
  readonly rows: number;
  readonly columns: number;
  readonly samplesPerPixel: 1 | 3;
  readonly bitsAllocated: number;
  readonly bitsStored: number;
  readonly pixelRepresentation: 0 | 1;
  /** Of `pixels`: MONOCHROME1, MONOCHROME2 or RGB (colour is converted to interleaved 8-bit RGB). */
  readonly photometric: string;
  readonly rescaleSlope: number;
  readonly rescaleIntercept: number;
  readonly windows: readonly WindowValues[];
  readonly voiLutFunction: string;
  readonly pixelsType: PixelsType;
  readonly pixels: ArrayBuffer;
}
