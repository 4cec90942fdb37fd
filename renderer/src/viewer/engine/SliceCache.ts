import type { FramePixels } from '../../../../electron/common/contract';

export type StoredValues = Uint8Array | Int8Array | Uint16Array | Int16Array;

/** A frame in the renderer: its header values and its stored values as a typed array. */
export interface LoadedSlice {
  readonly info: Omit<FramePixels, 'pixels'>;
  readonly values: StoredValues;
}

function typedView(frame: FramePixels): StoredValues {
  switch (frame.pixelsType) {
    case 'Int8Array':
      return new Int8Array(frame.pixels);
    case 'Uint16Array':
      return new Uint16Array(frame.pixels);
    case 'Int16Array':
      return new Int16Array(frame.pixels);
    default:
      return new Uint8Array(frame.pixels);
  }
}

/**
 * The renderer's own cache of decoded slices (LRU, bounded in bytes), in front of `pixels:get`:
 * a slice seen once scrolls back without another IPC round trip. Concurrent requests for one
 * slice share a promise; read-ahead runs a few requests at a time so the slice the reader asked
 * for never waits behind a whole series.
 */
export class SliceCache {
  private readonly entries = new Map<string, LoadedSlice>();
  private readonly pending = new Map<string, Promise<LoadedSlice>>();
  /** Read-ahead per view: each view's own order, served in turn, so no view's slices wait behind another's. */
  private readonly queues = new Map<string, number[]>();
  private bytes = 0;
  private active = 0;

  constructor(
    private readonly load: (instanceId: number, frame: number) => Promise<FramePixels>,
    private readonly maxBytes = 512 * 2 ** 20,
    private readonly readAhead = 3,
  ) {}

  private static key(instanceId: number, frame: number): string {
    return `${instanceId}:${frame}`;
  }

  /** The slice if it is in memory now (marks it most recently used). */
  peek(instanceId: number, frame = 0): LoadedSlice | undefined {
    const key = SliceCache.key(instanceId, frame);
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  get(instanceId: number, frame = 0): Promise<LoadedSlice> {
    const hit = this.peek(instanceId, frame);
    if (hit) return Promise.resolve(hit);
    const key = SliceCache.key(instanceId, frame);
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.load(instanceId, frame).then(
        (frameData) => {
          this.pending.delete(key);
          const { pixels: _pixels, ...info } = frameData;
          const slice: LoadedSlice = { info, values: typedView(frameData) };
          this.store(key, slice);
          return slice;
        },
        (error: unknown) => {
          this.pending.delete(key);
          throw error;
        },
      );
      this.pending.set(key, pending);
    }
    return pending;
  }

  /** Queues a view's slices to load in the background, nearest first as given; replaces that view's previous read-ahead. */
  prefetch(owner: string, instanceIds: readonly number[]): void {
    this.queues.set(
      owner,
      instanceIds.filter((id) => !this.entries.has(SliceCache.key(id, 0))),
    );
    this.pump();
  }

  private nextQueued(): number | undefined {
    for (const [owner, queue] of this.queues) {
      // Round robin: the owner served goes to the back of the map's order.
      this.queues.delete(owner);
      let id = queue.shift();
      while (id !== undefined && (this.entries.has(SliceCache.key(id, 0)) || this.pending.has(SliceCache.key(id, 0)))) id = queue.shift();
      if (queue.length > 0) this.queues.set(owner, queue);
      if (id !== undefined) return id;
    }
    return undefined;
  }

  private pump(): void {
    while (this.active < this.readAhead) {
      const next = this.nextQueued();
      if (next === undefined) return;
      this.active++;
      this.get(next, 0)
        .catch(() => undefined)
        .finally(() => {
          this.active--;
          this.pump();
        });
    }
  }

  private store(key: string, slice: LoadedSlice): void {
    this.entries.set(key, slice);
    this.bytes += slice.values.byteLength;
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.maxBytes || oldKey === key) break;
      this.entries.delete(oldKey);
      this.bytes -= old.values.byteLength;
    }
  }
}
