import type { Command } from 'commander';
import { endianness } from 'node:os';
import { PNG } from 'pngjs';
import { renderDefaultWindow, toRgba } from '../../../common/imaging';
import { decodeDatasetFrame, initCodecs, readPixelDataset, type DecodedFrame, type StoredPixels } from '../../dicom/pixels';
import { writeFileAtomic } from '../../fs/writeFileAtomic';
import type { CliContext } from '../CliContext';

interface DecodeOptions {
  raw?: string;
  png?: string;
  frame: string;
}

/**
 * `spine-review decode <file.dcm> [--raw out.bin] [--png out.png] [--frame n]`: decodes a file
 * through the app's one decode path. --raw writes the stored values of every frame (before any
 * LUT) as little-endian integers of the file's bit depth, frame after frame (colour: 8-bit RGB
 * interleaved); --png writes one frame through its default window.
 */
export function registerDecodeCommand(program: Command, ctx: CliContext): void {
  program
    .command('decode')
    .description('decode the pixel data of a DICOM file (any supported transfer syntax)')
    .argument('<file>', 'DICOM file')
    .option('--raw <out.bin>', 'write the stored values of all frames as little-endian integers')
    .option('--png <out.png>', 'write one frame with its default window as PNG')
    .option('--frame <n>', 'frame for --png (0-based)', '0')
    .action(async (file: string, options: DecodeOptions) => {
      await initCodecs();
      const dataset = readPixelDataset(file); // read and parsed once for all frames
      const first = decodeDatasetFrame(dataset, 0);
      const pngFrame = Number(options.frame);
      if (!Number.isInteger(pngFrame) || pngFrame < 0 || pngFrame >= first.frames) {
        throw new Error(`--frame ${options.frame}: the file has ${first.frames} frame(s) (0-based)`);
      }
      if (options.raw) {
        const frames = [first];
        for (let f = 1; f < first.frames; f++) frames.push(decodeDatasetFrame(dataset, f));
        writeFileAtomic(options.raw, concatLittleEndian(frames.map((frame) => frame.pixels)));
      }
      let window = null;
      if (options.png) {
        const frame = pngFrame === 0 ? first : decodeDatasetFrame(dataset, pngFrame);
        const rendered = renderDefaultWindow(frame);
        window = rendered.window;
        writeFileAtomic(options.png, encodePng(frame, rendered.display));
      }
      ctx.summary({
        file,
        ...summaryOf(first),
        ...(options.raw ? { raw: options.raw } : {}),
        ...(options.png ? { png: options.png, pngFrame, pngWindow: window } : {}),
      });
    });
}

function summaryOf(frame: DecodedFrame): Record<string, unknown> {
  return {
    rows: frame.rows,
    columns: frame.columns,
    frames: frame.frames,
    bitsAllocated: frame.bitsAllocated,
    bitsStored: frame.bitsStored,
    pixelRepresentation: frame.pixelRepresentation,
    photometricInterpretation: frame.photometricInterpretation,
    samplesPerPixel: frame.samplesPerPixel,
    rescaleSlope: frame.rescaleSlope,
    rescaleIntercept: frame.rescaleIntercept,
    windowCenter: frame.windowCenter,
    windowWidth: frame.windowWidth,
    transferSyntaxUID: frame.transferSyntaxUID,
  };
}

function concatLittleEndian(parts: StoredPixels[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    const bytes = new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
    out.set(bytes, offset);
    if (part.BYTES_PER_ELEMENT === 2 && endianness() === 'BE') {
      for (let i = offset; i < offset + bytes.length; i += 2) [out[i], out[i + 1]] = [out[i + 1] as number, out[i] as number];
    }
    offset += bytes.length;
  }
  return out;
}

function encodePng(frame: DecodedFrame, display: Uint8Array): Buffer {
  const png = new PNG({ width: frame.columns, height: frame.rows });
  png.data = Buffer.from(toRgba(display, frame.samplesPerPixel).buffer);
  return PNG.sync.write(png, { colorType: frame.samplesPerPixel === 3 ? 2 : 0 });
}
