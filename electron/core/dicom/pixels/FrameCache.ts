import type { DecodedFrame } from '../../../common/imaging';

/**
 * Least-recently-used decoded frames, bounded by the bytes of their pixels (a setting: the
 * viewer keeps the current series' slices). A frame larger than the whole limit is not kept.
 */
export class FrameCache {
  private readonly frames = new Map<string, DecodedFrame>();
  private used = 0;

  constructor(readonly maxBytes: number) {
    if (!(maxBytes >= 0)) throw new RangeError(`cache limit must be ≥ 0 bytes, got ${maxBytes}`);
  }

  static key(filePath: string, frameIndex: number): string {
    return `${frameIndex}\u0000${filePath}`;
  }

  get bytes(): number {
    return this.used;
  }

  get size(): number {
    return this.frames.size;
  }

  get(key: string): DecodedFrame | undefined {
    const frame = this.frames.get(key);
    if (frame) {
      // Map keeps insertion order: re-inserting marks it most recently used.
      this.frames.delete(key);
      this.frames.set(key, frame);
    }
    return frame;
  }

  set(key: string, frame: DecodedFrame): void {
    this.delete(key);
    const size = frame.pixels.byteLength;
    if (size > this.maxBytes) return;
    while (this.used + size > this.maxBytes) {
      const oldest = this.frames.keys().next().value as string;
      this.delete(oldest);
    }
    this.frames.set(key, frame);
    this.used += size;
  }

  delete(key: string): void {
    const frame = this.frames.get(key);
    if (!frame) return;
    this.frames.delete(key);
    this.used -= frame.pixels.byteLength;
  }

  clear(): void {
    this.frames.clear();
    this.used = 0;
  }
}
