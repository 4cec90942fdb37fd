import type { SliceSource } from '../../electron/core/inference/pipeline/StudyInput';
import { syntheticStudy } from './syntheticStudy';

/**
 * The engine-side reader of `synthetic://<seed>/<slice id>[?delay=ms&axial=n]` paths written by
 * storeSyntheticStudy: renders the slice of syntheticStudy(seed, { axialPerLevel: n }) (no halos), after `delay` ms
 * (to make a study last long enough for a cancel to land inside it). Loaded by the `infer` job
 * through `sliceSourceModule`.
 */
export async function createSliceSource(): Promise<SliceSource> {
  const studies = new Map<string, ReturnType<typeof syntheticStudy>>();
  return async (slice) => {
    const match = /^synthetic:\/\/(\d+)\/(\d+)(?:\?(.*))?$/.exec(slice.filePath);
    if (!match) throw new Error('not a synthetic slice path');
    const seed = Number(match[1]);
    const query = new URLSearchParams(match[3] ?? '');
    const delay = Number(query.get('delay') ?? 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const axialPerLevel = Number(query.get('axial') ?? 3);
    const key = `${seed}/${axialPerLevel}`;
    let study = studies.get(key);
    if (!study) {
      study = syntheticStudy(seed, { axialPerLevel });
      studies.set(key, study);
    }
    const original = study.input.series.flatMap((s) => s.slices).find((s) => s.instanceId === Number(match[2]));
    if (!original) throw new Error(`no slice ${match[2]} in synthetic study ${seed}`);
    return study.source(original);
  };
}
