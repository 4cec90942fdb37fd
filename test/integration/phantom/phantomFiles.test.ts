import { rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MR_IMAGE_STORAGE } from '../../../electron/core/dicom/encodePart10';
import { readDicomHeader } from '../../../electron/core/dicom/readDicomHeader';
import { indexFolder } from '../../../electron/core/indexing/indexFolder';
import { openDatabase } from '../../../electron/core/store/openDatabase';
import { dciodvfy, readWithPydicom, type PydicomFile } from '../../support/dicomTools';
import { filesUnder, phantomFixture, type PhantomFixture } from '../../support/phantomFixture';

/**
 * dciodvfy warnings we accept: the Modality LUT rescale attributes are not part of the classic
 * MR Image IOD (PS3.3 A.4), yet the issue asks for them and many scanners write them; dciodvfy
 * then also calls the object a Standard Extended SOP Class. Anything else fails the test.
 */
const ACCEPTED_WARNINGS = [
  /Attribute is not present in standard DICOM IOD - \(0x0028,0x105[234]\)/,
  /Dicom dataset contains attributes not present in standard DICOM IOD - this is a Standard Extended SOP Class/,
];

let fixture: PhantomFixture;
let files: string[];
let parsed: PydicomFile[];

beforeAll(async () => {
  fixture = await phantomFixture(101, 3);
  files = filesUnder(fixture.imagesDir);
  parsed = readWithPydicom(files);
});

afterAll(() => rmSync(fixture.dir, { recursive: true, force: true }));

describe('phantom DICOM files', () => {
  it('are all read by pydicom as MR images with consistent identifiers', () => {
    expect(files.length).toBe(fixture.truth.reduce((n, t) => n + t.series.reduce((m, s) => m + s.instanceCount, 0), 0));
    expect(parsed.length).toBe(files.length);
    const sopUids = new Set<string>();
    const seriesUidByFolder = new Map<string, string>();
    const studyUidByFolder = new Map<string, string>();
    for (const f of parsed) {
      expect(f.sopClassUid).toBe(MR_IMAGE_STORAGE);
      expect(f.modality).toBe('MR');
      expect(f.shape).toEqual([f.rows, f.columns]);
      expect(f.rows).toBeGreaterThanOrEqual(256);
      expect(f.rows).toBeLessThanOrEqual(640);
      expect(f.pixelMax).toBeLessThanOrEqual(2 ** f.bitsStored - 1);
      expect(f.pixelMean).toBeGreaterThan(0);
      expect(`${f.instanceNumber}.dcm`).toBe(basename(f.file));
      expect(f.windowWidth).toBeGreaterThan(1);
      expect(f.iop).toHaveLength(6);
      sopUids.add(f.sopInstanceUid);
      const seriesFolder = dirname(f.file);
      expect(seriesUidByFolder.get(seriesFolder) ?? f.seriesInstanceUid).toBe(f.seriesInstanceUid);
      seriesUidByFolder.set(seriesFolder, f.seriesInstanceUid);
      const studyFolder = dirname(seriesFolder);
      expect(studyUidByFolder.get(studyFolder) ?? f.studyInstanceUid).toBe(f.studyInstanceUid);
      studyUidByFolder.set(studyFolder, f.studyInstanceUid);
    }
    expect(sopUids.size).toBe(files.length);
    expect(new Set(seriesUidByFolder.values()).size).toBe(seriesUidByFolder.size);
  });

  it('share one frame of reference per study and carry the pitfalls asked for', () => {
    for (const truth of fixture.truth) {
      const mine = parsed.filter((f) => f.file.includes(`/${truth.studyId}/`));
      expect(new Set(mine.map((f) => f.frameOfReferenceUid)).size).toBe(1);
      if (truth.pitfalls.missingSliceThickness) expect(mine.some((f) => f.sliceThickness === null)).toBe(true);
      if (truth.pitfalls.matrixChange) {
        const bySeries = new Map<string, Set<number>>();
        for (const f of mine) bySeries.set(f.seriesInstanceUid, (bySeries.get(f.seriesInstanceUid) ?? new Set()).add(f.rows));
        expect([...bySeries.values()].some((sizes) => sizes.size > 1)).toBe(true);
      }
      if (truth.pitfalls.missingSeries) expect(truth.series.some((s) => s.role === truth.pitfalls.missingSeries)).toBe(false);
      if (truth.pitfalls.axialSeriesCount > 1)
        expect(truth.series.filter((s) => s.role === 'ax_t2').length).toBe(truth.pitfalls.axialSeriesCount);
    }
  });

  it('validate against the MR Image IOD with dciodvfy: no errors, only the accepted warnings', () => {
    const unexpected = new Set<string>();
    for (const file of files) {
      const { errors, warnings } = dciodvfy(file);
      expect(errors, file).toEqual([]);
      for (const w of warnings) if (!ACCEPTED_WARNINGS.some((re) => re.test(w))) unexpected.add(w);
    }
    expect([...unexpected]).toEqual([]);
  }, 240_000);

  it('are read by the indexer with nothing skipped', async () => {
    for (const file of files) expect(() => readDicomHeader(file)).not.toThrow();
    const db = openDatabase(join(fixture.dir, 'index.sqlite'));
    try {
      const summary = await indexFolder(db, fixture.imagesDir);
      expect(summary.skipped).toBe(0);
      expect(summary.instancesAdded).toBe(files.length);
      expect(db.prepare('SELECT count(*) FROM studies').pluck().get()).toBe(fixture.truth.length);
    } finally {
      db.close();
    }
  });
});
