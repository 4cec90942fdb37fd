import type { DomainHandlers, LabelSetRef, LabelSetSource } from '../common/contract';
import { automationBias } from '../core/evaluation/automationBias';
import { labelSetAgreement } from '../core/evaluation/labelSetAgreement';
import { labelSetDisagreements } from '../core/evaluation/labelSetDisagreements';
import { aiVisibility } from './aiVisibility';
import type { CoreServices } from './CoreServices';

/**
 * Graders against each other (issue 7): agreement between any two grade sets and the cells where
 * they disagree (adjudication settles them with labels:setGrade, not here), and automation bias
 * over blinded first reads. Plain reads of the store, fine in main.
 */
export function qualityHandlers(services: CoreServices): DomainHandlers<'quality'> {
  const { db } = services;
  // A reader's folder is named by its grant (issue 13); the answer names the sets as the renderer did.
  const source = (ref: LabelSetRef, method: string): LabelSetSource =>
    ref.kind === 'folder' ? { kind: 'folder', dir: services.folders.resolve(ref.folder, 'reader-labels', method) } : ref;
  return {
    'quality:agreement': ({ first, second }) => ({
      ...labelSetAgreement(db, source(first, 'quality:agreement'), source(second, 'quality:agreement')),
      first,
      second,
    }),
    'quality:disagreements': ({ first, second, condition, limit }) =>
      labelSetDisagreements(db, source(first, 'quality:disagreements'), source(second, 'quality:disagreements'), {
        ...(condition ? { condition } : {}),
        ...(limit ? { limit } : {}),
        // Only a run's grades are the AI's; two readers' sets are never hidden.
        ...(first.kind === 'run' || second.kind === 'run' ? aiVisibility(services) : {}),
      }),
    'quality:automationBias': () => automationBias(db),
  };
}
