/**
 * `npx tsx scripts/readme-screenshots.ts`: the README's pictures of the review UI, taken from the
 * real renderer in Debian's Chromium over a workspace of generated phantom studies (issue 3) with
 * a SIMULATED AI run (no trained model ships yet; see test/support/phantomWorkspace.ts):
 * docs/images/worklist.png, docs/images/viewer.png (overlays and reference lines), docs/images/grid.png,
 * docs/images/blinded-first-read.png (the same study with the AI hidden).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { asStudyId, type StudyId } from '../electron/common/ids';
import { openRendererInChromium } from '../test/e2e/support/rendererHarness';
import { ViewerPage } from '../test/e2e/support/ViewerPage';
import { phantomWorkspace } from '../test/support/phantomWorkspace';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'docs', 'images');

await build({ configFile: join(root, 'vite.renderer.config.ts'), logLevel: 'warn' });
const dir = mkdtempSync(join(tmpdir(), 'spine-review-shots-'));
try {
  const workspace = await phantomWorkspace(dir, { studies: 12, seed: 5, aiStudies: 8 });
  const { browser, app } = await openRendererInChromium({ databasePath: workspace.databasePath });
  const { page } = app;
  const viewer = new ViewerPage(page);
  const settings = app.workspace.services.settings;
  settings.set({ reader: 'Dr. Lind' });
  // A few studies already worked on, as a worklist in use looks.
  const { handlers } = app.workspace;
  const [a, b, c] = workspace.studyIds.map(asStudyId) as [StudyId, StudyId, StudyId];
  await handlers['reviews:set']({ studyId: b, status: 'reviewed' });
  await handlers['labels:setGrade']({ studyId: c, condition: 'spinal', level: 'l4_l5', grade: 'severe' });
  await page.reload();
  await page.locator(`[data-study-key="${workspace.keys[0]}"]`).waitFor();
  await page.getByRole('button', { name: 'AI ≠ label' }).click();
  await page.getByRole('button', { name: 'AI ≠ label' }).click();
  await page.screenshot({ path: join(out, 'worklist.png') });

  /** The first study open at spinal L4/L5, every view ready, the axial slice in its own window. */
  const openFirstStudyAtL4L5 = async (): Promise<void> => {
    await page.locator(`[data-study-key="${workspace.keys[0]}"]`).dblclick();
    for (const slot of ['sag_t1', 'sag_t2', 'ax_t2'] as const) await viewer.waitReady(slot);
    await viewer.cell('spinal', 'l4_l5').click();
    await page.waitForTimeout(1000);
    // The axial slice's own window (the view keeps the one of the slice it opened on until asked).
    await page.getByLabel('Window preset, Axial T2 view').selectOption({ index: 1 });
    await page.waitForTimeout(500);
    await page.mouse.move(0, 0);
  };
  await openFirstStudyAtL4L5();
  await page.screenshot({ path: join(out, 'viewer.png') });
  // The grid and the selected cell's panel, without the empty rest of the column.
  const top = await page.locator('.severity').boundingBox();
  const bottom = await page.locator('.cell-panel').boundingBox();
  if (!top || !bottom) throw new Error('the review panel is not on screen');
  await page.screenshot({
    path: join(out, 'grid.png'),
    clip: { x: top.x - 10, y: top.y - 10, width: top.width + 20, height: bottom.y + bottom.height - top.y + 20 },
  });
  // Blinded first read: the same study with the AI hidden until the reader commits.
  await page.keyboard.press('Escape');
  settings.set({ blindedFirstRead: true });
  await page.reload();
  await openFirstStudyAtL4L5();
  await page.screenshot({ path: join(out, 'blinded-first-read.png') });
  console.log(`wrote worklist.png, viewer.png, grid.png and blinded-first-read.png to ${out} (study ${workspace.keys[0]}, AI on ${a})`);
  await app.close();
  await browser.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
