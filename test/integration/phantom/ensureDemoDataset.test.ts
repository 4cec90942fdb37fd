import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureDemoDataset, FIRST_START_DEMO } from '../../../electron/core/demo/ensureDemoDataset';
import { openDatabase } from '../../../electron/core/store/openDatabase';
import { workspaceCounts } from '../../../electron/core/store/workspaceCounts';

const root = mkdtempSync(join(tmpdir(), 'phantom-first-start-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('ensureDemoDataset (first start)', () => {
  it('fills an empty workspace once, then leaves it alone', async () => {
    const db = openDatabase(join(root, 'workspace.sqlite'));
    try {
      expect(FIRST_START_DEMO.studies).toBe(5);
      const first = await ensureDemoDataset(db, join(root, 'demo'), { studies: 1, reader: 'first-start' });
      expect(first?.dataset.studies).toBe(1);
      const counts = workspaceCounts(db);
      expect(counts.studies).toBe(1);
      expect(counts.instances).toBe(first?.dataset.instances);
      expect(counts.points).toBe(first?.dataset.points);
      expect(counts.labelledCells).toBe(first?.dataset.labelledCells);
      expect(db.prepare('SELECT reader FROM imports').pluck().get()).toBe('first-start');

      const second = await ensureDemoDataset(db, join(root, 'demo-again'), { studies: 1 });
      expect(second).toBeNull();
      expect(workspaceCounts(db).studies).toBe(1);
      expect(readdirSync(root).sort()).toEqual(
        ['demo', 'workspace.sqlite', ...readdirSync(root).filter((f) => f.startsWith('workspace.sqlite-'))].sort(),
      );
    } finally {
      db.close();
    }
  });
});
