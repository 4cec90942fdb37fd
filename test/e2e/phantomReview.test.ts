import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudyDetail } from '../../electron/common/contract';
import { imagePoint, patientToPixel, pixelToPatient } from '../../electron/common/geometry';
import { getStudy } from '../../electron/core/studies/getStudy';
import type { Database } from '../../electron/core/store/openDatabase';
import { sliceGeometry } from '../../renderer/src/viewer/engine/ViewSeries';
import { phantomWorkspace, type PhantomWorkspace } from '../support/phantomWorkspace';
import { tempDir } from '../support/tempDir';
import { openRendererInChromium, type RendererHarness } from './support/rendererHarness';
import { ViewerPage, type Slot } from './support/ViewerPage';

const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

/**
 * A reader's session on generated phantom studies (issue 3's demo data, real 512×512 DICOM):
 * the built renderer in Debian's Chromium, window.spine bound to the real handler table, store,
 * decode workers and engine. Expectations come from the store and the geometry, never from the
 * screen alone.
 */
describe('reviewing phantom studies in Chromium', () => {
  const dir = tempDir();
  let phantom: PhantomWorkspace;
  let browser: Browser;
  let app: RendererHarness;
  let viewer: ViewerPage;
  let db: Database;
  let study: StudyDetail;
  const shot = (name: string) => app.page.screenshot({ path: join(SCREENSHOTS, `phantom-${name}.png`) });
  const pointOf = (condition: string, level: string) =>
    db
      .prepare(
        'SELECT id, series_id, instance_number, x, y FROM points WHERE study_id = ? AND condition = ? AND level = ? AND deleted = 0 ORDER BY id LIMIT 1',
      )
      .get(study.id, condition, level) as { id: number; series_id: number; instance_number: number; x: number; y: number } | undefined;
  const gradeOf = (condition: string, level: string) =>
    db.prepare('SELECT grade FROM grades WHERE study_id = ? AND condition = ? AND level = ?').pluck().get(study.id, condition, level);
  /** The index, in slice order, of an instance of a series (as the viewer orders slices). */
  const sliceIndexOf = (seriesId: number, instanceNumber: number) =>
    (study.series.find((s) => s.id === seriesId)?.instances ?? []).findIndex((i) => i.instanceNumber === instanceNumber);

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    phantom = await phantomWorkspace(dir, { studies: 3, seed: 11 });
    ({ browser, app } = await openRendererInChromium({ databasePath: phantom.databasePath }));
    db = app.workspace.services.db;
    study = getStudy(db, phantom.studyIds[0] as number);
    viewer = new ViewerPage(app.page);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it('opens the first study from the worklist with the keyboard', async () => {
    const { page } = app;
    const first = page.locator(`[data-study-key="${phantom.keys[0]}"]`);
    await first.waitFor();
    await expect(first.getByRole('gridcell').nth(2).innerText()).resolves.toBe('AI done');
    await shot('worklist');
    await first.click();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Study ${phantom.keys[0]}` }).waitFor();
    for (const slot of ['sag_t1', 'sag_t2', 'ax_t2'] as const) {
      await viewer.waitReady(slot);
      expect(await viewer.meanGrey(slot)).toBeGreaterThan(15);
    }
    expect(db.prepare('SELECT count(*) FROM edits WHERE study_id = ?').pluck().get(study.id)).toBe(0);
  });

  it('scrolls and windows the sagittal T2 view', async () => {
    const { page } = app;
    const start = await viewer.sliceIndex('sag_t2');
    await viewer.view('sag_t2').hover();
    await page.mouse.wheel(0, 100);
    await page.mouse.wheel(0, 100);
    await viewer.waitSlice('sag_t2', start + 2);
    const before = await viewer.meanGrey('sag_t2');
    const box = await viewer.view('sag_t2').boundingBox();
    if (!box) throw new Error('no view');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2 - 50, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => viewer.meanGrey('sag_t2')).toBeGreaterThan(before + 5);
    await expect(page.getByLabel('Window preset, Sagittal T2/STIR view').inputValue()).resolves.toBe('custom');
    await page.getByRole('button', { name: 'Reset window and zoom, Sagittal T2/STIR view' }).click();
    await expect.poll(() => viewer.meanGrey('sag_t2')).toBeCloseTo(before, 0);
  });

  it('jumps every view to a grid cell: its slice, and the axial slice through it', async () => {
    const { page } = app;
    await viewer.cell('spinal', 'l4_l5').click();
    const point = pointOf('spinal', 'l4_l5');
    if (!point) throw new Error('the phantom study has no spinal L4/L5 point');
    await viewer.waitSlice('sag_t2', sliceIndexOf(point.series_id, point.instance_number));
    // The axial view shows, of every axial slice of the study that the point falls on, the one whose plane is nearest it.
    const t2 = study.series.find((s) => s.id === point.series_id);
    const geometry = sliceGeometry(
      t2?.instances.find((i) => i.instanceNumber === point.instance_number) as NonNullable<typeof t2>['instances'][number],
    );
    if (!geometry) throw new Error('no geometry');
    const patient = pixelToPatient(geometry, imagePoint(point.x, point.y));
    const onImage = (g: NonNullable<ReturnType<typeof sliceGeometry>>) => {
      const { point: p, distance } = patientToPixel(g, patient);
      return p.x >= -0.5 && p.x <= g.columns - 0.5 && p.y >= -0.5 && p.y <= g.rows - 0.5 ? Math.abs(distance) : Infinity;
    };
    const nearest = Math.min(
      ...study.series
        .filter((s) => s.role === 'ax_t2')
        .flatMap((s) =>
          s.instances
            .map((i) => sliceGeometry(i))
            .filter((g) => g !== null)
            .map(onImage),
        ),
    );
    expect(nearest).toBeLessThan(10);
    await expect
      .poll(async () => {
        const seriesId = Number(await page.getByLabel('Series in the Axial T2 view').inputValue());
        const slice = study.series.find((s) => s.id === seriesId)?.instances[await viewer.sliceIndex('ax_t2')];
        const g = slice ? sliceGeometry(slice) : null;
        return g ? onImage(g) : Infinity;
      })
      .toBeCloseTo(nearest, 6);
    await page.getByRole('button', { name: 'Axial levels' }).click();
    await page.waitForTimeout(300);
    await shot('viewer-overlays');
  });

  it('drags a point to a new place and onto the next slice', async () => {
    const { page } = app;
    const before = pointOf('spinal', 'l3_l4');
    if (!before) throw new Error('no spinal L3/L4 point');
    const series = study.series.find((s) => s.id === before.series_id);
    const instance = series?.instances.find((i) => i.instanceNumber === before.instance_number);
    if (!instance?.pixelSpacing || instance.pixelSpacing[0] !== instance.pixelSpacing[1]) throw new Error('expected square pixels');
    await viewer.cell('spinal', 'l3_l4').click();
    const index = sliceIndexOf(before.series_id, before.instance_number);
    await viewer.waitSlice('sag_t2', index);
    await viewer.fit('sag_t2');
    const size = [instance.columns, instance.rows] as const;
    const from = await viewer.imageToClient('sag_t2', before.x, before.y, ...size);
    const to = await viewer.imageToClient('sag_t2', before.x + 12, before.y - 6, ...size);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => pointOf('spinal', 'l3_l4')?.x ?? 0).toBeGreaterThan(before.x + 10);
    const moved = pointOf('spinal', 'l3_l4');
    expect(moved).toMatchObject({ id: before.id, instance_number: before.instance_number });
    expect(moved?.y).toBeCloseTo(before.y - 6, 0);
    // Hold it again, wheel one slice on, drop it there.
    const grab = await viewer.imageToClient('sag_t2', moved?.x ?? 0, moved?.y ?? 0, ...size);
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x + 3, grab.y + 3, { steps: 2 });
    await page.mouse.wheel(0, 100);
    await viewer.waitSlice('sag_t2', index + 1);
    await page.mouse.up();
    const next = series?.instances[index + 1]?.instanceNumber;
    await expect.poll(() => pointOf('spinal', 'l3_l4')?.instance_number).toBe(next);
    await expect.poll(() => page.getByTestId('cell-point').innerText()).toMatch(new RegExp(`image ${next},`));
    await shot('viewer-dragged');
  });

  it('grades by keyboard, accepts the AI, and undoes and redoes', async () => {
    const { page } = app;
    await viewer.cell('left_foraminal', 'l5_s1').click();
    const label = gradeOf('left_foraminal', 'l5_s1');
    // This location is one the simulated AI disagrees on: Enter takes its grade.
    const ai = study.predictions.find((p) => p.condition === 'left_foraminal' && p.level === 'l5_s1');
    const aiGrade = (['normal_mild', 'moderate', 'severe'] as const)[
      ai?.probabilities.indexOf(Math.max(...(ai?.probabilities ?? [0]))) ?? 0
    ];
    expect(aiGrade).not.toBe(label);
    await page.keyboard.press('Enter');
    await expect.poll(() => gradeOf('left_foraminal', 'l5_s1')).toBe(aiGrade);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('3');
    await expect.poll(() => gradeOf('left_foraminal', 'l4_l5')).toBe('severe');
    await expect.poll(() => viewer.cellGrade('left_foraminal', 'l4_l5')).toBe('S');
    await page.keyboard.press('Control+z');
    await expect.poll(() => gradeOf('left_foraminal', 'l4_l5')).not.toBe('severe');
    await page.keyboard.press('Control+z');
    await expect.poll(() => gradeOf('left_foraminal', 'l5_s1')).toBe(label);
    await page.keyboard.press('Control+Shift+Z');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => gradeOf('left_foraminal', 'l4_l5')).toBe('severe');
    await expect.poll(() => gradeOf('left_foraminal', 'l5_s1')).toBe(aiGrade);
    await viewer.cell('spinal', 'l4_l5').click();
    await page.waitForTimeout(300);
    await page.locator('.review-panel').screenshot({ path: join(SCREENSHOTS, 'phantom-grid.png') });
  });

  it('marks the study reviewed, opens the next, and after a reload finds everything with its audit', async () => {
    const { page } = app;
    await page.locator('body').press('n');
    await page.getByRole('heading', { name: `Study ${phantom.keys[1]}` }).waitFor();
    expect(db.prepare('SELECT status FROM reviews WHERE study_id = ?').pluck().get(study.id)).toBe('reviewed');
    await viewer.waitReady('sag_t2');
    await page.reload();
    const row = page.locator(`[data-study-key="${phantom.keys[0]}"]`);
    await row.waitFor();
    await expect(row.getByRole('gridcell').nth(2).innerText()).resolves.toBe('Reviewed');
    await row.dblclick();
    await viewer.waitReady('sag_t2');
    await expect.poll(() => viewer.cellGrade('left_foraminal', 'l4_l5')).toBe('S');
    await viewer.cell('left_foraminal', 'l4_l5').click();
    const history = page.getByTestId('cell-history').locator('li');
    const stored = db
      .prepare("SELECT count(*) FROM edits WHERE study_id = ? AND condition = 'left_foraminal' AND level = 'l4_l5'")
      .pluck()
      .get(study.id) as number;
    expect(stored).toBe(3);
    await expect.poll(() => history.count()).toBe(stored + 1);
    await expect(history.first().innerText()).resolves.toMatch(/^grade \(redo\): .+ → Severe/);
    await viewer.cell('spinal', 'l3_l4').click();
    await expect.poll(() => history.count()).toBe(3);
    await expect(history.allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^moved point: T2 im \d+ .* → T2 im \d+ /),
      expect.stringMatching(/^moved point: /),
      expect.stringMatching(/^imported: /),
    ]);
  });

  it.each(['sag_t1', 'sag_t2', 'ax_t2'] as Slot[])('draws the %s view from real pixels (not a blank canvas)', async (slot) => {
    // A crude check that the image has structure: the spread of grey values is wide.
    const spread = await viewer.view(slot).evaluate((element) => {
      const canvas = element.querySelector('canvas.viewport-image') as HTMLCanvasElement;
      const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 7) seen.add(data[i] as number);
      return seen.size;
    });
    expect(spread).toBeGreaterThan(64);
  });
});
