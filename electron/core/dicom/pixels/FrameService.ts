import type { DecodedFrame } from '../../../common/imaging';
import { DecodeWorkerPool, defaultDecodeWorkerEntry, type DecodeWorkerPoolOptions } from './DecodeWorkerPool';
import { FrameCache } from './FrameCache';

export interface FrameServiceOptions extends Partial<DecodeWorkerPoolOptions> {
  /** Byte limit of the decoded-frame cache (a user setting). */
  readonly cacheBytes: number;
}

/**
 * Frames for the viewer: decoded in worker threads, kept in an LRU cache bounded in bytes,
 * concurrent requests for one frame shared. `getFrame` hands out a frame whose pixel buffer
 * the caller owns (a copy of the cached one), so it can be transferred to the renderer without
 * emptying the cache.
 */
export class FrameService {
  readonly cache: FrameCache;
  readonly pool: DecodeWorkerPool;
  private readonly inFlight = new Map<string, Promise<DecodedFrame>>();

  constructor(options: FrameServiceOptions) {
    const entry = options.workerEntry ? { workerEntry: options.workerEntry, execArgv: options.execArgv ?? [] } : defaultDecodeWorkerEntry();
    this.pool = new DecodeWorkerPool({ ...entry, ...(options.size ? { size: options.size } : {}) });
    this.cache = new FrameCache(options.cacheBytes);
  }

  async getFrame(filePath: string, frameIndex = 0): Promise<DecodedFrame> {
    const frame = await this.cached(filePath, frameIndex);
    return { ...frame, pixels: frame.pixels.slice() };
  }

  /** Decodes into the cache without handing a copy out (read-ahead of neighbouring slices). */
  async prefetch(filePath: string, frameIndex = 0): Promise<void> {
    await this.cached(filePath, frameIndex);
  }

  close(): Promise<void> {
    this.cache.clear();
    return this.pool.close();
  }

  private cached(filePath: string, frameIndex: number): Promise<DecodedFrame> {
    const key = FrameCache.key(filePath, frameIndex);
    const hit = this.cache.get(key);
    if (hit) return Promise.resolve(hit);
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.pool.decode(filePath, frameIndex).then(
        (frame) => {
          this.inFlight.delete(key);
          this.cache.set(key, frame);
          return frame;
        },
        (error: unknown) => {
          this.inFlight.delete(key);
          throw error;
        },
      );
      this.inFlight.set(key, pending);
    }
    return pending;
  }
}
