import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FramePixels, SpineApi } from '../../electron/common/contract';
import { dispatch } from '../../electron/workspace/dispatch';
import { indexFolder } from '../../electron/core/indexing/indexFolder';
import { openDatabase } from '../../electron/core/store/openDatabase';
import { writeSmallRsnaStudies } from '../support/smallStudies';
import { tempDir } from '../support/tempDir';
import { APP_ORIGIN, openRendererInChromium, type RendererHarness } from './support/rendererHarness';

type Directives = Record<string, string>;
const directives = (policy: string): Directives =>
  Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name as string, values.join(' ')]),
  );
const builtPolicy = (): string => {
  const html = readFileSync(join(process.cwd(), 'out', 'renderer', 'index.html'), 'utf8');
  return /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
};

/** The harness itself: window.spine over its binary loopback socket, and the one hole it opens in the CSP. */
describe('the Chromium harness', () => {
  const dir = tempDir();
  const root = join(dir, 'train_images');
  const databasePath = join(dir, 'workspace.sqlite');
  let browser: Browser;
  let app: RendererHarness;
  let instanceId = 0;

  beforeAll(async () => {
    writeSmallRsnaStudies(root, [{ studyKey: '4003253' }]);
    const db = openDatabase(databasePath);
    await indexFolder(db, root);
    instanceId = db.prepare('SELECT min(id) FROM instances').pluck().get() as number;
    db.close();
    ({ browser, app } = await openRendererInChromium({ databasePath }, { width: 1200, height: 800 }));
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it('answers with what a structured clone gives: plain objects and the same bytes in an ArrayBuffer', async () => {
    const inPage = await app.page.evaluate(async (id) => {
      const answer = await (window as unknown as { spine: SpineApi }).spine.pixels.get({ instanceId: id, frame: 0 });
      if (!answer.ok) throw new Error(answer.error.message);
      const { pixels } = answer.value;
      return {
        plain: Object.getPrototypeOf(answer.value) === Object.prototype,
        isBuffer: pixels instanceof ArrayBuffer,
        bytes: Array.from(new Uint8Array(pixels)),
      };
    }, instanceId);
    const inNode = await dispatch(app.workspace.handlers, 'pixels:get', { instanceId, frame: 0 });
    if (!inNode.ok) throw new Error(inNode.error.message);
    expect(inPage.plain).toBe(true);
    expect(inPage.isBuffer).toBe(true);
    expect(inPage.bytes).toEqual(Array.from(new Uint8Array((inNode.value as FramePixels).pixels)));
  });

  it('leaves checking requests to dispatch in Node, as in the app', async () => {
    const answer = await app.page.evaluate(() =>
      (window as unknown as { spine: { pixels: { get(r: unknown): Promise<unknown> } } }).spine.pixels.get({ instanceId: 'one' }),
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('serves the renderer’s CSP with connect-src opened to its socket only', async () => {
    const served = await app.page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    const { 'connect-src': socket, ...rest } = directives(served);
    const { 'connect-src': built, ...builtRest } = directives(builtPolicy());
    expect(built).toBe("'none'");
    expect(socket).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    expect(rest).toEqual(builtRest);

    // Anything else the page tries to reach is still refused: another port, or its own origin.
    const blocked = await app.page.evaluate(
      async ({ origin, other }) => {
        const seen: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
        try {
          new WebSocket(other).close();
        } catch {
          // Some Chromium versions throw at once, others fail the socket; either way a violation is reported.
        }
        await fetch(`${origin}/index.html`).catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 200));
        return seen;
      },
      { origin: APP_ORIGIN, other: `ws://127.0.0.1:${Number(socket?.split(':')[2]) + 1}` },
    );
    expect(blocked).toEqual(
      expect.arrayContaining([expect.stringMatching(/^connect-src ws:\/\/127\.0\.0\.1:\d+/), `connect-src ${APP_ORIGIN}/index.html`]),
    );
  });
});
