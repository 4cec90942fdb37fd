import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RendererEntry } from './trustedUrl';

/**
 * The one page main trusts (issue 13): the built out/renderer/index.html, or the dev server in
 * development. Main's modules are bundled into out/main/index.js, so out/ is one folder up from
 * here, as in main/index.ts and createMainWindow.ts, which loads this same file.
 */
export function appRendererEntry(): RendererEntry {
  const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');
  return {
    fileUrl: pathToFileURL(join(outDir, 'renderer', 'index.html')).href,
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
  };
}
