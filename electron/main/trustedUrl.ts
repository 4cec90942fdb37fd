/**
 * The renderer is loaded from the app's own files (file://…/out/renderer/) or, during
 * development only, from the electron-vite dev server on loopback. Nothing else is trusted:
 * not for navigation, not as an IPC sender. Kept free of Electron imports so it is unit-tested.
 */
export function isTrustedRendererUrl(url: string, devServerUrl: string | undefined = process.env['ELECTRON_RENDERER_URL']): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') return true;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    return parsed.origin === dev.origin && (dev.hostname === 'localhost' || dev.hostname === '127.0.0.1');
  }
  return false;
}
