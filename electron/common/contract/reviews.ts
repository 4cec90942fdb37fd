import { z } from 'zod';
import { StudyId } from '../ids';
import { defineDomain, method } from './defineDomain';
import { StudyLabels } from './labels';

/** A study's review status, and the blinded first read's commit (product.md P2); both answer with the study's labels. */
export const reviewsContract = defineDomain('reviews', {
  set: method(z.object({ studyId: StudyId, status: z.enum(['in_review', 'reviewed']) }).strict(), StudyLabels),
  commitFirstRead: method(z.object({ studyId: StudyId }).strict(), StudyLabels),
});
