import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { userDataDirectory } from '../../store/defaultDatabasePath';
import { MANIFEST_FILE } from './modelManifest';

/** Where imported models go: `<user data>/models` (beside the default workspace). */
export function userModelsDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return join(userDataDirectory(env), 'models');
}

/**
 * The models shipped with the app: SPINE_REVIEW_BUNDLED_MODELS when set (Electron main sets it
 * to the packaged app's resources/models, and the engine process inherits it), else `models/`
 * at the repository root (a checkout).
 */
export function bundledModelsDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env['SPINE_REVIEW_BUNDLED_MODELS'] ?? fileURLToPath(new URL('../../../../models', import.meta.url));
}

/**
 * The model folder a run uses unless told otherwise: SPINE_REVIEW_MODELS, else the user's model
 * folder when it has a manifest, else the bundled models.
 */
export function defaultModelsDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['SPINE_REVIEW_MODELS'];
  if (fromEnv) return fromEnv;
  const user = userModelsDirectory(env);
  return existsSync(join(user, MANIFEST_FILE)) ? user : bundledModelsDirectory(env);
}

/**
 * Where an imported model goes: SPINE_REVIEW_MODELS when set (the folder runs use), else the
 * user's model folder, which then becomes the default folder (a new one is seeded with the
 * bundled models by the import, so the defaults stay available).
 */
export function modelImportDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env['SPINE_REVIEW_MODELS'] ?? userModelsDirectory(env);
}
