import { z } from 'zod';
import type { DecodedFrame, DisplayedFrame, PixelsType, TransferredFrame } from '../imaging';
import { defineDomain, method, type Infer } from './defineDomain';
import { RowId } from './schemaParts';

export const PixelsRequest = z.object({ instanceId: RowId, frame: z.number().int().min(0).max(100_000) }).strict();
export type PixelsRequest = z.input<typeof PixelsRequest>;

const PIXELS_TYPES = ['Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array'] as const satisfies readonly PixelsType[];

/**
 * One decoded frame for the viewer, as it crosses IPC: the part of `DecodedFrame` the viewer
 * draws (`DisplayedFrame`, common/imaging) plus BitsAllocated, with the STORED values (before
 * the Modality LUT) as an ArrayBuffer to view as `pixelsType` (structured-cloned over Electron
 * IPC, never JSON). The renderer applies the grayscale pipeline of PS3.3 C.11 itself, so window
 * and level change without another call. The same field names as DecodedFrame: the type check
 * below fails if the two drift apart.
 */
export const FramePixels = z.strictObject({
  instanceId: z.number(),
  frame: z.number(),
  rows: z.number().int().positive(),
  columns: z.number().int().positive(),
  samplesPerPixel: z.union([z.literal(1), z.literal(3)]),
  bitsAllocated: z.union([z.literal(8), z.literal(16)]),
  bitsStored: z.number(),
  pixelRepresentation: z.union([z.literal(0), z.literal(1)]),
  /** Of `pixels`: MONOCHROME1, MONOCHROME2 or RGB (colour is converted to interleaved 8-bit RGB). */
  photometricInterpretation: z.string(),
  rescaleSlope: z.number(),
  rescaleIntercept: z.number(),
  /** Window Center / Width / Explanation (0028,1050–1055) as the header has them, alternatives in order (PS3.3 C.11.2.1.2). */
  windowCenter: z.array(z.number()).readonly(),
  windowWidth: z.array(z.number()).readonly(),
  windowExplanation: z.array(z.string()).readonly(),
  voiLutFunction: z.string(),
  pixelsType: z.enum(PIXELS_TYPES),
  pixels: z.instanceof(ArrayBuffer),
});
export type FramePixels = Infer<typeof FramePixels>;

/** The IPC frame is a transferred DecodedFrame (its displayed part), nothing of its own. */
type FrameOverIpc = TransferredFrame<DisplayedFrame & Pick<DecodedFrame, 'bitsAllocated'>> & {
  readonly instanceId: number;
  readonly frame: number;
};
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const framePixelsIsTheDecodedFrame: Same<FramePixels, FrameOverIpc> = true;
void framePixelsIsTheDecodedFrame;

/** Pixels for the viewer: the renderer names an indexed instance and frame, never a path. */
export const pixelsContract = defineDomain('pixels', {
  get: method(PixelsRequest, FramePixels),
});
