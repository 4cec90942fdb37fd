/**
 * `npx tsx scripts/quality-screenshots.ts [--models DIR] [--studies N]`: the README's pictures of
 * the "Models & quality" screen (issue 7), from the real renderer in Debian's Chromium over a
 * workspace of generated phantom studies: docs/images/models.png (the model folder, a model card,
 * the AI engine's diagnosis) and docs/images/quality.png (the dashboard of a REAL run of the
 * models in DIR on those studies) and docs/images/automation-bias.png (the Automation bias tab
 * over blinded first reads of that run by three SIMULATED readers: each commits a first read
 * (the phantom's labels with one cell in seven graded one step off) and then takes the AI's grade
 * where it disagrees at a set rate: always, every other time, never; the third also raises one
 * grade the AI agreed with. The picture shows the tab, not a measurement of anyone). DIR defaults to the test models (random weights: their
 * figures mean nothing); pass the shipped models/ folder for the README. `--only automation-bias`
 * (or models, quality) writes that picture alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { JobInfo } from '../electron/common/contract';
import type { ConditionId, LevelId } from '../electron/common/vocabulary';
import { dispatch } from '../electron/workspace/dispatch';
import type { Workspace } from '../electron/workspace/openWorkspace';
import { openRendererInChromium } from '../test/e2e/support/rendererHarness';
import { qualityWorkspace } from '../test/support/qualityWorkspace';

const { values } = parseArgs({
  options: { models: { type: 'string' }, studies: { type: 'string', default: '10' }, only: { type: 'string' } },
});
const SHOTS = ['models', 'quality', 'automation-bias'] as const;
if (values.only !== undefined && !(SHOTS as readonly string[]).includes(values.only)) throw new Error(`--only: one of ${SHOTS.join(', ')}`);
const wanted = (shot: (typeof SHOTS)[number]): boolean => values.only === undefined || values.only === shot;
const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'docs', 'images');

await build({ configFile: join(root, 'vite.renderer.config.ts'), logLevel: 'warn' });
const dir = mkdtempSync(join(tmpdir(), 'spine-review-quality-shots-'));
try {
  const ws = await qualityWorkspace(dir, {
    studies: Number(values.studies),
    seed: 5,
    ...(values.models ? { models: resolve(values.models) } : {}),
  });
  const { browser, app } = await openRendererInChromium({ databasePath: ws.databasePath }, { width: 1600, height: 1000 });
  const { page, workspace } = app;
  workspace.services.settings.set({ reader: 'Dr. Lind' });
  const started = (await workspace.handlers['ai:run']({})) as JobInfo;
  const finished = await workspace.services.jobs.settled(started.id);
  if (finished.state !== 'done') throw new Error(`the AI run ${finished.state}: ${finished.error ?? ''}`);

  await page.reload();
  await page.locator(`[data-study-key="${ws.keys[0]}"]`).waitFor();
  await page.keyboard.press('Control+2');
  if (wanted('models')) {
    await page.getByRole('tab', { name: 'Models', exact: true }).click();
    await page.locator('.model-table tbody tr').first().waitFor();
    await page.getByText('Opening every model').waitFor({ state: 'detached', timeout: 120_000 });
    await page.locator('.model-table tbody tr').nth(1).getByRole('button').click();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(out, 'models.png') });
  }

  if (wanted('quality')) {
    await page.getByRole('tab', { name: 'Quality dashboard' }).click();
    await page.getByTestId('score-value').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, 'quality.png') });
  }

  if (wanted('automation-bias')) {
    await simulateFirstReads(workspace);
    await page.setViewportSize({ width: 1600, height: 900 });
    // The finished run's line in the job bar says nothing about this tab.
    for (const dismiss of await page.getByRole('button', { name: /^Dismiss / }).all()) await dismiss.click();
    await page.getByRole('tab', { name: 'Automation bias' }).click();
    await page.locator('.bias-table tr[data-reader="all"]').waitFor();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(out, 'automation-bias.png') });
  }
  console.log(
    `wrote ${values.only ?? SHOTS.join(', ')} to ${out} (models ${values.models ?? 'test models'}, ${ws.keys.length} phantom studies)`,
  );
  await app.close();
  await browser.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Blinded first reads of every study by three simulated readers in turn, through the handler
 * table as the review screen makes them: the labels with one cell in seven graded one step off
 * (a reader's own read is not the phantom's truth), committed (the run's grades revealed), then
 * the AI's grade taken at the reader's rate where it disagreed; Dr. Sato also raises one
 * Normal/Mild grade the AI agreed with, per study.
 */
async function simulateFirstReads(workspace: Workspace): Promise<void> {
  const call = async (channel: string, request: unknown): Promise<void> => {
    const answer = await dispatch(workspace.handlers, channel, request);
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
  };
  // Each reader takes the AI's grade at every `takesEvery`-th disagreement of theirs (0: never).
  const readers = [
    { name: 'Dr. Lind', takesEvery: 1, seen: 0 },
    { name: 'Dr. Okafor', takesEvery: 2, seen: 0 },
    { name: 'Dr. Sato', takesEvery: 0, seen: 0 },
  ];
  const { db } = workspace.services;
  await call('settings:set', { blindedFirstRead: true });
  const studies = db.prepare('SELECT id FROM studies ORDER BY study_key').pluck().all() as number[];
  for (const [n, studyId] of studies.entries()) {
    const reader = readers[n % readers.length] as (typeof readers)[number];
    await call('settings:set', { reader: reader.name });
    const labels = db
      .prepare('SELECT condition, level, grade FROM grades WHERE study_id = ? AND grade IS NOT NULL ORDER BY condition, level')
      .all(studyId) as { condition: ConditionId; level: LevelId; grade: string }[];
    for (const [i, g] of labels.entries()) {
      if ((i + n) % 7 === 0)
        await call('labels:setGrade', {
          studyId,
          condition: g.condition,
          level: g.level,
          grade: g.grade === 'normal_mild' ? 'moderate' : 'normal_mild',
        });
    }
    await call('reviews:commitFirstRead', { studyId });
    const cells = db
      .prepare(
        'SELECT c.condition, c.level, c.grade, c.ai_grade FROM first_read_cells c JOIN first_reads f ON f.id = c.first_read_id WHERE f.study_id = ? AND f.reader = ? AND c.grade IS NOT NULL AND c.ai_grade IS NOT NULL',
      )
      .all(studyId, reader.name) as { condition: ConditionId; level: LevelId; grade: string; ai_grade: string }[];
    for (const c of cells.filter((cell) => cell.grade !== cell.ai_grade)) {
      const takes = reader.takesEvery > 0 && reader.seen++ % reader.takesEvery === 0;
      if (takes) await call('labels:acceptAi', { studyId, condition: c.condition, level: c.level });
    }
    const agreed = cells.find((cell) => cell.grade === 'normal_mild' && cell.ai_grade === 'normal_mild');
    if (reader.name === 'Dr. Sato' && agreed)
      await call('labels:setGrade', { studyId, condition: agreed.condition, level: agreed.level, grade: 'moderate' });
  }
  await call('settings:set', { reader: 'Dr. Lind' });
}
