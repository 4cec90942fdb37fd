import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/tempDir';

/**
 * Finds the Electron binary without `require('electron')`, which would try to download it.
 * Returns the path, or why there is none (this environment installs with
 * ELECTRON_SKIP_BINARY_DOWNLOAD=1 because its network cannot reach the download).
 */
function electronBinary(): { path: string } | { reason: string } {
  const pkg = join(process.cwd(), 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile))
    return { reason: 'no Electron binary: node_modules/electron/path.txt is missing (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)' };
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { reason: `no Electron binary at ${binary}` };
}

const found = electronBinary();
const skipReason = 'reason' in found ? found.reason : '';
if (skipReason) console.info(`Electron smoke test skipped: ${skipReason}`);

describe('Electron smoke test', () => {
  it.skipIf('reason' in found)(
    `opens the window with a sandboxed, isolated renderer and window.spine${skipReason ? ` (skipped: ${skipReason})` : ''}`,
    async () => {
      if (!('path' in found)) return;
      const main = join(process.cwd(), 'out', 'main', 'index.js');
      expect(existsSync(main), 'run `npm run build` first').toBe(true);
      const app = await electron.launch({
        executablePath: found.path,
        args: [main],
        env: { ...process.env, SPINE_REVIEW_DB: join(tempDir(), 'smoke.sqlite') },
      });
      try {
        const page = await app.firstWindow();
        await page.getByText('Spine Review').first().waitFor();
        const exposure = await page.evaluate(() => ({
          spine: typeof (window as unknown as { spine?: unknown }).spine,
          require: typeof (window as unknown as { require?: unknown }).require,
          process: typeof (window as unknown as { process?: unknown }).process,
        }));
        expect(exposure).toEqual({ spine: 'object', require: 'undefined', process: 'undefined' });
        // Navigation away from the app is refused (will-navigate handler).
        const before = page.url();
        await page.evaluate(() => {
          window.location.href = 'https://example.com/';
        });
        await page.waitForTimeout(500);
        expect(page.url()).toBe(before);
      } finally {
        await app.close();
      }
    },
  );
});
