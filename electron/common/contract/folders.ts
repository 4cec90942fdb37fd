/**
 * Why the app asks for a folder: main titles the native dialog by it, and lets the user create
 * a folder where the app writes one (exports).
 */
export const FOLDER_PURPOSES = ['index', 'import', 'export', 'models', 'training-export', 'reader-labels'] as const;
export type FolderPurpose = (typeof FOLDER_PURPOSES)[number];
