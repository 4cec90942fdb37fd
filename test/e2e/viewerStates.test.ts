import { mkdirSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRsnaLabels } from '../../electron/core/labels/importRsnaLabels';
import { indexFolder } from '../../electron/core/indexing/indexFolder';
import { openDatabase, type Database } from '../../electron/core/store/openDatabase';
import { labelledStudy, LABELLED_STUDY_KEY, LEVEL_Y, SAGITTAL_INSTANCE, SERIES_KEYS } from '../support/labelledStudy';
import { writeSimulatedAiRun } from '../support/simulatedAiRun';
import { tempDir } from '../support/tempDir';
import { writeTestSlice } from '../support/testDicom';
import { openRendererInChromium, type RendererHarness } from './support/rendererHarness';
import { ViewerPage } from './support/ViewerPage';

const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

/** The viewer's other states: several axial series, a slice that cannot be decoded, a study without images, a level shift. */
describe('viewer states and series in Chromium', () => {
  const dir = tempDir();
  const root = join(dir, 'images');
  const databasePath = join(dir, 'workspace.sqlite');
  let browser: Browser;
  let app: RendererHarness;
  let viewer: ViewerPage;
  let db: Database;
  let studyId = 0;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // A second axial stack (6 slices, lower down) beside the labelled study's own.
    const studyUid = `1.2.826.0.1.3680043.10.9.${LABELLED_STUDY_KEY}`;
    for (let i = 0; i < 6; i++) {
      writeTestSlice(join(root, LABELLED_STUDY_KEY, '14', `${i + 1}.dcm`), {
        studyUid,
        seriesUid: `${studyUid}.14`,
        sopUid: `${studyUid}.14.${i + 1}`,
        instanceNumber: i + 1,
        seriesDescription: 'Axial T2 lower',
        rows: 64,
        columns: 64,
        position: [-16, -116, 60 - 4 * i],
        orientation: [1, 0, 0, 0, 1, 0],
      });
    }
    const setup = openDatabase(databasePath);
    studyId = await labelledStudy(setup, root);
    // A study known only from its labels (no images indexed).
    importRsnaLabels(setup, { train: [{ studyId: '2000001', grades: new Map() }] }, { folder: 'test', reader: 'importer' });
    await indexFolder(setup, root);
    setup.close();
    // The T1 slice below the middle one (index 3: x = −4 mm, SAGITTAL_INSTANCE[1]) is cut short after indexing: it cannot be decoded.
    truncateSync(join(root, LABELLED_STUDY_KEY, SERIES_KEYS.t1, `${SAGITTAL_INSTANCE[1]}.dcm`), 600);
    ({ browser, app } = await openRendererInChromium({ databasePath }));
    db = app.workspace.services.db;
    viewer = new ViewerPage(app.page);
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it('offers every series in the picker and shows the axial stack chosen', async () => {
    const { page } = app;
    await page.locator(`[data-study-key="${LABELLED_STUDY_KEY}"]`).dblclick();
    await viewer.waitReady('ax_t2');
    const picker = page.getByLabel('Series in the Axial T2 view');
    await expect(picker.locator('option').allInnerTexts()).resolves.toEqual([
      '— none —',
      'Sagittal T1 (5)',
      'Sagittal T2/STIR (5)',
      'Axial T2 (10)',
      'Axial T2 lower (6)',
    ]);
    await picker.selectOption({ label: 'Axial T2 lower (6)' });
    await viewer.waitSlice('ax_t2', 2);
    await expect(viewer.view('ax_t2').getAttribute('aria-label')).resolves.toMatch(/slice 3 of 6/i);
    expect(await viewer.meanGrey('ax_t2')).toBeGreaterThan(10);
  });

  it('jumps the axial view to the stack that holds a location', async () => {
    const { page } = app;
    // Spinal L2/L3 lies at z = 90 mm: in the main axial stack (slice index 7), 30 mm above the lower one.
    await viewer.cell('spinal', 'l2_l3').click();
    await viewer.waitSlice('ax_t2', 7);
    await expect(page.getByLabel('Series in the Axial T2 view').locator('option:checked').innerText()).resolves.toBe('Axial T2 (10)');
  });

  it('shows a clear error for a slice that cannot be decoded, and the next slice again', async () => {
    const { page } = app;
    await viewer.view('sag_t1').focus();
    await page.keyboard.press('ArrowDown');
    const alert = page.locator('[data-slot="sag_t1"] [role="alert"]');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toMatch(new RegExp(`${SAGITTAL_INSTANCE[1]}\\.dcm`));
    await page.screenshot({ path: join(SCREENSHOTS, 'viewer-decode-error.png') });
    await page.keyboard.press('ArrowDown');
    await viewer.waitSlice('sag_t1', 4);
    await expect(alert.count()).resolves.toBe(0);
  });

  it('shifts the levels of a series from the panel, and one undo puts them back', async () => {
    const { page } = app;
    const levels = () =>
      db.prepare("SELECT level FROM points WHERE study_id = ? AND condition = 'spinal' AND deleted = 0 ORDER BY y").pluck().all(studyId);
    expect(levels()).toEqual(['l1_l2', 'l2_l3', 'l3_l4', 'l4_l5', 'l5_s1']);
    await page.getByLabel('Series to shift').selectOption({ label: 'Sagittal T2/STIR (5 points)' });
    await page.getByRole('button', { name: 'Levels ↓' }).click();
    await expect.poll(levels).toEqual(['l2_l3', 'l3_l4', 'l4_l5', 'l5_s1']);
    await expect.poll(() => viewer.cellGrade('spinal', 'l1_l2')).toBe('–');
    await expect.poll(() => viewer.cellGrade('spinal', 'l5_s1')).toBe('Mo');
    await expect(page.getByRole('button', { name: 'Undo' }).getAttribute('title')).resolves.toMatch(/level shift/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(levels).toEqual(['l1_l2', 'l2_l3', 'l3_l4', 'l4_l5', 'l5_s1']);
    await expect.poll(() => viewer.cellGrade('spinal', 'l4_l5')).toBe('Mo');
  });

  it('drops a dragged point on another view: it moves to that series, and the checks flag the wrong series type', async () => {
    const { page } = app;
    const pointId = db
      .prepare("SELECT id FROM points WHERE study_id = ? AND condition = 'spinal' AND level = 'l1_l2' AND deleted = 0")
      .pluck()
      .get(studyId) as number;
    await viewer.cell('spinal', 'l1_l2').click();
    await viewer.waitSlice('sag_t2', 2);
    await viewer.waitSlice('sag_t1', 2);
    await viewer.fit('sag_t2');
    await viewer.fit('sag_t1');
    const from = await viewer.imageToClient('sag_t2', 30, LEVEL_Y.l1_l2, 64, 64);
    const to = await viewer.imageToClient('sag_t1', 28, LEVEL_Y.l1_l2 + 2, 64, 64);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 10 });
    await page.mouse.up();
    const t1 = db.prepare('SELECT id FROM series WHERE study_id = ? AND series_key = ?').pluck().get(studyId, SERIES_KEYS.t1);
    await expect
      .poll(() => db.prepare('SELECT series_id, instance_number FROM points WHERE id = ?').get(pointId))
      .toEqual({ series_id: t1, instance_number: SAGITTAL_INSTANCE[2] });
    const stored = db.prepare('SELECT x, y FROM points WHERE id = ?').get(pointId) as { x: number; y: number };
    expect(stored.x).toBeCloseTo(28, 0);
    expect(stored.y).toBeCloseTo(LEVEL_Y.l1_l2 + 2, 0);
    await page.getByText('Wrong series').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'viewer-dropped-on-other-view.png') });
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => db.prepare('SELECT series_key FROM points p JOIN series s ON s.id = p.series_id WHERE p.id = ?').pluck().get(pointId))
      .toBe(SERIES_KEYS.t2);
  });

  it('shows a new AI run as soon as a job has written it, without moving the views', async () => {
    const { page } = app;
    await expect(page.getByRole('button', { name: 'Run AI', exact: true }).isVisible()).resolves.toBe(true);
    const t2 = db.prepare('SELECT id FROM series WHERE study_id = ? AND series_key = ?').pluck().get(studyId, SERIES_KEYS.t2) as number;
    const before = await viewer.sliceIndex('sag_t1');
    // What an inference job leaves in the store, then the event main sends when a job changed the workspace.
    const runId = writeSimulatedAiRun(
      db,
      studyId,
      new Map([
        [
          'spinal:l3_l4',
          { probabilities: [0.1, 0.1, 0.8], point: { seriesId: t2, instanceNumber: SAGITTAL_INSTANCE[2] as number, x: 31, y: 33 } },
        ],
      ]),
    );
    app.workspace.services.emit('workspace:changed', { reason: 'ai' });
    await page.getByText(`AI run ${runId}`).waitFor();
    await expect(viewer.cell('spinal', 'l3_l4').getAttribute('aria-label')).resolves.toMatch(/AI Severe 80%, AI disagrees/);
    await expect(page.getByRole('button', { name: 'Run AI again' }).isVisible()).resolves.toBe(true);
    expect(await viewer.sliceIndex('sag_t1')).toBe(before);
  });

  it('opens a study without images: the views say so and the grid still works', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '← Worklist' }).click();
    await page.locator('[data-study-key="2000001"]').dblclick();
    await page.getByRole('heading', { name: 'Study 2000001' }).waitFor();
    for (const slot of ['sag_t1', 'sag_t2', 'ax_t2'] as const)
      await expect(viewer.view(slot).getAttribute('data-status')).resolves.toBe('empty');
    await viewer.cell('spinal', 'l1_l2').click();
    await page.keyboard.press('2');
    await expect
      .poll(() =>
        db
          .prepare(
            "SELECT grade FROM grades s JOIN studies t ON t.id = s.study_id WHERE t.study_key = '2000001' AND condition = 'spinal' AND level = 'l1_l2'",
          )
          .pluck()
          .get(),
      )
      .toBe('moderate');
    await page.screenshot({ path: join(SCREENSHOTS, 'viewer-no-images.png') });
  });
});
