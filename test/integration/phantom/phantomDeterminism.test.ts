import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePhantomDataset } from '../../../phantom/generatePhantomDataset';
import { filesUnder } from '../../support/phantomFixture';

const root = mkdtempSync(join(tmpdir(), 'phantom-determinism-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** sha256 of every file, keyed by its path inside the dataset folder. */
function hashes(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]));
}

describe('phantom determinism', () => {
  it('writes the same bytes for the same seed, and a different dataset for another seed', async () => {
    const a = join(root, 'a');
    const b = join(root, 'b');
    const c = join(root, 'c');
    await generatePhantomDataset(a, { studies: 2, seed: 77 });
    await generatePhantomDataset(b, { studies: 2, seed: 77 });
    await generatePhantomDataset(c, { studies: 2, seed: 78 });
    const ha = hashes(a);
    const hb = hashes(b);
    const hc = hashes(c);
    expect(ha.size).toBeGreaterThan(50);
    expect([...hb.entries()]).toEqual([...ha.entries()]);
    // Another seed: other study ids, other UIDs, other pixels, other labels.
    expect(hc.get('train.csv')).not.toBe(ha.get('train.csv'));
    const shared = [...hc.keys()].filter((k) => ha.has(k) && k.endsWith('.dcm'));
    expect(shared).toEqual([]);
  });

  it('generates a study the same whether alone or among others', async () => {
    const one = await generatePhantomDataset(join(root, 'one'), { studies: 1, seed: 5 });
    const three = await generatePhantomDataset(join(root, 'three'), { studies: 3, seed: 5 });
    const first = (dir: string, id: string): Map<string, string> => new Map([...hashes(join(dir, 'train_images', id)).entries()]);
    const id = one.truth[0]?.studyId as string;
    expect(three.truth[0]?.studyId).toBe(id);
    expect([...first(three.imagesDir.replace(/train_images$/, ''), id).entries()]).toEqual([
      ...first(one.imagesDir.replace(/train_images$/, ''), id).entries(),
    ]);
  });
});
