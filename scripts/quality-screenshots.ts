/**
 * `npx tsx scripts/quality-screenshots.ts [--models DIR] [--studies N]`: the README's pictures of
 * the "Models & quality" screen (issue 7), from the real renderer in Debian's Chromium over a
 * workspace of generated phantom studies: docs/images/models.png (the model folder, a model card,
 * the AI engine's diagnosis) and docs/images/quality.png (the dashboard of a REAL run of the
 * models in DIR on those studies). DIR defaults to the test models (random weights: their figures
 * mean nothing); pass the shipped models/ folder for the README.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { JobInfo } from '../electron/common/contract';
import { openRendererInChromium } from '../test/e2e/support/rendererHarness';
import { qualityWorkspace } from '../test/support/qualityWorkspace';

const { values } = parseArgs({ options: { models: { type: 'string' }, studies: { type: 'string', default: '10' } } });
const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'docs', 'images');

await build({ configFile: join(root, 'vite.renderer.config.ts'), logLevel: 'warn' });
const dir = mkdtempSync(join(tmpdir(), 'spine-review-quality-shots-'));
try {
  const ws = await qualityWorkspace(dir, { studies: Number(values.studies), seed: 5, ...(values.models ? { models: resolve(values.models) } : {}) });
  const { browser, app } = await openRendererInChromium({ databasePath: ws.databasePath }, { width: 1600, height: 1000 });
  const { page, workspace } = app;
  workspace.services.settings.set({ reader: 'Dr. Lind' });
  const started = (await workspace.handlers['ai:run']({})) as JobInfo;
  const finished = await workspace.services.jobs.settled(started.id);
  if (finished.state !== 'done') throw new Error(`the AI run ${finished.state}: ${finished.error ?? ''}`);

  await page.reload();
  await page.locator(`[data-study-key="${ws.keys[0]}"]`).waitFor();
  await page.keyboard.press('Control+2');
  await page.getByRole('tab', { name: 'Models', exact: true }).click();
  await page.locator('.model-table tbody tr').first().waitFor();
  await page.getByText('Opening every model').waitFor({ state: 'detached', timeout: 120_000 });
  await page.locator('.model-table tbody tr').nth(1).getByRole('button').click();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(out, 'models.png') });

  await page.getByRole('tab', { name: 'Quality dashboard' }).click();
  await page.getByTestId('score-value').waitFor({ timeout: 120_000 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'quality.png') });
  console.log(`wrote models.png and quality.png to ${out} (models ${values.models ?? 'test models'}, ${ws.keys.length} phantom studies)`);
  await app.close();
  await browser.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
