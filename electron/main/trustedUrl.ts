/**
 * Where the app's renderer comes from (issue 13): the built `out/renderer/index.html` as a file:
 * URL, and, during development only, the electron-vite dev server. Main knows both and passes them
 * in; this file has no Electron imports so it is unit-tested.
 */
export interface RendererEntry {
  /** The file: URL of the built renderer's index.html. */
  readonly fileUrl: string;
  /** The electron-vite dev server (ELECTRON_RENDERER_URL), only when main runs in development. */
  readonly devServerUrl?: string | undefined;
}

/**
 * The app's own page, and nothing else: not for navigation, not as an IPC sender. A file: URL is
 * trusted only when its path is exactly the entry's (after the URL parser has resolved `.` and
 * `..`); only its query and hash may differ (navigation within the page). The dev server is
 * trusted on loopback only, by origin.
 */
export function isTrustedRendererUrl(url: string, entry: RendererEntry): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'file:') {
    const expected = parse(entry.fileUrl);
    return expected !== null && parsed.host === expected.host && parsed.pathname === expected.pathname;
  }
  return isDevServerOrigin(parsed, entry.devServerUrl);
}

/**
 * A file the page may load (its scripts, styles, workers, fonts): one under the entry's folder, or
 * anything from the loopback dev server in development. Percent-encoded dots and slashes are
 * refused outright: a file URL's path is decoded again by the platform, where `%5C` is a Windows
 * separator the URL parser did not resolve.
 */
export function isRendererResourceUrl(url: string, entry: RendererEntry): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'file:') {
    const expected = parse(entry.fileUrl);
    if (!expected || parsed.host !== expected.host || /%(2e|2f|5c)/i.test(parsed.pathname)) return false;
    const folder = expected.pathname.slice(0, expected.pathname.lastIndexOf('/') + 1);
    return parsed.pathname.startsWith(folder);
  }
  return isDevServerOrigin(parsed, entry.devServerUrl);
}

function isDevServerOrigin(parsed: URL, devServerUrl: string | undefined): boolean {
  const dev = devServerUrl ? parse(devServerUrl) : null;
  if (!dev || (dev.hostname !== 'localhost' && dev.hostname !== '127.0.0.1')) return false;
  return parsed.origin === dev.origin;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
