import type { StudyDetail } from '../common/contract';
import type { FrameService } from '../core/dicom/pixels';
import { instanceFileLookup } from '../core/store/studies/instanceRepository';
import type { WorkspaceDb } from '../core/store/WorkspaceDb';

/**
 * Starts decoding, in the FrameService's workers, the slice each view of the viewer shows first
 * (the middle slice of the largest series of each role, as the viewer's engine picks them), the
 * moment the study is asked for: by the time the renderer has the study and asks for pixels,
 * they are decoding or decoded. Failures are left for the real request to report.
 */
export function warmFirstSlices(db: WorkspaceDb, frames: FrameService, study: StudyDetail): void {
  const fileOf = instanceFileLookup(db);
  for (const role of ['sag_t1', 'sag_t2', 'ax_t2'] as const) {
    const largest = study.series.filter((s) => s.role === role).sort((a, b) => b.instances.length - a.instances.length)[0];
    const middle = largest?.instances[Math.floor((largest.instances.length - 1) / 2)];
    const file = middle ? fileOf(middle.id)?.filePath : undefined;
    if (file) frames.prefetch(file, 0).catch(() => undefined);
  }
}
