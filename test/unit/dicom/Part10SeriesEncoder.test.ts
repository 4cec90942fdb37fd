import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodePart10 } from '../../../electron/core/dicom/encodePart10';
import { Part10SeriesEncoder } from '../../../electron/core/dicom/Part10SeriesEncoder';
import { readDicomHeader } from '../../../electron/core/dicom/readDicomHeader';
import { testSliceDataset } from '../../support/testDicom';

const dir = mkdtempSync(join(tmpdir(), 'sr-encoder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Part10SeriesEncoder', () => {
  const full = testSliceDataset({
    studyUid: '1.2.3',
    seriesUid: '1.2.3.4',
    sopUid: '1.2.3.4.1',
    instanceNumber: 7,
    rows: 8,
    columns: 6,
    pixel: (r, c) => r * 100 + c,
  });
  const { PixelData: _pixels, _vrMap: _vr, SOPInstanceUID: _sop, InstanceNumber: _n, ...series } = full;

  it('writes the same bytes as encoding the whole dataset with dcmjs', () => {
    const encoder = new Part10SeriesEncoder(series);
    const pixels = new Uint16Array(8 * 6).map((_, i) => Math.floor(i / 6) * 100 + (i % 6));
    const fast = encoder.encode({ SOPInstanceUID: '1.2.3.4.1', InstanceNumber: 7 }, pixels);
    expect(fast.equals(encodePart10(full))).toBe(true);
  });

  it('is read back by the indexer and by dcmdump with its pixels', () => {
    const encoder = new Part10SeriesEncoder(series);
    const pixels = new Uint16Array(48).fill(4095);
    const file = join(dir, 'a.dcm');
    writeFileSync(file, encoder.encode({ SOPInstanceUID: '1.2.3.4.9', InstanceNumber: 9 }, pixels));
    const header = readDicomHeader(file);
    expect(header.instanceNumber).toBe(9);
    expect(header.sopInstanceUid).toBe('1.2.3.4.9');
    const dump = spawnSync('dcmdump', ['+P', '7fe0,0010', file], { encoding: 'utf8' });
    expect(dump.status).toBe(0);
    expect(dump.stdout).toMatch(/OW 0fff\\0fff/);
    expect(dump.stdout).toMatch(/#\s+96, 1 PixelData/);
  });

  it('refuses pixel data in the series dataset', () => {
    expect(() => new Part10SeriesEncoder(full)).toThrow(/give pixels to encode/);
  });
});
