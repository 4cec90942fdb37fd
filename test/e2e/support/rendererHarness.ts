import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { EVENT_NAMES, METHOD_NAMES, spineApiOf, type EventName, type EventPayloads } from '../../../electron/common/contract';
import { forkEngine } from '../../../electron/core/engine/forkEngine';
import { dispatch } from '../../../electron/workspace/dispatch';
import { openWorkspace, type Workspace } from '../../../electron/workspace/openWorkspace';
import { allowHarnessSocket } from './allowHarnessSocket';
import { createFrameCodec } from './binaryFrame';
import { openBridgeServer } from './bridgeServer';
import { launchChromium } from './launchChromium';
import { installSpineBridge, type PageBridgeConfig } from './pageBridge';

/** The built renderer (npm run test:e2e builds it first with vite.renderer.config.ts). */
const RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer/', import.meta.url));
/**
 * A made-up origin: every request to it is answered from out/renderer by page.route, no server, no
 * network. https, so that the page is a secure context as the app's file:// page is, and so that
 * it may be granted Chromium's local-network-access permission (refused to http origins), without
 * which a public origin cannot reach the harness's socket on 127.0.0.1.
 */
export const APP_ORIGIN = 'https://spine-review.test';

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

export interface HarnessOptions {
  readonly databasePath: string;
  /** Answers the folder picker (the app shows a native dialog here). */
  readonly chooseFolder?: (purpose: string) => string | null;
}

export interface RendererHarness {
  readonly page: Page;
  readonly workspace: Workspace;
  close(): Promise<void>;
}

/**
 * Opens the real renderer in Chromium with `window.spine` wired, in place of the preload, to
 * the same handler table the Electron main registers (architecture.md "The IPC contract"), over
 * a real workspace database and a real forked engine process. Calls and events cross a loopback
 * WebSocket as binary frames (bridgeServer.ts, pageBridge.ts): out of the DevTools protocol,
 * whose messages are slow to carry a 512 KiB frame, and bytes copied between processes as in
 * Electron's IPC.
 */
export async function openRenderer(context: BrowserContext, options: HarnessOptions): Promise<RendererHarness> {
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    throw new Error(`${RENDERER_DIR}index.html missing: build the renderer first (npm run test:e2e does)`);
  await context.grantPermissions(['local-network-access'], { origin: APP_ORIGIN });
  const page = await context.newPage();
  const bridge = await openBridgeServer(APP_ORIGIN, (channel, request) => dispatch(workspace.handlers, channel, request));
  const workspace = openWorkspace({
    databasePath: options.databasePath,
    version: 'e2e',
    spawnEngine: () => forkEngine(),
    chooseFolder: async (purpose) => options.chooseFolder?.(purpose) ?? null,
    emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => bridge.emit(event, payload),
  });

  const indexHtml = allowHarnessSocket(readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8'), bridge.url);
  await page.route(`${APP_ORIGIN}/**`, async (route) => {
    const path = normalize(decodeURIComponent(new URL(route.request().url()).pathname)).replace(/^[/\\]+/, '') || 'index.html';
    if (path === 'index.html') return route.fulfill({ status: 200, contentType: MIME['.html'], body: indexHtml });
    const file = join(RENDERER_DIR, path);
    if (!file.startsWith(RENDERER_DIR) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: MIME[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  // Run under tsx (the benchmarks), esbuild keeps function names by wrapping them in a
  // `__name(fn, "name")` helper that exists only in Node: functions sent to the page need it too.
  await page.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((target) => target);' });
  // window.spine in place of the preload. The page cannot import, and Playwright's
  // addInitScript(fn, arg) takes one JSON argument, not a function; the codec and the API's
  // layout (spineApiOf, the preload's own) must be the very code Node runs. So the functions go
  // as source text, called with the config as JSON (what Playwright itself does with fn and
  // arg), and no eval is needed under the page's CSP.
  const config: PageBridgeConfig = { url: bridge.url, methods: [...METHOD_NAMES], events: [...EVENT_NAMES] };
  await page.addInitScript({
    content: `(${String(installSpineBridge)})(${String(createFrameCodec)}, ${String(spineApiOf)}, ${JSON.stringify(config)});`,
  });
  await page.goto(`${APP_ORIGIN}/index.html`);
  bridge.ready();
  return {
    page,
    workspace,
    close: async () => {
      await page.close();
      await bridge.close();
      workspace.close();
    },
  };
}

/** Debian's Chromium with one window of the given size (1:1 pixels) showing the renderer over a workspace. */
export async function openRendererInChromium(
  options: HarnessOptions,
  viewport: { width: number; height: number } = { width: 1600, height: 900 },
): Promise<{ browser: Browser; context: BrowserContext; app: RendererHarness }> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  return { browser, context, app: await openRenderer(context, options) };
}
