import { z } from 'zod';
import { defineDomain, method } from './defineDomain';
import { FOLDER_PURPOSES } from './folders';

/** The native folder picker (the e2e harness answers it from the test): the chosen path, or null when cancelled. */
export const dialogContract = defineDomain('dialog', {
  chooseFolder: method(z.object({ purpose: z.enum(FOLDER_PURPOSES) }).strict(), z.string().nullable()),
});
