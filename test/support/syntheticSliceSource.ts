import type { SliceSource } from '../../electron/core/inference/pipeline/StudyInput';
import { syntheticStudy } from './syntheticStudy';

/**
 * The engine-side reader of `synthetic://<seed>/<slice id>[?delay=ms]` paths written by
 * storeSyntheticStudy: renders the slice of syntheticStudy(seed) (no halos), after `delay` ms
 * (to make a study last long enough for a cancel to land inside it). Loaded by the `infer` job
 * through `sliceSourceModule`.
 */
export async function createSliceSource(): Promise<SliceSource> {
  const studies = new Map<number, ReturnType<typeof syntheticStudy>>();
  return async (slice) => {
    const match = /^synthetic:\/\/(\d+)\/(\d+)(?:\?delay=(\d+))?$/.exec(slice.filePath);
    if (!match) throw new Error('not a synthetic slice path');
    const seed = Number(match[1]);
    const delay = Number(match[3] ?? 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    let study = studies.get(seed);
    if (!study) {
      study = syntheticStudy(seed);
      studies.set(seed, study);
    }
    const original = study.input.series.flatMap((s) => s.slices).find((s) => s.instanceId === Number(match[2]));
    if (!original) throw new Error(`no slice ${match[2]} in synthetic study ${seed}`);
    return study.source(original);
  };
}
