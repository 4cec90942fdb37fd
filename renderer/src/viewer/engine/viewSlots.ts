import type { StudyDetail } from '../../../../electron/common/contract';
import type { SeriesRole } from '../../../../electron/common/vocabulary';

/** The three views of the hanging protocol, by series role (product.md "Hanging protocol"). */
export const VIEW_SLOTS = ['sag_t1', 'sag_t2', 'ax_t2'] as const satisfies readonly SeriesRole[];
export type ViewSlot = (typeof VIEW_SLOTS)[number];

export function isViewSlot(role: string | null): role is ViewSlot {
  return role !== null && (VIEW_SLOTS as readonly string[]).includes(role);
}

/**
 * The series a view starts with: of its role, the one with the most images (a full axial stack
 * rather than a short angled one); the picker offers the others.
 */
export function startingSeries(study: StudyDetail, slot: ViewSlot): number | null {
  const candidates = study.series.filter((s) => s.role === slot && s.instances.length > 0);
  const best = candidates.reduce<(typeof candidates)[number] | undefined>(
    (a, b) => (!a || b.instances.length > a.instances.length ? b : a),
    undefined,
  );
  return best?.id ?? null;
}
