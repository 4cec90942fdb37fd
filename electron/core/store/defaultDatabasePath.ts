import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The one default location of the workspace database, shared by the app and the CLI:
 * `SPINE_REVIEW_DB` when set, else the per-user data folder Electron's `app.getPath('userData')`
 * resolves to for an app named "Spine Review" on each platform.
 */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const fromEnv = env['SPINE_REVIEW_DB'];
  if (fromEnv) return fromEnv;
  return join(userDataDirectory(env, platform), 'workspace.sqlite');
}

export function userDataDirectory(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = homedir();
  switch (platform) {
    case 'win32':
      return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'Spine Review');
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'Spine Review');
    default:
      return join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), 'Spine Review');
  }
}
