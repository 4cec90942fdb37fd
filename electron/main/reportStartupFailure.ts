import { app, dialog } from 'electron';
import { NativeModuleError } from '../core/native/NativeModuleError';

/**
 * A native module that does not load for Electron (issue 13: e.g. better-sqlite3 still built for
 * Node) ends the start with a dialog and one log line saying what to run, instead of a crash at
 * the first workspace open. Any other start-up error stays what it was.
 */
export function reportStartupFailure(error: unknown): void {
  if (!(error instanceof NativeModuleError)) throw error;
  console.error(`spine-review: ${error.oneLine()}`);
  dialog.showErrorBox('Spine Review cannot start', error.message);
  app.exit(1);
}
