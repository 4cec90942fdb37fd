import type { ConditionId, LevelId } from '../../../common/vocabulary';
import { runDetector, type DetectorSettings, type SliceDetection } from '../detect/runDetector';
import { classLocation } from '../models/detectorClasses';
import type { LoadedModel } from '../models/openModel';
import type { StudyImages } from './StudyImages';
import type { SliceInput, StoredDetection } from './StudyInput';

export interface SliceDetections {
  readonly slice: SliceInput;
  readonly detections: readonly SliceDetection[];
}

/** Runs a detector over slices (decoded through the study's image cache), in the detector's batches. */
export async function detectOnSlices(
  model: LoadedModel,
  slices: readonly SliceInput[],
  images: StudyImages,
  settings: DetectorSettings,
): Promise<SliceDetections[]> {
  const unique = [...new Map(slices.map((s) => [s.instanceId, s])).values()];
  const decoded = await Promise.all(unique.map((s) => images.get(s)));
  const found = await runDetector(model, decoded, settings);
  return unique.map((slice, i) => ({ slice, detections: found[i] ?? [] }));
}

/** The best detection of each class on each slice, as stored for display (detections table). */
export function storedDetections(
  results: readonly SliceDetections[],
  locate: (slice: SliceInput, d: SliceDetection) => { condition: ConditionId; level: LevelId } | null = (_s, d) =>
    classLocation(d.className) ?? null,
): StoredDetection[] {
  const stored: StoredDetection[] = [];
  for (const { slice, detections } of results) {
    const seen = new Set<number>();
    for (const d of detections) {
      if (seen.has(d.classIndex)) continue;
      seen.add(d.classIndex);
      const location = locate(slice, d);
      stored.push({
        instanceId: slice.instanceId,
        className: d.className,
        condition: location?.condition ?? null,
        level: location?.level ?? null,
        confidence: d.score,
        ...d.box,
      });
    }
  }
  return stored;
}
