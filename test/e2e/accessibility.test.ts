import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/store/openDatabase';
import { labelledStudy, SAGITTAL_INSTANCE, SERIES_KEYS, seriesIdOf } from '../support/labelledStudy';
import { writeSimulatedAiRun } from '../support/simulatedAiRun';
import { tempDir } from '../support/tempDir';
import { openRendererInChromium, type RendererHarness } from './support/rendererHarness';

const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

/** Violations of WCAG 2.1 A/AA rules, as "rule: target" lines (empty when clean). */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
  );
}

/**
 * Keyboard and screen-reader basics (issue 5): an axe scan of every screen and dialog finds no
 * WCAG A/AA or best-practice violation; focus is visible; every control is reached by Tab.
 */
describe('accessibility of the worklist, the viewer and the dialogs', () => {
  const dir = tempDir();
  const databasePath = join(dir, 'workspace.sqlite');
  let browser: Browser;
  let app: RendererHarness;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const db = openDatabase(databasePath);
    const studyId = await labelledStudy(db, join(dir, 'images'));
    const t2 = seriesIdOf(db, studyId, SERIES_KEYS.t2);
    writeSimulatedAiRun(
      db,
      studyId,
      new Map([
        [
          'spinal:l4_l5',
          { probabilities: [0.1, 0.3, 0.6], point: { seriesId: t2, instanceNumber: SAGITTAL_INSTANCE[2] as number, x: 31, y: 45 } },
        ],
      ]),
    );
    db.close();
    ({ browser, app } = await openRendererInChromium({ databasePath }));
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it('the worklist has no violations', async () => {
    await app.page.locator('.worklist-row').first().waitFor();
    expect(await violations(app.page)).toEqual([]);
  });

  it('the viewer has no violations, and shows where the focus is', async () => {
    const { page } = app;
    await page.locator('.worklist-row').first().dblclick();
    await page.locator('[data-slot="sag_t2"] .viewport-canvas[data-status="ready"]').waitFor();
    expect(await violations(page)).toEqual([]);
    // Tab from the grid's selected cell: the focus ring is drawn (outline), on a labelled control.
    await page.locator('[data-cell="spinal:l1_l2"]').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['cell'])).toBe('spinal:l1_l2');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
    await page.screenshot({ path: join(SCREENSHOTS, 'viewer-focus.png') });
  });

  it('reaches every control of the viewer with Tab, each with an accessible name', async () => {
    const { page } = app;
    await page.locator('.viewer-toolbar button').first().focus();
    const seen: string[] = [];
    for (let i = 0; i < 80; i++) {
      const name = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const labels = (el as HTMLInputElement).labels;
        const label = el.getAttribute('aria-label') ?? (labels?.[0]?.textContent || el.textContent || '');
        return `${el.tagName.toLowerCase()}:${label.trim().slice(0, 40)}`;
      });
      if (name === null || seen.includes(name)) break;
      seen.push(name);
      await page.keyboard.press('Tab');
    }
    expect(seen.every((s) => s.split(':')[1] !== '')).toBe(true);
    for (const wanted of [
      'div:Sagittal T1: Slice',
      'div:Sagittal T2/STIR: Slice',
      'div:Axial T2: Slice',
      'input:Slice, Sagittal T1 view',
      'select:Window preset, Axial T2 view',
      'div:Spinal Canal Stenosis L1/L2',
      'button:Accept AI',
      'button:Levels ↓',
    ]) {
      expect(
        seen.some((s) => s.startsWith(wanted)),
        `${wanted} not among ${seen.join(' | ')}`,
      ).toBe(true);
    }
  });

  it('the shortcut list and the settings have no violations', async () => {
    const { page } = app;
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'shortcuts.png') });
    await page.keyboard.press('Escape');
    // Escape closed the dialog only: the study stays open.
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ state: 'hidden' });
    await expect(page.getByRole('heading', { name: /^Study / }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'settings.png') });
    await page.keyboard.press('Escape');
  });
});
