import { describe, expect, it } from 'vitest';
import { describeJobResult } from '../../../renderer/src/jobs/describeJobResult';

describe('describeJobResult', () => {
  it('shows sizes in MiB, durations in seconds and plain counts as they are', () => {
    const result = { runId: 1, studies: 10, failed: 0, peakEngineRssBytes: 344_326_144, engineCpuSeconds: 3.705385, note: 'skipped text' };
    expect(describeJobResult({ state: 'done', error: null, result })).toBe(
      'run id 1 · studies 10 · failed 0 · peak engine rss 328 MiB · engine cpu 3.7 s',
    );
    expect(describeJobResult({ state: 'done', error: null, result: { wallMs: 1234.5, cancelled: false, ratio: 0.12345 } })).toBe(
      'wall 1235 ms · cancelled no · ratio 0.123',
    );
  });

  it('gives the error of a failed job, and "done" for a summary without figures', () => {
    expect(describeJobResult({ state: 'failed', error: 'x.csv line 3: bad grade', result: null })).toBe('x.csv line 3: bad grade');
    expect(describeJobResult({ state: 'cancelled', error: null, result: null })).toBe('cancelled');
    expect(describeJobResult({ state: 'done', error: null, result: { folder: '/tmp/x' } })).toBe('done');
  });
});
