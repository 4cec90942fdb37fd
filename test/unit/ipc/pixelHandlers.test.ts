import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FramePixels } from '../../../electron/common/contract';
import { dispatch } from '../../../electron/workspace/dispatch';
import { labelledStudy, SERIES_KEYS } from '../../support/labelledStudy';
import { nodeWorkspace } from '../../support/nodeWorkspace';
import { tempDir } from '../../support/tempDir';

describe('pixels:get over the handler table', () => {
  const dir = tempDir();
  const { workspace } = nodeWorkspace(join(dir, 'db.sqlite'));
  const { db } = workspace.services;

  it('answers an indexed instance with its stored values, decoded in a worker, and the LUT inputs', async () => {
    await labelledStudy(db, join(dir, 'images'));
    const instanceId = db
      .prepare('SELECT i.id FROM instances i JOIN series s ON s.id = i.series_id WHERE s.series_key = ? ORDER BY i.id LIMIT 1')
      .pluck()
      .get(SERIES_KEYS.t1) as number;
    const answer = await dispatch(workspace.handlers, 'pixels:get', { instanceId, frame: 0 });
    if (!answer.ok) throw new Error(answer.error.message);
    const frame = answer.value as FramePixels;
    expect(frame).toMatchObject({
      instanceId,
      rows: 64,
      columns: 64,
      bitsAllocated: 16,
      bitsStored: 12,
      pixelRepresentation: 0,
      photometricInterpretation: 'MONOCHROME2',
      rescaleSlope: 1,
      rescaleIntercept: 0,
      pixelsType: 'Uint16Array',
      windowCenter: [],
      windowWidth: [],
    });
    expect(frame.pixels).toBeInstanceOf(ArrayBuffer);
    const values = new Uint16Array(frame.pixels);
    // test/support/testDicom.ts writes (r·7 + c·3) mod 4096 at row r, column c.
    expect([values[0], values[1], values[64], values[64 * 10 + 5]]).toEqual([0, 3, 7, 85]);
    expect(values).toHaveLength(64 * 64);
  });

  it('refuses an instance that is not indexed or a frame it does not have', async () => {
    expect(await dispatch(workspace.handlers, 'pixels:get', { instanceId: 99_999, frame: 0 })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'instance 99999 not found' },
    });
    const any = db.prepare('SELECT id FROM instances LIMIT 1').pluck().get() as number;
    expect(await dispatch(workspace.handlers, 'pixels:get', { instanceId: any, frame: 1 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await dispatch(workspace.handlers, 'pixels:get', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('starts decoding the first slice of each view as soon as the study is asked for', async () => {
    const { frames } = workspace.services;
    frames.cache.clear();
    const studyId = db.prepare('SELECT id FROM studies').pluck().get() as number;
    const answer = await dispatch(workspace.handlers, 'studies:get', { studyId });
    expect(answer.ok).toBe(true);
    await expect.poll(() => frames.cache.size, { timeout: 20_000 }).toBe(3);
  });
});
