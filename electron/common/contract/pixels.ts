import { z } from 'zod';
import type { PixelsType } from '../imaging';
import { defineDomain, method, type Infer } from './defineDomain';
import { RowId } from './schemaParts';

export const PixelsRequest = z.object({ instanceId: RowId, frame: z.number().int().min(0).max(100_000) }).strict();
export type PixelsRequest = z.input<typeof PixelsRequest>;

export const WindowValues = z.strictObject({
  center: z.number(),
  width: z.number(),
  explanation: z.string().nullable(),
});
export type WindowValues = Infer<typeof WindowValues>;

const PIXELS_TYPES = ['Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array'] as const satisfies readonly PixelsType[];

/**
 * One decoded frame for the viewer: the STORED values (before the Modality LUT) in `pixels`, an
 * ArrayBuffer to view as `pixelsType` (structured-cloned over Electron IPC, never JSON), and
 * what the renderer needs to apply the grayscale pipeline of PS3.3 C.11 itself, so that window
 * and level change without another call.
 */
export const FramePixels = z.strictObject({
  instanceId: z.number(),
  frame: z.number(),
  rows: z.number().int().positive(),
  columns: z.number().int().positive(),
  samplesPerPixel: z.union([z.literal(1), z.literal(3)]),
  bitsAllocated: z.number(),
  bitsStored: z.number(),
  pixelRepresentation: z.union([z.literal(0), z.literal(1)]),
  /** Of `pixels`: MONOCHROME1, MONOCHROME2 or RGB (colour is converted to interleaved 8-bit RGB). */
  photometric: z.string(),
  rescaleSlope: z.number(),
  rescaleIntercept: z.number(),
  windows: z.array(WindowValues).readonly(),
  voiLutFunction: z.string(),
  pixelsType: z.enum(PIXELS_TYPES),
  pixels: z.instanceof(ArrayBuffer),
});
export type FramePixels = Infer<typeof FramePixels>;

/** Pixels for the viewer: the renderer names an indexed instance and frame, never a path. */
export const pixelsContract = defineDomain('pixels', {
  get: method(PixelsRequest, FramePixels),
});
