import { app, session, type WebContents } from 'electron';
import { appRendererEntry } from './rendererEntry';
import { isRendererResourceUrl, isTrustedRendererUrl, type RendererEntry } from './trustedUrl';

/**
 * The window's security settings (Electron security checklist,
 * https://www.electronjs.org/docs/latest/tutorial/security): no navigation away from the app,
 * no new windows, no permissions, and no network at all — the app is offline by design.
 */
export function hardenSession(entry: RendererEntry = appRendererEntry()): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRendererResourceUrl(details.url, entry) && !details.url.startsWith('devtools://') });
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, entry));
}

function hardenContents(contents: WebContents, entry: RendererEntry): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedRendererUrl(url, entry)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
