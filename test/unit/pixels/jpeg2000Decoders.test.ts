import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeFrame, initCodecs, readPixelDataset } from '../../../electron/core/dicom/pixels';
import { decodeJpeg2000Natively, decodeJpeg2000WithWasm } from '../../../electron/core/dicom/pixels/codecs/decodeJpeg2000';
import { describeJpeg2000Decoder, jpeg2000Decoder } from '../../../electron/core/dicom/pixels/codecs/nativeOpenJpeg';
import { loadedCodecs, type WasmCodecs } from '../../../electron/core/dicom/pixels/codecs/wasmCodecs';
import { encapsulatedFrame } from '../../../electron/core/dicom/pixels/frameBytes';
import { codecFixtures } from '../../support/codecFixtures';

/**
 * The native OpenJPEG binding (native/openjpeg) and OpenJPEG WASM (the fallback) give the same
 * samples for every JPEG 2000 fixture gdcmconv wrote; codecFixtures.test.ts checks those samples
 * against the source values. CI sets SPINE_REVIEW_REQUIRE_NATIVE_J2K=1: there the binding must
 * be built, so these tests cannot quietly skip.
 */
const JPEG_2000 = new Set(['1.2.840.10008.1.2.4.90', '1.2.840.10008.1.2.4.91']);
const fixtures = codecFixtures().filter((f) => JPEG_2000.has(f.transferSyntax));
const decoder = jpeg2000Decoder();
const binding = decoder.kind === 'native' ? decoder.binding : null;
const nativeMissing = binding === null ? describeJpeg2000Decoder() : '';

let wasm: WasmCodecs;
beforeAll(async () => {
  await initCodecs();
  wasm = loadedCodecs() as WasmCodecs;
});

afterEach(() => {
  delete process.env['SPINE_REVIEW_J2K_DECODER'];
});

function firstFrame(file: string): { encoded: Uint8Array; rows: number; columns: number } {
  const dataset = readPixelDataset(file);
  return { encoded: encapsulatedFrame(dataset, 0), rows: dataset.attributes.rows, columns: dataset.attributes.columns };
}

describe('JPEG 2000 decoders', () => {
  it('the native decoder is built where CI requires it', () => {
    if (process.env['SPINE_REVIEW_REQUIRE_NATIVE_J2K'] === '1') expect(nativeMissing).toBe('');
    expect(describeJpeg2000Decoder()).toMatch(/^OpenJPEG \d+\.\d+\.\d+ native|^OpenJPEG WASM \(.+\)$/);
  });

  it('covers lossless and lossy, grey and colour, 8 and 16 bits, signed and multi-frame fixtures', () => {
    const names = fixtures.map((f) => f.file);
    for (const name of [
      'mr16.j2k.dcm',
      'mr16.j2k-lossy.dcm',
      'rgb.j2k.dcm',
      'rgb.j2k-lossy.dcm',
      'ct16signed.j2k.dcm',
      'mono8.j2k.dcm',
      'multiframe.j2k.dcm',
      'odd8.j2k.dcm',
    ]) {
      expect(names).toContain(name);
    }
  });

  describe.skipIf(binding === null)(`native OpenJPEG (${nativeMissing || 'built'})`, () => {
    const native = binding as NonNullable<typeof binding>;

    for (const fixture of fixtures) {
      it(`${fixture.file}: every frame decodes to the same samples natively and in WASM`, () => {
        const dataset = readPixelDataset(fixture.path);
        for (let f = 0; f < dataset.attributes.frames; f++) {
          const encoded = encapsulatedFrame(dataset, f);
          const fromNative = decodeJpeg2000Natively(native, encoded, dataset.attributes);
          const fromWasm = decodeJpeg2000WithWasm(wasm, encoded);
          expect([fromNative.width, fromNative.height, fromNative.components, fromNative.convertedToRgb]).toEqual([
            fromWasm.width,
            fromWasm.height,
            fromWasm.components,
            fromWasm.convertedToRgb,
          ]);
          expect(fromNative.samples.constructor).toBe(fromWasm.samples.constructor);
          expect(
            Buffer.from(fromNative.samples.buffer).equals(
              Buffer.from(fromWasm.samples.buffer, fromWasm.samples.byteOffset, fromWasm.samples.byteLength),
            ),
          ).toBe(true);
        }
      });
    }

    it('gives the same samples on one thread and on four', () => {
      const { encoded, rows, columns } = firstFrame(fixtures.find((f) => f.file === 'mr16.j2k.dcm')!.path);
      const one = native.decode(encoded, columns, rows, 1);
      const four = native.decode(encoded, columns, rows, 4);
      expect(Buffer.from(one.samples).equals(Buffer.from(four.samples))).toBe(true);
      expect([one.width, one.height, one.components, one.bitsPerSample, one.signed]).toEqual([512, 512, 1, 16, false]);
    });

    it('refuses a codestream larger than the DICOM header says before decoding it', () => {
      const { encoded, rows, columns } = firstFrame(fixtures.find((f) => f.file === 'mr16.j2k.dcm')!.path);
      expect(() => native.decode(encoded, columns, rows - 1, 1)).toThrow(
        `the codestream is ${columns}x${rows} but the DICOM header says ${columns}x${rows - 1}`,
      );
    });

    it("reports OpenJPEG's error for a truncated codestream and for bytes that are not JPEG 2000", () => {
      const { encoded, rows, columns } = firstFrame(fixtures.find((f) => f.file === 'mr16.j2k.dcm')!.path);
      expect(() => decodeJpeg2000Natively(native, encoded.subarray(0, encoded.length >> 1), { rows, columns })).toThrow(
        /^OpenJPEG \(JPEG 2000\) could not decode the frame: .+/,
      );
      expect(() => decodeJpeg2000Natively(native, encoded.subarray(0, 40), { rows, columns })).toThrow(
        /OpenJPEG \(JPEG 2000\) could not decode the frame: .+/,
      );
      expect(() => native.decode(new Uint8Array([1, 2, 3, 4, 5]), columns, rows, 1)).toThrow('not a JPEG 2000 codestream');
      expect(() => native.decode(new Uint8Array(0), columns, rows, 1)).toThrow('not a JPEG 2000 codestream');
    });
  });

  it('SPINE_REVIEW_J2K_DECODER=wasm switches decodeFrame to WASM with the same pixels', () => {
    const path = fixtures.find((f) => f.file === 'ct16signed.j2k.dcm')!.path;
    const chosen = decodeFrame(path).pixels;
    process.env['SPINE_REVIEW_J2K_DECODER'] = 'wasm';
    expect(describeJpeg2000Decoder()).toBe('OpenJPEG WASM (SPINE_REVIEW_J2K_DECODER=wasm)');
    const fromWasm = decodeFrame(path).pixels;
    expect(fromWasm).toBeInstanceOf(Int16Array);
    expect(Array.from(fromWasm)).toEqual(Array.from(chosen));
  });
});
