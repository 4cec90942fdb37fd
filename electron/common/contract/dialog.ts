import { z } from 'zod';
import { defineDomain, method } from './defineDomain';
import { FolderHandle } from '../ids';
import { FOLDER_PURPOSES } from './folders';

/**
 * A folder granted to the renderer (issue 13): `handle` is what it sends back to name the folder,
 * for the purpose it was chosen for only; `path` is for display, never accepted back.
 */
export const FolderGrant = z.strictObject({ handle: FolderHandle, path: z.string() });
export type FolderGrant = z.output<typeof FolderGrant>;

/** The native folder picker (the e2e harness answers it from the test): a grant for the chosen folder, or null when cancelled. */
export const dialogContract = defineDomain('dialog', {
  chooseFolder: method(z.object({ purpose: z.enum(FOLDER_PURPOSES) }).strict(), FolderGrant.nullable()),
});
