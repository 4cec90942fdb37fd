import { displayLut, toRgba, type DisplayedFrame, type VoiWindow } from '../../../../electron/common/imaging';

/** What the display table depends on: the frame's pixel format and LUT attributes, and the window. */
type LutKey = Pick<
  DisplayedFrame,
  'bitsStored' | 'pixelRepresentation' | 'rescaleSlope' | 'rescaleIntercept' | 'photometricInterpretation' | 'voiLutFunction'
> &
  VoiWindow;

/**
 * Turns a slice's stored values into display pixels on an image-sized canvas, through the
 * grayscale pipeline of electron/common/imaging (Modality LUT, VOI LUT per PS3.3 C.11.2.1.2,
 * MONOCHROME1 inversion) as one table. The table is rebuilt only when the window or the
 * pixel format changes, so scrolling a series costs one table lookup per pixel.
 */
export class SliceRenderer {
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private image: ImageData | null = null;
  private lut: { key: string; table: Uint8Array; offset: number } | null = null;
  private drawn: { slice: DisplayedFrame; key: string } | null = null;

  constructor(createCanvas: () => HTMLCanvasElement = () => document.createElement('canvas')) {
    this.canvas = createCanvas();
    const context = this.canvas.getContext('2d');
    if (!context) throw new Error('2D canvas unavailable');
    this.context = context;
  }

  /** The slice rendered with the window; the same canvas is returned (and not redrawn) when nothing changed. */
  render(slice: DisplayedFrame, window: VoiWindow): HTMLCanvasElement {
    const key: LutKey = {
      bitsStored: slice.bitsStored,
      pixelRepresentation: slice.pixelRepresentation,
      rescaleSlope: slice.rescaleSlope,
      rescaleIntercept: slice.rescaleIntercept,
      photometricInterpretation: slice.photometricInterpretation,
      voiLutFunction: slice.voiLutFunction,
      center: window.center,
      width: window.width,
    };
    const keyText = JSON.stringify(key);
    if (this.drawn?.slice === slice && this.drawn.key === keyText) return this.canvas;
    if (this.canvas.width !== slice.columns || this.canvas.height !== slice.rows || !this.image) {
      this.canvas.width = slice.columns;
      this.canvas.height = slice.rows;
      this.image = this.context.createImageData(slice.columns, slice.rows);
    }
    if (slice.samplesPerPixel === 3) {
      toRgba(slice.pixels as Uint8Array, 3, this.image.data);
    } else {
      this.writeGrayscale(slice, key, keyText, this.image.data);
    }
    this.context.putImageData(this.image, 0, 0);
    this.drawn = { slice, key: keyText };
    return this.canvas;
  }

  private writeGrayscale(slice: DisplayedFrame, key: LutKey, keyText: string, out: Uint8ClampedArray): void {
    if (this.lut?.key !== keyText) {
      const { table, offset } = displayLut(key, { window: { center: key.center, width: key.width }, voiLutFunction: key.voiLutFunction });
      this.lut = { key: keyText, table, offset };
    }
    const { table, offset } = this.lut;
    const values = slice.pixels;
    const last = table.length - 1;
    // One 32-bit write per pixel (grey in R, G and B, opaque alpha), little-endian byte order.
    const words = new Uint32Array(out.buffer, out.byteOffset, out.byteLength >> 2);
    for (let i = 0; i < values.length; i++) {
      const index = (values[i] as number) - offset;
      const v = table[index < 0 ? 0 : index > last ? last : index] as number;
      words[i] = 0xff000000 | (v << 16) | (v << 8) | v;
    }
  }
}
