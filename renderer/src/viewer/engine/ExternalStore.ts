/**
 * A value the React side reads with useSyncExternalStore (style.md, "The React ↔ canvas seam"):
 * listeners hear of a new value only when one of its fields changed.
 */
export class ExternalStore<T extends object> {
  private readonly listeners = new Set<() => void>();

  constructor(private value: T) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get = (): T => this.value;

  set(next: T): void {
    const changed = (Object.keys(next) as (keyof T)[]).some((k) => next[k] !== this.value[k]);
    if (!changed) return;
    this.value = next;
    for (const listener of this.listeners) listener();
  }

  clear(): void {
    this.listeners.clear();
  }
}
