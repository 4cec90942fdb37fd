import { useCallback, useEffect, useEffectEvent, useState } from 'react';

export type AsyncState<T> =
  { status: 'loading'; value: T | null } | { status: 'ready'; value: T } | { status: 'error'; error: Error; value: T | null };

interface Settled<T> {
  readonly token: string;
  readonly value: T | null;
  readonly error: Error | null;
}

/**
 * Runs `load` when `key` changes and on `reload()`. While a new load is under way the last value
 * stays (a list does not flash empty); an answer for a key that is no longer current is dropped.
 */
export function useAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> & { reload: () => void } {
  const [generation, setGeneration] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const token = `${key}#${generation}`;
  const runLoad = useEffectEvent(load);

  useEffect(() => {
    let current = true;
    runLoad().then(
      (value) => {
        if (current) setSettled({ token, value, error: null });
      },
      (error: unknown) => {
        if (current)
          setSettled((previous) => ({
            token,
            value: previous?.value ?? null,
            error: error instanceof Error ? error : new Error(String(error)),
          }));
      },
    );
    return () => {
      current = false;
    };
  }, [token]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const value = settled?.value ?? null;
  if (settled?.token !== token) return { status: 'loading', value, reload };
  if (settled.error) return { status: 'error', error: settled.error, value, reload };
  return { status: 'ready', value: settled.value as T, reload };
}
