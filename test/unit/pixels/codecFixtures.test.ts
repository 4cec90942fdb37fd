import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeFrame, initCodecs, TRANSFER_SYNTAXES } from '../../../electron/core/dicom/pixels';
import { codecFixtures, type CodecFixture } from '../../support/codecFixtures';
import { CODEC_SOURCES, sourceValues, type CodecSource } from '../../support/codecSources';

/**
 * Every fixture re-encoded by dcmtk / gdcm / OpenJPH decodes to the generator's values: exactly
 * for lossless syntaxes, within NEAR for near-lossless JPEG-LS, above a PSNR for lossy ones —
 * and lossy ones also agree with an independent native decoder (dcmdjpeg, gdcmconv, ojph_expand)
 * within the manifest's referenceTolerance.
 */
const fixtures = codecFixtures();

beforeAll(async () => {
  await initCodecs();
});

function decodeAll(path: string, frames: number): Float64Array {
  const parts = Array.from({ length: frames }, (_, f) => decodeFrame(path, f).pixels);
  const values = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    values.set(part, offset);
    offset += part.length;
  }
  return values;
}

function referenceValues(fixture: CodecFixture, source: CodecSource): ArrayLike<number> {
  const path = fixture.referencePath as string;
  if (path.endsWith('.dcm')) return decodeAll(path, source.frames);
  const raw = readFileSync(path);
  return source.bitsAllocated === 8 ? new Uint8Array(raw) : new Uint16Array(raw.buffer, raw.byteOffset, raw.length / 2);
}

function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs((a[i] as number) - (b[i] as number)));
  return max;
}

describe('codec fixtures', () => {
  it('cover every transfer syntax the decoder reads', () => {
    const covered = new Set(fixtures.map((f) => f.transferSyntax));
    // 4.202 (HTJ2K RPCL) is the same codestream as 4.201 with a progression order constraint.
    const missing = TRANSFER_SYNTAXES.map((ts) => ts.uid).filter((uid) => !covered.has(uid) && uid !== '1.2.840.10008.1.2.4.202');
    expect(missing).toEqual([]);
  });

  for (const fixture of fixtures) {
    it(`${fixture.file} (${fixture.transferSyntax}) decodes to the source values`, () => {
      const source = CODEC_SOURCES.find((s) => s.name === fixture.source);
      if (!source) throw new Error(`unknown source ${fixture.source}`);
      const expected = sourceValues(source);
      const samplesPerFrame = source.rows * source.columns * (source.photometric === 'RGB' ? 3 : 1);
      const decoded = new Float64Array(samplesPerFrame * source.frames);
      for (let f = 0; f < source.frames; f++) {
        const frame = decodeFrame(fixture.path, f);
        expect(frame.transferSyntaxUID).toBe(fixture.transferSyntax);
        expect([frame.rows, frame.columns, frame.frames, frame.frameIndex]).toEqual([source.rows, source.columns, source.frames, f]);
        expect(frame.pixels.length).toBe(samplesPerFrame);
        if (source.photometric === 'RGB') expect(frame.photometricInterpretation).toBe('RGB');
        else
          expect(frame.pixels).toBeInstanceOf(
            source.bitsAllocated === 8 ? (source.signed ? Int8Array : Uint8Array) : source.signed ? Int16Array : Uint16Array,
          );
        decoded.set(frame.pixels, f * samplesPerFrame);
      }
      const tolerance = fixture.tolerance;
      if (tolerance.kind === 'exact') expect(maxAbsDifference(decoded, expected)).toBe(0);
      else if (tolerance.kind === 'maxError') expect(maxAbsDifference(decoded, expected)).toBeLessThanOrEqual(tolerance.value);
      else {
        let squared = 0;
        for (let i = 0; i < decoded.length; i++) squared += ((decoded[i] as number) - (expected[i] as number)) ** 2;
        const peak = 2 ** source.bitsStored - 1;
        const psnr = 10 * Math.log10((peak * peak) / Math.max(squared / decoded.length, 1e-12));
        expect(psnr).toBeGreaterThanOrEqual(tolerance.value);
      }
      if (fixture.referencePath) {
        expect(maxAbsDifference(decoded, referenceValues(fixture, source))).toBeLessThanOrEqual(fixture.referenceTolerance);
      }
    });
  }
});
