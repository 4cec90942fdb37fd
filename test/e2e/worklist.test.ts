import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSmallRsnaStudies } from '../support/smallStudies';
import { tempDir } from '../support/tempDir';
import { openRendererInChromium, type RendererHarness } from './support/rendererHarness';

const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

describe('worklist in Chromium against the real handler table', () => {
  const dir = tempDir();
  const root = join(dir, 'train_images');
  writeSmallRsnaStudies(root, [{ studyKey: '4003253' }, { studyKey: '4646740' }, { studyKey: '7143189' }]);
  let browser: Browser;
  let app: RendererHarness;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    ({ browser, app } = await openRendererInChromium(
      { databasePath: join(dir, 'workspace.sqlite'), chooseFolder: () => root },
      { width: 1400, height: 800 },
    ));
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it('shows the empty state on a new workspace', async () => {
    await app.page.getByText('No studies yet').waitFor();
    await app.page.screenshot({ path: join(SCREENSHOTS, 'worklist-empty.png') });
  });

  it('indexes a folder chosen in the UI and lists its studies', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Index folder…' }).first().click();
    await page.locator('[data-study-key="7143189"]').waitFor();
    const keys = await page.locator('.worklist-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['studyKey']));
    expect(keys).toEqual(['4003253', '4646740', '7143189']);
    const firstRow = page.locator('[data-study-key="4003253"]');
    await expect(firstRow.getByRole('gridcell').nth(1).innerText()).resolves.toMatch(/T1\s*T2\s*AX/);
    expect(await page.getByText('3 studies').count()).toBe(1);
    const inDb = app.workspace.services.db.prepare('SELECT count(*) FROM instances').pluck().get();
    expect(inDb).toBe(36);
    await page.screenshot({ path: join(SCREENSHOTS, 'worklist-indexed.png') });
  });

  it('filters by search text and sorts by a column', async () => {
    const { page } = app;
    await page.getByRole('searchbox', { name: 'Search studies by id' }).fill('4646');
    await page.getByText('1 study').waitFor();
    await page.getByRole('searchbox', { name: 'Search studies by id' }).fill('');
    await page.getByRole('button', { name: 'Study' }).click();
    await page.getByRole('button', { name: 'Study' }).click();
    await page.waitForFunction(() => document.querySelector('.worklist-row')?.getAttribute('data-study-key') === '7143189');
  });

  it('offers a stable sample of the rest (no disagreement, nothing Severe, no label problem)', async () => {
    const { page } = app;
    // Unlabelled, AI-less studies are all "the rest": at 100 % the sample is every study, off is the whole list again.
    await page.getByLabel('Sample of the rest').selectOption('100');
    await page.getByText('3 studies').waitFor();
    const sampled = (
      await page.locator('.worklist-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['studyKey']))
    ).sort();
    expect(sampled).toEqual(['4003253', '4646740', '7143189']);
    await page.getByLabel('Sample of the rest').selectOption('5');
    const five = await app.workspace.handlers['studies:list']({ sampleOfRest: 5 });
    await page.getByText(`${five.length} ${five.length === 1 ? 'study' : 'studies'}`).waitFor();
    await page.getByLabel('Sample of the rest').selectOption('');
    await page.getByText('3 studies').waitFor();
  });
});
