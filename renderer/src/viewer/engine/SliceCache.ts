import type { DisplayedFrame } from '../../../../electron/common/imaging';

/**
 * The renderer's own cache of decoded frames (LRU, bounded in bytes), in front of `pixels:get`:
 * a slice seen once scrolls back without another IPC round trip. Concurrent requests for one
 * slice share a promise; read-ahead runs a few requests at a time so the slice the reader asked
 * for never waits behind a whole series.
 */
export class SliceCache {
  private readonly entries = new Map<string, DisplayedFrame>();
  private readonly pending = new Map<string, Promise<DisplayedFrame>>();
  /** Read-ahead per view: each view's own order, served in turn, so no view's slices wait behind another's. */
  private readonly queues = new Map<string, number[]>();
  private bytes = 0;
  private active = 0;

  constructor(
    private readonly load: (instanceId: number, frame: number) => Promise<DisplayedFrame>,
    private readonly maxBytes = 512 * 2 ** 20,
    private readonly readAhead = 3,
  ) {}

  private static key(instanceId: number, frame: number): string {
    return `${instanceId}:${frame}`;
  }

  /** The slice if it is in memory now (marks it most recently used). */
  peek(instanceId: number, frame = 0): DisplayedFrame | undefined {
    const key = SliceCache.key(instanceId, frame);
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  get(instanceId: number, frame = 0): Promise<DisplayedFrame> {
    const hit = this.peek(instanceId, frame);
    if (hit) return Promise.resolve(hit);
    const key = SliceCache.key(instanceId, frame);
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.load(instanceId, frame).then(
        (slice) => {
          this.pending.delete(key);
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

  private store(key: string, slice: DisplayedFrame): void {
    this.entries.set(key, slice);
    this.bytes += slice.pixels.byteLength;
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.maxBytes || oldKey === key) break;
      this.entries.delete(oldKey);
      this.bytes -= old.pixels.byteLength;
    }
  }
}
