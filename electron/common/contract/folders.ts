/**
 * Why the app asks for a folder: main titles the native dialog by it, and lets the user create
 * a folder where the app writes one (exports). A folder granted for one purpose is refused for
 * any other (issue 13): a folder chosen to import from is not one to export into.
 */
export const FOLDER_PURPOSES = ['index', 'import', 'export', 'models', 'training-export', 'reader-labels'] as const;
export type FolderPurpose = (typeof FOLDER_PURPOSES)[number];
