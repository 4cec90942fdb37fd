import { studiesShowingAi } from '../core/reviews/firstRead';
import type { CoreServices } from './CoreServices';

/**
 * Blinded first read: per-cell AI answers of a study stay in main until this reader's commit
 * there. The option the run and quality tables take; empty when nothing is hidden.
 */
export function aiVisibility(services: CoreServices): { visibleStudy?: (studyId: number) => boolean } {
  const showsAi = studiesShowingAi(services.db, services.settings.get());
  return showsAi ? { visibleStudy: showsAi } : {};
}
