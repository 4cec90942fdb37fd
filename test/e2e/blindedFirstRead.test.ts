import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SettingsStore } from '../../electron/core/settings/SettingsStore';
import { openDatabase, type Database } from '../../electron/core/store/openDatabase';
import { labelledStudy, SAGITTAL_INSTANCE, SERIES_KEYS, seriesIdOf } from '../support/labelledStudy';
import { writeSimulatedAiRun } from '../support/simulatedAiRun';
import { tempDir } from '../support/tempDir';
import { openRendererInChromium, type RendererHarness } from './support/rendererHarness';
import { ViewerPage } from './support/ViewerPage';

const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

/**
 * Blinded first read in Chromium over the real store (product.md P2): with the setting on, the
 * worklist, grid, cell panel and views show nothing of the AI until the reader commits; the
 * commit is stored with the reader's grades, and then the AI appears.
 */
describe('blinded first read in Chromium', () => {
  const dir = tempDir();
  const databasePath = join(dir, 'workspace.sqlite');
  let browser: Browser;
  let app: RendererHarness;
  let viewer: ViewerPage;
  let db: Database;
  let studyId = 0;

  /** Painted pixels of a view's overlay canvas (points, AI boxes, lines): what the reader sees on top of the image. */
  const overlayPixels = (slot: string) =>
    app.page.evaluate((s) => {
      const canvas = document.querySelector(`[data-slot="${s}"] canvas.viewport-overlay`) as HTMLCanvasElement;
      const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) painted++;
      return painted;
    }, slot);

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const setup = openDatabase(databasePath);
    studyId = await labelledStudy(setup, join(dir, 'images'), '1000001');
    const t2 = seriesIdOf(setup, studyId, SERIES_KEYS.t2);
    const midT2 = setup
      .prepare('SELECT id FROM instances WHERE series_id = ? AND instance_number = ?')
      .pluck()
      .get(t2, SAGITTAL_INSTANCE[2]) as number;
    writeSimulatedAiRun(
      setup,
      studyId,
      new Map([
        [
          'spinal:l5_s1',
          { probabilities: [0.1, 0.2, 0.7], point: { seriesId: t2, instanceNumber: SAGITTAL_INSTANCE[2] as number, x: 33, y: 57 } },
        ],
      ]),
      [{ instanceId: midT2, condition: 'spinal', level: 'l5_s1', confidence: 0.93, box: [26, 50, 40, 62] }],
    );
    new SettingsStore(setup).set({ reader: 'Dr. Blind', blindedFirstRead: true });
    setup.close();
    ({ browser, app } = await openRendererInChromium({ databasePath }));
    db = app.workspace.services.db;
    viewer = new ViewerPage(app.page);
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it('keeps the AI out of the worklist: no disagreement count, filter or sort', async () => {
    const { page } = app;
    const row = page.locator('[data-study-key="1000001"]');
    await row.waitFor();
    await expect(row.getByRole('gridcell').nth(5).innerText()).resolves.toBe('hidden');
    await expect(page.getByLabel('AI disagrees').count()).resolves.toBe(0);
    await expect(page.getByRole('columnheader', { name: 'AI ≠ label' }).getByRole('button').count()).resolves.toBe(0);
  });

  it('opens the study with the AI hidden in the grid, the cell panel and the views', async () => {
    const { page } = app;
    await page.locator('[data-study-key="1000001"]').dblclick();
    await viewer.waitReady('sag_t2');
    const panel = page.getByRole('region', { name: 'Blinded first read' });
    await expect(panel.innerText()).resolves.toMatch(/The AI is hidden until you commit your grades \(25 of 25 graded\)/);
    await viewer.cell('spinal', 'l5_s1').click();
    await viewer.waitSlice('sag_t2', 2);
    await expect(page.locator('.cell-disagree').count()).resolves.toBe(0);
    await expect(page.locator('.cell-facts dd').nth(1).innerText()).resolves.toBe('hidden until you commit your first read');
    await expect(page.getByRole('button', { name: /Accept AI/ }).isDisabled()).resolves.toBe(true);
    await page.keyboard.press('Enter'); // the Accept AI key does nothing while blinded
    await page.keyboard.press('2'); // the reader's own grade: Moderate
    await expect.poll(() => viewer.cellGrade('spinal', 'l5_s1')).toBe('Mo');
    await page.screenshot({ path: join(SCREENSHOTS, 'blinded-first-read.png') });
    expect(
      db.prepare("SELECT source FROM grades WHERE study_id = ? AND condition = 'spinal' AND level = 'l5_s1'").pluck().get(studyId),
    ).toBe('reader');
  });

  it('commits the first read, stores it with the AI grade revealed, and shows the AI', async () => {
    const { page } = app;
    const blindOverlay = await overlayPixels('sag_t2');
    await page.keyboard.press('c'); // alone, C commits nothing: a commit cannot be taken back
    await page.waitForTimeout(300);
    expect(db.prepare('SELECT count(*) FROM first_reads').pluck().get()).toBe(0);
    await page.keyboard.press('Shift+C');
    await expect
      .poll(() => page.getByLabel('First read', { exact: true }).innerText())
      .toMatch(/^First read committed .+: 25 of 25 graded\.$/);
    await expect.poll(() => page.locator('[data-cell="spinal:l5_s1"] .cell-disagree').count()).toBe(1);
    await expect(page.getByRole('button', { name: /Accept AI/ }).isEnabled()).resolves.toBe(true);
    // The AI's box and point are now drawn over the same slice.
    await expect.poll(() => overlayPixels('sag_t2')).toBeGreaterThan(blindOverlay);
    expect(
      db
        .prepare(
          "SELECT f.reader, c.grade, c.ai_grade FROM first_reads f JOIN first_read_cells c ON c.first_read_id = f.id WHERE f.study_id = ? AND c.condition = 'spinal' AND c.level = 'l5_s1'",
        )
        .get(studyId),
    ).toEqual({ reader: 'Dr. Blind', grade: 'moderate', ai_grade: 'severe' });
    await page.getByRole('button', { name: /Accept AI/ }).click();
    await expect.poll(() => viewer.cellGrade('spinal', 'l5_s1')).toBe('S');
    await page.screenshot({ path: join(SCREENSHOTS, 'first-read-committed.png') });
  });

  it('shows the disagreement count in the worklist once the first read is committed', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    const row = page.locator('[data-study-key="1000001"]');
    await row.waitFor();
    // L5/S1 now agrees (accepted); spinal L4/L5 is labelled Moderate where the AI says Normal/Mild.
    await expect.poll(() => row.getByRole('gridcell').nth(5).innerText()).toBe('1');
  });
});
