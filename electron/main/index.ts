import { app, type BrowserWindow, dialog } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkspace, type Workspace } from '../workspace/openWorkspace';
import { startFirstRunDemo } from '../workspace/startFirstRunDemo';
import { defaultDatabasePath } from '../core/store/defaultDatabasePath';
import { createMainWindow } from './createMainWindow';
import { folderDialogOptions } from './folderDialogOptions';
import { registerIpc } from './registerIpc';
import { reportStartupFailure } from './reportStartupFailure';
import { hardenSession } from './security';
import { spawnUtilityEngine } from './utilityEngine';

/** out/main: this file's folder once built; the engine entry is built beside it. */
const mainDir = dirname(fileURLToPath(import.meta.url));
const outDir = join(mainDir, '..');

let workspace: Workspace | null = null;
let window: BrowserWindow | null = null;

async function start(): Promise<void> {
  hardenSession();
  // The default models ship outside the asar (electron-builder extraResources); the engine
  // process inherits this variable.
  process.env['SPINE_REVIEW_BUNDLED_MODELS'] ??= app.isPackaged ? join(process.resourcesPath, 'models') : join(outDir, '..', 'models');
  workspace = openWorkspace({
    databasePath: defaultDatabasePath(),
    version: app.getVersion(),
    spawnEngine: () => spawnUtilityEngine(join(mainDir, 'engineMain.js')),
    chooseFolder: async (purpose) => {
      const result = await dialog.showOpenDialog(folderDialogOptions(purpose));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    emit: (event, payload) => window?.webContents.send(event, payload),
  });
  registerIpc(workspace.handlers);
  window = createMainWindow(outDir);
  // Once the page can hear the job's progress, fill an empty workspace with the demo studies.
  window.webContents.once('did-finish-load', () => {
    if (workspace) startFirstRunDemo(workspace.services, join(app.getPath('userData'), 'demo-studies'));
  });
}

// One instance per workspace: a second launch focuses the first (SQLite has one writer).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => workspace?.close());
  void app.whenReady().then(start).catch(reportStartupFailure);
}
