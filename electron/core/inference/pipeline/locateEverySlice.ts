import { CONDITIONS, LEVELS, locationKey, type ConditionGroup } from '../../../common/vocabulary';
import { classLocation } from '../models/detectorClasses';
import { detectOnSlices, storedDetections } from './detectOnSlices';
import { emptyLocated, type LocatedPoints, type StrategyContext } from './LocatedPoints';
import type { LocationCandidate } from './LocationCandidate';
import { patientPointOf } from './slicePatientPoints';
import type { SeriesInput } from './StudyInput';

/**
 * The seed's strategy (seed-method.md "Pipeline"), kept as an option and as the benchmark's
 * baseline: each detector on every slice of its series, the location read from the class alone
 * (side and level as the detector says), every detection graded and the probabilities averaged
 * per location. One change: only the best detection of each class on each slice is graded (the
 * seed graded all NMS survivors, up to 300 per slice, which only an untrained model produces).
 */
export async function locateEverySlice(ctx: StrategyContext): Promise<LocatedPoints> {
  const located = emptyLocated();
  const runs: [ConditionGroup, readonly SeriesInput[], string][] = [
    ['spinal', ctx.series.sagT2 ? [ctx.series.sagT2] : [], 'no Sagittal T2/STIR series'],
    ['foraminal', ctx.series.sagT1 ? [ctx.series.sagT1] : [], 'no Sagittal T1 series'],
    ['subarticular', ctx.series.axial, 'no Axial T2 series'],
  ];
  for (const [group, seriesList, noSeries] of runs) {
    ctx.checkCancelled();
    const model = ctx.detectors[group];
    const reason = seriesList.length === 0 ? noSeries : model ? null : `no ${group} detector in the model set`;
    if (reason || !model) {
      for (const c of CONDITIONS.filter((x) => x.group === group))
        for (const l of LEVELS) located.missing.set(locationKey({ condition: c.id, level: l.id }), reason ?? '');
      located.notes.push(`${group}: ${reason}`);
      continue;
    }
    let slices = 0;
    for (const series of seriesList) {
      const results = await detectOnSlices(model, series.slices, ctx.images, ctx.detector);
      slices += results.length;
      const stored = storedDetections(results);
      located.detections.push(...stored);
      for (const { slice, detections } of results) {
        const seen = new Set<number>();
        for (const d of detections) {
          const location = classLocation(d.className);
          if (seen.has(d.classIndex) || !location) continue;
          seen.add(d.classIndex);
          const candidate: LocationCandidate = {
            ...location,
            seriesId: series.seriesId,
            slice,
            x: d.centre.x,
            y: d.centre.y,
            score: d.score,
            patient: patientPointOf(slice, d.centre.x, d.centre.y),
            detection: d,
          };
          const key = locationKey(location);
          located.points.set(key, [...(located.points.get(key) ?? []), candidate]);
        }
      }
    }
    located.slicesRun[group] = slices;
  }
  for (const list of located.points.values()) list.sort((a, b) => b.score - a.score);
  return located;
}
