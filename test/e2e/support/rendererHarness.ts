import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { API_CHANNELS, EVENT_NAMES, type EventName, type EventPayloads } from '../../../electron/common/contract';
import { forkEngine } from '../../../electron/core/engine/forkEngine';
import { dispatch } from '../../../electron/core/ipc/dispatch';
import { openWorkspace, type Workspace } from '../../../electron/core/ipc/openWorkspace';
import { launchChromium } from './launchChromium';

/** The built renderer (npm run test:e2e builds it first with vite.renderer.config.ts). */
const RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer/', import.meta.url));
/** A made-up origin: every request to it is answered from out/renderer by page.route, no server, no network. */
export const APP_ORIGIN = 'http://spine-review.test';

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm' };

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
 * a real workspace database and a real forked engine process.
 */
export async function openRenderer(context: BrowserContext, options: HarnessOptions): Promise<RendererHarness> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error(`${RENDERER_DIR}index.html missing: build the renderer first (npm run test:e2e does)`);
  const page = await context.newPage();
  let ready = false;
  const pendingEvents: [EventName, unknown][] = [];
  const forward = (event: EventName, payload: unknown): void => {
    if (!ready) {
      pendingEvents.push([event, payload]);
      return;
    }
    page.evaluate(([e, p]) => (window as unknown as { __spineEmit(e: string, p: unknown): void }).__spineEmit(e, p), [event, payload] as const).catch(() => undefined);
  };
  const workspace = openWorkspace({
    databasePath: options.databasePath,
    version: 'e2e',
    spawnEngine: () => forkEngine(),
    chooseFolder: async (purpose) => options.chooseFolder?.(purpose) ?? null,
    emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => forward(event, payload),
  });

  await page.route(`${APP_ORIGIN}/**`, async (route) => {
    const path = normalize(decodeURIComponent(new URL(route.request().url()).pathname)).replace(/^[/\\]+/, '') || 'index.html';
    const file = join(RENDERER_DIR, path);
    if (!file.startsWith(RENDERER_DIR) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: MIME[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  // Results cross the binding as one JSON string: Playwright's own serialiser walks every value
  // (slow for a 2,000-row worklist) and in 1.65 turns an ArrayBuffer into {}. ArrayBuffers go as
  // base64 inside it and are rebuilt in the page. Only this adapter differs from the preload: the
  // renderer gets exactly what Electron's structured clone gives it (objects, ArrayBuffers).
  await page.exposeBinding('__spineInvoke', async (_source, channel: string, request: unknown) =>
    JSON.stringify(await dispatch(workspace.handlers, channel, request), (_key, value: unknown) => (value instanceof ArrayBuffer ? { __base64: Buffer.from(value).toString('base64') } : value)),
  );
  // Run under tsx (the benchmarks), esbuild keeps function names by wrapping them in a
  // `__name(fn, "name")` helper that exists only in Node: functions sent to the page need it too.
  await page.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((target) => target);' });
  await page.addInitScript(
    ({ channels, events }) => {
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      const binding = (window as unknown as { __spineInvoke(channel: string, request: unknown): Promise<string> }).__spineInvoke;
      const fromBase64 = (text: string): ArrayBuffer => {
        const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
        if (native) return native(text).buffer as ArrayBuffer;
        const chars = atob(text);
        const bytes = new Uint8Array(chars.length);
        for (let i = 0; i < chars.length; i++) bytes[i] = chars.charCodeAt(i);
        return bytes.buffer;
      };
      const invoke = async (channel: string, request: unknown): Promise<unknown> =>
        JSON.parse(await binding(channel, request), (_key, value: unknown) =>
          value && typeof value === 'object' && '__base64' in value ? fromBase64((value as { __base64: string }).__base64) : value,
        ) as unknown;
      const api: Record<string, unknown> = Object.fromEntries(Object.entries(channels).map(([name, channel]) => [name, (request: unknown) => invoke(channel, request)]));
      api['on'] = (event: string, listener: (payload: unknown) => void) => {
        if (!events.includes(event)) throw new Error(`unknown event "${event}"`);
        const set = listeners.get(event) ?? new Set();
        set.add(listener);
        listeners.set(event, set);
        return () => set.delete(listener);
      };
      Object.defineProperty(window, 'spine', { value: Object.freeze(api) });
      Object.defineProperty(window, '__spineEmit', { value: (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload)) });
    },
    { channels: API_CHANNELS as Record<string, string>, events: [...EVENT_NAMES] as string[] },
  );
  await page.goto(`${APP_ORIGIN}/index.html`);
  ready = true;
  for (const [event, payload] of pendingEvents.splice(0)) forward(event, payload);
  return {
    page,
    workspace,
    close: async () => {
      await page.close();
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
