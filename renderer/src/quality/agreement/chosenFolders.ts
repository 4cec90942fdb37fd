import type { FolderGrant, FolderHandle } from '../../../../electron/common/contract';

/**
 * The paths of the reader folders chosen this session, by handle (issue 13): main takes only the
 * handle back, the path is for showing the user which folder a grade set is.
 */
const paths = new Map<FolderHandle, string>();

export function rememberFolder(grant: FolderGrant): FolderHandle {
  paths.set(grant.handle, grant.path);
  return grant.handle;
}

/** The chosen folder's path, for display; a handle from another session shows as unknown. */
export function chosenFolderPath(handle: FolderHandle): string {
  return paths.get(handle) ?? '(folder chosen earlier)';
}
