import type { DisplayedFrame } from '../../../../electron/common/imaging';
import type { SliceCache } from './SliceCache';
import type { ViewSlice } from './ViewSeries';

/** What a viewport does when the slice it asked for arrives, or cannot be had. */
export interface SliceLoaderEvents {
  /** The slice is in memory: show it. `first`: nothing was shown before it (since reset). */
  shown(frame: DisplayedFrame, index: number, first: boolean): void;
  failed(): void;
}

/**
 * Loads the slices a viewport asks for through the renderer's cache and keeps the one shown
 * and the last failure. An answer that arrives after the viewport moved on is dropped; reading
 * ahead goes nearest first, in the viewport's own queue of the cache.
 */
export class SliceLoader {
  private frame: DisplayedFrame | null = null;
  private frameIndex = -1;
  private failure: string | null = null;

  /** `owner`: the viewport's name (its read-ahead queue, its User Timing marks). */
  constructor(
    private readonly cache: SliceCache,
    private readonly owner: string,
    private readonly events: SliceLoaderEvents,
  ) {}

  /** The frame on screen, if any. */
  get shown(): DisplayedFrame | null {
    return this.frame;
  }

  /** The index of the slice on screen; −1 before the first. */
  get shownIndex(): number {
    return this.frameIndex;
  }

  /** Why the last slice asked for cannot be shown, if it cannot. */
  get error(): string | null {
    return this.failure;
  }

  /** Another series: nothing shown, no failure. */
  reset(): void {
    this.frame = null;
    this.frameIndex = -1;
    this.failure = null;
  }

  clearError(): void {
    this.failure = null;
  }

  /** Shows the slice at once when the cache holds it, else when it arrives and `stillWanted()`. */
  load(slice: ViewSlice, stillWanted: () => boolean): void {
    const requested = performance.now();
    const cached = this.cache.peek(slice.instanceId);
    if (cached) {
      this.markReady(requested, true);
      this.show(cached, slice.index);
      return;
    }
    this.cache.get(slice.instanceId).then(
      (loaded) => {
        if (!stillWanted()) return;
        this.markReady(requested, false);
        this.show(loaded, slice.index);
      },
      (error: unknown) => {
        if (!stillWanted()) return;
        this.failure = error instanceof Error ? error.message : String(error);
        this.events.failed();
      },
    );
  }

  /** Reads the series ahead in the background, nearest the slice at `index` first. */
  prefetchAround(slices: readonly ViewSlice[], index: number): void {
    const order = [...slices].sort((a, b) => Math.abs(a.index - index) - Math.abs(b.index - index));
    this.cache.prefetch(
      this.owner,
      order.map((s) => s.instanceId),
    );
  }

  /** User Timing mark for bench/viewer.bench.ts: a slice asked for → its pixels in the renderer. */
  private markReady(requested: number, cached: boolean): void {
    performance.mark('spine:slice-ready', { detail: { view: this.owner, cached, ms: performance.now() - requested } });
  }

  private show(frame: DisplayedFrame, index: number): void {
    const first = this.frame === null;
    this.frame = frame;
    this.frameIndex = index;
    this.events.shown(frame, index, first);
  }
}
