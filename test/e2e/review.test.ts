import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeJpeg2000Decoder } from '../../electron/core/dicom/pixels/codecs/nativeOpenJpeg';
import { deletePoint } from '../../electron/core/labels/editLabels';
import { openDatabase, type Database } from '../../electron/core/store/openDatabase';
import { axialInstance, labelledStudy, LEVEL_Y, pointIdOf, SAGITTAL_INSTANCE, SERIES_KEYS, seriesIdOf } from '../support/labelledStudy';
import { writeSimulatedAiRun } from '../support/simulatedAiRun';
import { tempDir } from '../support/tempDir';
import { openRendererInChromium, type RendererHarness } from './support/rendererHarness';
import { ViewerPage } from './support/ViewerPage';

const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');
const SIZE = 64;

/**
 * The review workflow end to end: the built renderer in Debian's Chromium, window.spine bound to
 * the real handler table over a real workspace (SQLite store, decode workers, forked engine).
 * The tests run in order on one page, like a reader's session; each checks the screen and the store.
 */
describe('reviewing studies in Chromium against the real store and decoder', () => {
  const dir = tempDir();
  const databasePath = join(dir, 'workspace.sqlite');
  let browser: Browser;
  let app: RendererHarness;
  let viewer: ViewerPage;
  let db: Database;
  const ids = { first: 0, second: 0, third: 0 };
  const shot = (name: string) => app.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  const grade = (studyId: number, condition: string, level: string) =>
    db.prepare('SELECT grade FROM grades WHERE study_id = ? AND condition = ? AND level = ?').pluck().get(studyId, condition, level);
  const point = (id: number) =>
    db.prepare('SELECT series_id, instance_number, x, y, deleted FROM points WHERE id = ?').get(id) as {
      series_id: number;
      instance_number: number;
      x: number;
      y: number;
      deleted: number;
    };
  const until = async (check: () => boolean, what: string): Promise<void> => {
    for (let i = 0; i < 100; i++) {
      if (check()) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`timed out waiting for ${what}`);
  };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const setup = openDatabase(databasePath);
    ids.first = await labelledStudy(setup, join(dir, 'images'), '1000001');
    ids.second = await labelledStudy(setup, join(dir, 'images'), '1000002');
    ids.third = await labelledStudy(setup, join(dir, 'images'), '1000003');
    const t2 = seriesIdOf(setup, ids.first, SERIES_KEYS.t2);
    const midT2 = setup
      .prepare('SELECT id FROM instances WHERE series_id = ? AND instance_number = ?')
      .pluck()
      .get(t2, SAGITTAL_INSTANCE[2]) as number;
    writeSimulatedAiRun(
      setup,
      ids.first,
      new Map([
        [
          'spinal:l5_s1',
          { probabilities: [0.1, 0.2, 0.7], point: { seriesId: t2, instanceNumber: SAGITTAL_INSTANCE[2] as number, x: 33, y: 57 } },
        ],
        [
          'spinal:l4_l5',
          { probabilities: [0.15, 0.6, 0.25], point: { seriesId: t2, instanceNumber: SAGITTAL_INSTANCE[2] as number, x: 31, y: 44 } },
        ],
        ['left_foraminal:l4_l5', { probabilities: [0.2, 0.3, 0.5] }],
      ]),
      [{ instanceId: midT2, condition: 'spinal', level: 'l4_l5', confidence: 0.91, box: [25, 39, 37, 49] }],
    );
    // Study 3 has a grade without a point: a sanity-check failure for the worklist filter.
    deletePoint(setup, pointIdOf(setup, ids.third, 'spinal', 'l3_l4'), { reader: 'importer' });
    setup.close();
    ({ browser, app } = await openRendererInChromium({ databasePath }));
    db = app.workspace.services.db;
    viewer = new ViewerPage(app.page);
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it('sets the reader name in the settings (the audit writes it)', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Settings' }).click();
    // The About section says which JPEG 2000 decoder this installation uses and which workspace is open.
    const about = page.getByRole('region', { name: 'About this workstation' });
    await expect
      .poll(() => about.locator('dd').allTextContents())
      .toEqual(['e2e', databasePath, `${process.platform}-${process.arch}`, describeJpeg2000Decoder()]);
    await page.getByLabel('Reader name (written to the audit with every change)').fill('Dr. E2E');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Reader: Dr. E2E').waitFor();
    expect(JSON.parse(db.prepare("SELECT value FROM settings WHERE key = 'reader'").pluck().get() as string)).toBe('Dr. E2E');
  });

  it('lists the studies with status, checks and AI disagreement, and filters by label problems', async () => {
    const { page } = app;
    await page.locator('[data-study-key="1000003"]').waitFor();
    const row = (key: string) => page.locator(`[data-study-key="${key}"]`);
    await expect(row('1000001').getByRole('gridcell').nth(2).innerText()).resolves.toBe('AI done');
    await expect(row('1000003').getByRole('gridcell').nth(7).innerText()).resolves.toBe('1');
    await page.getByLabel('Label problems').check();
    await page.getByText('1 study').waitFor();
    expect(await page.locator('.worklist-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['studyKey']))).toEqual([
      '1000003',
    ]);
    const counts = await app.workspace.services.checks.allCounts();
    expect([...counts.entries()].filter(([, n]) => n > 0).map(([id]) => id)).toEqual([ids.third]);
    await shot('worklist-label-problems');
    await page.getByLabel('Label problems').uncheck();
    await page.getByText('3 studies').waitFor();
    await shot('worklist');
  });

  it('opens a study from the worklist by keyboard and shows the three views', async () => {
    const { page } = app;
    await page.locator('[data-study-key="1000001"]').click();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Study 1000001' }).waitFor();
    for (const slot of ['sag_t1', 'sag_t2', 'ax_t2'] as const) {
      await viewer.waitReady(slot);
      expect(await viewer.meanGrey(slot)).toBeGreaterThan(10);
    }
    // Sagittal slices are ordered by position along the normal, middle slice first: index 2 of 5.
    expect(await viewer.sliceIndex('sag_t2')).toBe(2);
    expect(db.prepare('SELECT count(*) FROM reviews').pluck().get()).toBe(0);
    await shot('viewer-opened');
  });

  it('scrolls slices with the wheel, the arrow keys and the slider, writing nothing', async () => {
    const { page } = app;
    const edits = db.prepare('SELECT count(*) FROM edits').pluck().get();
    await viewer.view('sag_t2').hover();
    await page.mouse.wheel(0, 100);
    await viewer.waitSlice('sag_t2', 3);
    await viewer.view('sag_t2').focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await viewer.waitSlice('sag_t2', 1);
    await page.getByRole('slider', { name: 'Slice, Sagittal T2/STIR view' }).fill('5');
    await viewer.waitSlice('sag_t2', 4);
    await expect(viewer.view('sag_t2').getAttribute('aria-label')).resolves.toMatch(/slice 5 of 5, position 8\.0 mm/i);
    expect(db.prepare('SELECT count(*) FROM edits').pluck().get()).toBe(edits);
  });

  it('changes window and level by dragging and by preset', async () => {
    const { page } = app;
    const storedSettings = db.prepare('SELECT key, value FROM settings ORDER BY key').all();
    const before = await viewer.meanGrey('sag_t1');
    const box = await viewer.view('sag_t1').boundingBox();
    if (!box) throw new Error('no view');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 80, box.y + box.height / 2 + 60, { steps: 6 });
    await page.mouse.up();
    const preset = page.getByLabel('Window preset, Sagittal T1 view');
    await expect(preset.inputValue()).resolves.toBe('custom');
    await expect.poll(() => viewer.meanGrey('sag_t1')).not.toBeCloseTo(before, 0);
    await shot('viewer-window-level');
    await preset.selectOption({ label: 'Full range' });
    await expect.poll(() => viewer.meanGrey('sag_t1')).toBeCloseTo(before, 0);
    // Window and level are a view's state, not a setting: nothing is written.
    expect(db.prepare('SELECT key, value FROM settings ORDER BY key').all()).toEqual(storedSettings);
  });

  it('jumps every view to a grid cell', async () => {
    await viewer.cell('left_foraminal', 'l2_l3').click();
    // The point is on the T1 slice at x = 8 mm (index 0); T2 goes to its nearest slice, the axial to z = 90 mm (index 7).
    await viewer.waitSlice('sag_t1', 0);
    await viewer.waitSlice('sag_t2', 0);
    await viewer.waitSlice('ax_t2', 7);
    const stored = point(pointIdOf(db, ids.first, 'left_foraminal', 'l2_l3'));
    expect(stored).toMatchObject({ instance_number: SAGITTAL_INSTANCE[4], x: 36, y: LEVEL_Y.l2_l3 });
    await shot('viewer-jump');
  });

  it('drags a point to a new place and then onto another slice', async () => {
    const { page } = app;
    const id = pointIdOf(db, ids.first, 'spinal', 'l2_l3');
    await viewer.cell('spinal', 'l2_l3').click();
    await viewer.waitSlice('sag_t2', 2);
    await viewer.fit('sag_t2');
    const from = await viewer.imageToClient('sag_t2', 30, LEVEL_Y.l2_l3, SIZE, SIZE);
    const to = await viewer.imageToClient('sag_t2', 34, 24, SIZE, SIZE);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    await until(() => Math.abs(point(id).x - 34) < 0.6 && Math.abs(point(id).y - 24) < 0.6, 'the moved point in the store');
    await expect.poll(() => page.getByTestId('cell-point').innerText()).toMatch(/image 1, \(3[34]\.\d, 2[34]\.\d\)/);
    // Grab it again, scroll one slice on while holding it, drop it there.
    const now = point(id);
    const grab = await viewer.imageToClient('sag_t2', now.x, now.y, SIZE, SIZE);
    const drop = await viewer.imageToClient('sag_t2', 36, 26, SIZE, SIZE);
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x + 4, grab.y + 4, { steps: 2 });
    await page.mouse.wheel(0, 100);
    await viewer.waitSlice('sag_t2', 3);
    await page.mouse.move(drop.x, drop.y, { steps: 4 });
    await page.mouse.up();
    // Slices run by position along the normal (−x for these sagittals): index 3 is x = −4 mm, instance SAGITTAL_INSTANCE[1].
    await until(() => point(id).instance_number === SAGITTAL_INSTANCE[1], 'the point on the next slice');
    expect(point(id)).toMatchObject({ series_id: seriesIdOf(db, ids.first, SERIES_KEYS.t2), deleted: 0 });
    await expect.poll(() => page.getByTestId('cell-point').innerText()).toMatch(new RegExp(`image ${SAGITTAL_INSTANCE[1]},`));
    await shot('viewer-point-dragged');
  });

  it('changes a grade by keyboard, then undoes and redoes it', async () => {
    const { page } = app;
    await viewer.cell('spinal', 'l2_l3').focus();
    await page.keyboard.press('ArrowRight');
    await expect(viewer.cell('spinal', 'l3_l4').getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('3');
    await until(() => grade(ids.first, 'spinal', 'l3_l4') === 'severe', 'the severe grade in the store');
    await expect.poll(() => viewer.cellGrade('spinal', 'l3_l4')).toBe('S');
    await page.keyboard.press('Control+z');
    await until(() => grade(ids.first, 'spinal', 'l3_l4') === 'normal_mild', 'the undone grade');
    await expect.poll(() => viewer.cellGrade('spinal', 'l3_l4')).toBe('N');
    await page.keyboard.press('Control+Shift+Z');
    await until(() => grade(ids.first, 'spinal', 'l3_l4') === 'severe', 'the redone grade');
    await expect.poll(() => viewer.cellGrade('spinal', 'l3_l4')).toBe('S');
    const sources = db
      .prepare("SELECT source FROM edits WHERE study_id = ? AND condition = 'spinal' AND level = 'l3_l4' ORDER BY id")
      .pluck()
      .all(ids.first);
    expect(sources).toEqual(['reader', 'undo', 'redo']);
  });

  it('accepts the AI grade and point with Enter', async () => {
    const { page } = app;
    await viewer.cell('spinal', 'l5_s1').click();
    await page.keyboard.press('Enter');
    await until(() => grade(ids.first, 'spinal', 'l5_s1') === 'severe', 'the accepted AI grade');
    expect(point(pointIdOf(db, ids.first, 'spinal', 'l5_s1'))).toMatchObject({ x: 33, y: 57 });
    expect(
      db.prepare("SELECT source FROM grades WHERE study_id = ? AND condition = 'spinal' AND level = 'l5_s1'").pluck().get(ids.first),
    ).toBe('ai');
    await expect.poll(() => viewer.cellGrade('spinal', 'l5_s1')).toBe('S');
    await viewer.cell('spinal', 'l4_l5').click();
    await shot('viewer-ai-accepted');
  });

  it('deletes a point and places a missing one on the slice shown', async () => {
    const { page } = app;
    const id = pointIdOf(db, ids.first, 'right_subarticular', 'l1_l2');
    await viewer.cell('right_subarticular', 'l1_l2').click();
    await viewer.waitSlice('ax_t2', 9);
    await page.keyboard.press('Delete');
    await until(() => point(id).deleted === 1, 'the deleted point');
    await expect.poll(() => page.getByTestId('cell-point').innerText()).toBe('none');
    await viewer.fit('ax_t2');
    await page.keyboard.press('p');
    const at = await viewer.imageToClient('ax_t2', 18, 31, SIZE, SIZE);
    await page.mouse.click(at.x, at.y);
    await until(() => pointIdOf(db, ids.first, 'right_subarticular', 'l1_l2') !== undefined, 'the placed point');
    const placed = point(pointIdOf(db, ids.first, 'right_subarticular', 'l1_l2'));
    expect(placed).toMatchObject({ series_id: seriesIdOf(db, ids.first, SERIES_KEYS.ax), instance_number: axialInstance(0), deleted: 0 });
    expect(placed.x).toBeCloseTo(18, 0);
    expect(placed.y).toBeCloseTo(31, 0);
    await expect.poll(() => page.getByTestId('cell-point').innerText()).toMatch(/Axial T2, image 10/);
  });

  it('marks the study reviewed and opens the next one', async () => {
    const { page } = app;
    await page.locator('body').press('n');
    await page.getByRole('heading', { name: 'Study 1000002' }).waitFor();
    expect(db.prepare('SELECT status, reader FROM reviews WHERE study_id = ?').get(ids.first)).toEqual({
      status: 'reviewed',
      reader: 'Dr. E2E',
    });
    await viewer.waitReady('sag_t2');
    await shot('viewer-next-study');
  });

  it('finds every change again after a reload, with its audit', async () => {
    const { page } = app;
    await page.reload();
    const row = page.locator('[data-study-key="1000001"]');
    await row.waitFor();
    await expect(row.getByRole('gridcell').nth(2).innerText()).resolves.toBe('Reviewed');
    await expect(row.getByRole('gridcell').nth(8).innerText()).resolves.toBe('Dr. E2E');
    await row.dblclick();
    await viewer.waitReady('sag_t2');
    await expect.poll(() => viewer.cellGrade('spinal', 'l3_l4')).toBe('S');
    await expect.poll(() => viewer.cellGrade('spinal', 'l5_s1')).toBe('S');
    await expect(page.getByTestId('study-status').innerText()).resolves.toBe('Reviewed by Dr. E2E');
    // The audit of a cell lists every stored edit of it, newest first, with reader and source.
    await viewer.cell('spinal', 'l3_l4').click();
    const history = page.getByTestId('cell-history').locator('li');
    await expect.poll(() => history.count()).toBe(4);
    await expect(history.allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^grade \(redo\): Normal\/Mild → Severe\nDr\. E2E · /),
      expect.stringMatching(/^grade \(undo\): Severe → Normal\/Mild\nDr\. E2E · /),
      expect.stringMatching(/^grade: Normal\/Mild → Severe\nDr\. E2E · /),
      'imported: Normal/Mild',
    ]);
    await viewer.cell('spinal', 'l2_l3').click();
    await expect.poll(() => history.count()).toBe(3);
    const moves = db
      .prepare("SELECT action, reader FROM edits WHERE study_id = ? AND condition = 'spinal' AND level = 'l2_l3' ORDER BY id DESC")
      .all(ids.first);
    expect(moves).toEqual([
      { action: 'move_point', reader: 'Dr. E2E' },
      { action: 'move_point', reader: 'Dr. E2E' },
    ]);
    await expect(history.first().innerText()).resolves.toMatch(/^moved point: T2 im 1 \(3\d\.\d, 2\d\.\d\) → T2 im 5 \(3\d\.\d, 2\d\.\d\)/);
    await viewer.cell('spinal', 'l5_s1').click();
    // Polled: the cell's history arrives by its own call after the click (l2_l3's has as many rows).
    await expect
      .poll(() => history.allInnerTexts())
      .toEqual([
        expect.stringMatching(/^moved point \(accepted AI\): T2 im 1 \(30\.0, 56\.0\) → T2 im 1 \(33\.0, 57\.0\)/),
        expect.stringMatching(/^grade \(accepted AI\): Normal\/Mild → Severe/),
        'imported: Normal/Mild',
      ]);
    await shot('viewer-audit');
  });
});
