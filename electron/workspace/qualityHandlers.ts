import type { DomainHandlers } from '../common/contract';
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
  return {
    'quality:agreement': ({ first, second }) => labelSetAgreement(db, first, second),
    'quality:disagreements': ({ first, second, condition, limit }) =>
      labelSetDisagreements(db, first, second, {
        ...(condition ? { condition } : {}),
        ...(limit ? { limit } : {}),
        // Only a run's grades are the AI's; two readers' sets are never hidden.
        ...(first.kind === 'run' || second.kind === 'run' ? aiVisibility(services) : {}),
      }),
    'quality:automationBias': () => automationBias(db),
  };
}
