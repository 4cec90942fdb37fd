import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IndexWriter } from '../../../electron/core/indexing/IndexWriter';
import { scanDicomTree } from '../../../electron/core/indexing/scanDicomTree';
import { openDatabase } from '../../../electron/core/store/openDatabase';
import { writeTestSlice } from '../../support/testDicom';

describe('scan + write', () => {
  it('indexes an RSNA layout', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sr-scan-'));
    for (let i = 0; i < 5; i++) {
      writeTestSlice(join(root, '100', '200', `${10 - i}.dcm`), {
        studyUid: '1.2.3', seriesUid: '1.2.3.4', sopUid: `1.2.3.4.${i}`, instanceNumber: 10 - i, position: [i * 4, -100, 100],
      });
    }
    writeFileSync(join(root, 'notes.txt'), 'hello');
    const db = openDatabase(join(root, 'db.sqlite'));
    const writer = new IndexWriter(db, root);
    const summary = await scanDicomTree(root, { onBatch: (b) => writer.write(b) });
    expect(summary.parsed).toBe(5);
    console.log(writer.counts, db.prepare('select * from instances order by slice_position').all().map((r: any) => [r.instance_number, r.slice_position]));
    console.log(db.prepare('select * from index_problems').all());
  });
});
