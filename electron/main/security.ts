import { app, session, type WebContents } from 'electron';
import { isTrustedRendererUrl } from './trustedUrl';

/**
 * The window's security settings (Electron security checklist,
 * https://www.electronjs.org/docs/latest/tutorial/security): no navigation away from the app,
 * no new windows, no permissions, and no network at all — the app is offline by design.
 */
export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isTrustedRendererUrl(details.url) && !details.url.startsWith('devtools://') });
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedRendererUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
