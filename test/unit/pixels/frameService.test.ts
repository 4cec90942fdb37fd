import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DecodeError,
  DecodeWorkerPool,
  decodeFrame,
  FrameCache,
  FrameService,
  initCodecs,
  type DecodedFrame,
} from '../../../electron/core/dicom/pixels';
import { CODEC_FIXTURES_DIR, codecFixtures } from '../../support/codecFixtures';

codecFixtures();
const fixture = (name: string): string => join(CODEC_FIXTURES_DIR, name);

function frameOfBytes(bytes: number): DecodedFrame {
  return { pixels: new Uint8Array(bytes) } as unknown as DecodedFrame;
}

describe('FrameCache', () => {
  it('evicts the least recently used frames to stay within its byte limit', () => {
    const cache = new FrameCache(1000);
    cache.set('a', frameOfBytes(400));
    cache.set('b', frameOfBytes(400));
    expect(cache.get('a')).toBeDefined(); // a is now the most recent
    cache.set('c', frameOfBytes(400));
    expect([cache.get('a') !== undefined, cache.get('b') !== undefined, cache.get('c') !== undefined]).toEqual([true, false, true]);
    expect(cache.bytes).toBe(800);
  });

  it('does not keep a frame larger than the whole limit, and replaces a key in place', () => {
    const cache = new FrameCache(1000);
    cache.set('big', frameOfBytes(1001));
    expect(cache.size).toBe(0);
    cache.set('a', frameOfBytes(100));
    cache.set('a', frameOfBytes(300));
    expect([cache.size, cache.bytes]).toEqual([1, 300]);
  });
});

describe('FrameService (worker threads)', () => {
  let service: FrameService;

  beforeAll(async () => {
    await initCodecs();
    service = new FrameService({ cacheBytes: 4 * 1024 * 1024, size: 2 });
  });

  afterAll(async () => {
    await service.close();
  });

  it('decodes in a worker to the same values as in-thread, with a buffer the caller owns', async () => {
    const path = fixture('mr16.jpegls.dcm');
    const frame = await service.getFrame(path, 0);
    const local = decodeFrame(path, 0);
    expect(frame.pixels).toBeInstanceOf(Uint16Array);
    expect(frame.pixels.byteLength).toBe(frame.pixels.buffer.byteLength);
    expect(
      Buffer.from(frame.pixels.buffer).equals(Buffer.from(local.pixels.buffer, local.pixels.byteOffset, local.pixels.byteLength)),
    ).toBe(true);
    expect({ ...frame, pixels: null }).toEqual({ ...local, pixels: null });
  });

  it('decodes JPEG 2000 in a worker (the native binding loads in worker threads) to the in-thread values', async () => {
    for (const name of ['mr16.j2k.dcm', 'rgb.j2k-lossy.dcm']) {
      const frame = await service.getFrame(fixture(name), 0);
      const local = decodeFrame(fixture(name), 0);
      expect(
        Buffer.from(frame.pixels.buffer).equals(Buffer.from(local.pixels.buffer, local.pixels.byteOffset, local.pixels.byteLength)),
      ).toBe(true);
    }
  });

  it('serves a second request from the cache, and a transferred copy does not empty the cache', async () => {
    const path = fixture('ct16signed.j2k.dcm');
    const before = service.pool.decoded;
    const first = await service.getFrame(path);
    structuredClone(first.pixels.buffer, { transfer: [first.pixels.buffer as ArrayBuffer] }); // what sending it to the renderer does
    expect(first.pixels.byteLength).toBe(0);
    const second = await service.getFrame(path);
    expect(service.pool.decoded - before).toBe(1);
    expect(second.pixels.length).toBe(512 * 512);
  });

  it('shares one decode between concurrent requests and decodes many frames in parallel', async () => {
    const before = service.pool.decoded;
    const same = await Promise.all([0, 1, 2].map(() => service.getFrame(fixture('multiframe.htj2k.dcm'), 3)));
    expect(service.pool.decoded - before).toBe(1);
    expect(same.every((f) => f.frameIndex === 3)).toBe(true);
    const frames = await Promise.all([0, 1, 2, 3].map((i) => service.getFrame(fixture('multiframe.rle.dcm'), i)));
    expect(frames.map((f) => f.frameIndex)).toEqual([0, 1, 2, 3]);
  });

  it('rejects a bad file with a DecodeError naming it', async () => {
    const path = fixture('no-such-file.dcm');
    await expect(service.getFrame(path)).rejects.toSatisfy(
      (error: unknown) => error instanceof DecodeError && error.filePath === path && /cannot read file/.test(error.reason),
    );
  });
});

describe('DecodeWorkerPool', () => {
  it('fails the job of a worker that dies, naming the file, and keeps serving', async () => {
    const pool = new DecodeWorkerPool({ workerEntry: new URL('../../support/crashingDecodeWorker.ts', import.meta.url), size: 1 });
    try {
      await expect(pool.decode('/x/first.dcm')).rejects.toThrow('/x/first.dcm: decode worker stopped: exit code 3');
      await expect(pool.decode('/x/second.dcm')).rejects.toThrow(/second\.dcm: decode worker stopped/);
    } finally {
      await pool.close();
    }
    await expect(pool.decode('/x/third.dcm')).rejects.toThrow(/closed/);
  });
});
