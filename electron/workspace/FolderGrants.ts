import { randomUUID } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FolderGrant, FolderPurpose } from '../common/contract';
import { asFolderHandle, type FolderHandle } from '../common/ids';
import { ForbiddenError } from '../core/errors';

/**
 * The folders the user granted this workspace session (issue 13): main never takes a path from the
 * renderer, only a handle it issued when a dialog it opened returned a folder. A handle is a random
 * UUID (122 random bits: unguessable), kept in memory only, so it dies with the session; it names
 * the folder's real path as it was when chosen (a symlink swapped in later does not move it) and
 * the purpose it was chosen for.
 */
export class FolderGrants {
  private readonly grants = new Map<string, { readonly path: string; readonly purpose: FolderPurpose }>();

  /** A grant for a folder the user chose: its real path (symlinks resolved now), or as given when it is not there yet. */
  grant(chosen: string, purpose: FolderPurpose): FolderGrant {
    const path = realPathOf(chosen);
    const handle = asFolderHandle(randomUUID());
    this.grants.set(handle, { path, purpose });
    return { handle, path };
  }

  /** The real path behind a handle granted for `purpose`; refused (nothing on disk is touched) otherwise. */
  resolve(handle: FolderHandle, purpose: FolderPurpose, method: string): string {
    const grant = this.grants.get(handle);
    if (!grant) throw new ForbiddenError(`${method}: the folder was not chosen in this session (unknown handle); choose it again`);
    if (grant.purpose !== purpose)
      throw new ForbiddenError(`${method}: the folder was chosen for "${grant.purpose}", not "${purpose}"; choose it again`);
    return grant.path;
  }
}

function realPathOf(chosen: string): string {
  try {
    return realpathSync(chosen);
  } catch {
    // A folder to write into that the test harness (or a dialog's "new folder") has not made yet.
    return resolve(chosen);
  }
}
