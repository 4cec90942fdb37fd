import { z } from 'zod';
import { defineDomain } from './defineDomain';

/** The workspace as a whole: no methods, one event. */
export const workspaceContract = defineDomain(
  'workspace',
  {},
  {
    /** Something in the workspace changed outside the renderer's own calls (a job wrote studies). */
    changed: z.strictObject({ reason: z.string() }),
  },
);
