import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePhantomDataset } from '../../phantom/generatePhantomDataset';
import { generatePhantomStudy } from '../../phantom/generatePhantomStudy';
import type { StudyTruth } from '../../phantom/truth/StudyTruth';

export interface PhantomFixture {
  readonly dir: string;
  readonly imagesDir: string;
  readonly truth: StudyTruth[];
}

/**
 * A small phantom dataset for tests: `studies` random studies (pitfalls drawn) plus two with
 * pitfalls imposed, one with every structural pitfall and one missing its sagittal T1, so each
 * pitfall is exercised whatever the seed draws.
 */
export async function phantomFixture(seed: number, studies: number): Promise<PhantomFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'phantom-test-'));
  const dataset = await generatePhantomDataset(dir, { studies, seed });
  const extra = [
    generatePhantomStudy(dataset.imagesDir, seed, studies, {
      pitfalls: { shuffledInstances: true, axialSeriesCount: 2, axialSkipsL1L2: true, missingSliceThickness: true, matrixChange: true },
    }).truth,
    generatePhantomStudy(dataset.imagesDir, seed, studies + 1, { pitfalls: { missingSeries: 'sag_t1' }, sagittalT2: 'stir' }).truth,
  ];
  return { dir, imagesDir: dataset.imagesDir, truth: [...dataset.truth, ...extra] };
}

/** Every file under a folder, recursively, sorted. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}
