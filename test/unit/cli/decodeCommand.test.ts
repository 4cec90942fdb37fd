import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { CODEC_FIXTURES_DIR, codecFixtures } from '../../support/codecFixtures';
import { CODEC_SOURCES, sourceValues } from '../../support/codecSources';

/** The real `spine-review decode` command, run as a process. */
codecFixtures();
const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'spine-review.js');
const out = mkdtempSync(join(tmpdir(), 'sr-decode-cli-'));

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string; summary: Record<string, unknown> | null } {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    summary: last.startsWith('{') ? (JSON.parse(last) as Record<string, unknown>) : null,
  };
}

describe('spine-review decode', () => {
  it("writes every frame's stored values as little-endian integers and prints the pixel module", () => {
    const raw = join(out, 'multiframe.bin');
    const run = cli('decode', join(CODEC_FIXTURES_DIR, 'multiframe.jpegls-fragments.dcm'), '--raw', raw);
    expect(run.status).toBe(0);
    expect(readFileSync(raw).equals(readFileSync(join(CODEC_FIXTURES_DIR, 'source', 'multiframe.raw')))).toBe(true);
    expect(run.summary).toMatchObject({
      rows: 256,
      columns: 256,
      frames: 4,
      bitsAllocated: 16,
      bitsStored: 12,
      pixelRepresentation: 0,
      photometricInterpretation: 'MONOCHROME2',
      samplesPerPixel: 1,
      rescaleSlope: 1,
      rescaleIntercept: 0,
      windowCenter: [],
      windowWidth: [],
      transferSyntaxUID: '1.2.840.10008.1.2.4.80',
    });
  });

  it('writes signed values sign-extended from a big endian file', () => {
    const raw = join(out, 'signed12.bin');
    const run = cli('decode', join(CODEC_FIXTURES_DIR, 'signed12.bigendian.dcm'), '--raw', raw);
    expect(run.status).toBe(0);
    expect(readFileSync(raw).equals(readFileSync(join(CODEC_FIXTURES_DIR, 'source', 'signed12.raw')))).toBe(true);
    expect(run.summary).toMatchObject({ pixelRepresentation: 1, bitsStored: 12, transferSyntaxUID: '1.2.840.10008.1.2.2' });
  });

  it('writes a PNG of the slice through its first window', () => {
    const png = join(out, 'ct.png');
    const run = cli('decode', join(CODEC_FIXTURES_DIR, 'ct16signed.j2k.dcm'), '--png', png);
    expect(run.status).toBe(0);
    expect(run.summary).toMatchObject({
      windowCenter: [40, 400],
      windowWidth: [400, 1800],
      rescaleIntercept: -1024,
      pngWindow: { center: 40, width: 400 },
    });
    const image = PNG.sync.read(readFileSync(png));
    expect([image.width, image.height]).toEqual([512, 512]);
    // By hand from the source values: HU = stored − 1024, then LINEAR 40/400 (PS3.3 C.11.2.1.2.1).
    const stored = sourceValues(CODEC_SOURCES.find((s) => s.name === 'ct16signed')!);
    let mismatches = 0;
    for (let p = 0; p < stored.length; p++) {
      const hu = (stored[p] as number) - 1024;
      const expected = hu <= 40 - 0.5 - 399 / 2 ? 0 : hu > 40 - 0.5 + 399 / 2 ? 255 : Math.round(((hu - 39.5) / 399 + 0.5) * 255);
      if (image.data[p * 4] !== expected) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('fails with the file named on stderr and exit code 1', () => {
    const bad = join(out, 'missing.dcm');
    const run = cli('decode', bad, '--raw', join(out, 'x.bin'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${bad}: cannot read file`);
  });
});
