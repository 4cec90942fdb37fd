import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AiDiagnostics,
  FolderGrant,
  JobInfo,
  LabelSetAgreement,
  ModelFolder,
  RunBaseline,
  RunComparison,
  RunQuality,
  RunSummary,
} from '../../electron/common/contract';
import { dispatch } from '../../electron/workspace/dispatch';
import { qualityWorkspace, type QualityWorkspace } from '../support/qualityWorkspace';
import { tempDir } from '../support/tempDir';
import { QualityPage } from './support/QualityPage';
import { openRendererInChromium, type RendererHarness } from './support/rendererHarness';

const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');
const JOB_TIMEOUT = 240_000;

const fixed = (v: number | null): string => (v === null ? '–' : v.toFixed(3));
const percent = (v: number | null): string => (v === null ? '–' : `${(v * 100).toFixed(1)}%`);

/**
 * Issue 7's screens ("Models & quality") in Debian's Chromium against the real handler table,
 * store and engine: phantom studies with their labels, the test models (real architectures) as
 * the model folder, REAL runs made through the screen's Run AI, a new grader version imported
 * through it. What the screen shows is checked against what the API returns.
 */
describe('Models & quality in Chromium', () => {
  const dir = tempDir('quality-e2e-');
  let ws: QualityWorkspace;
  let browser: Browser;
  let app: RendererHarness;
  let page: Page;
  let q: QualityPage;
  /** What the (native, here simulated) folder dialog answers next. */
  let nextFolder: string | null = null;
  const api = async <T>(channel: string, request: unknown = {}): Promise<T> => {
    const answer = await dispatch(app.workspace.handlers, channel, request);
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
    return answer.value as T;
  };
  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `quality-${name}.png`) });

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    ws = await qualityWorkspace(dir, { studies: 4, seed: 17 });
    ({ browser, app } = await openRendererInChromium(
      { databasePath: ws.databasePath, chooseFolder: () => nextFolder },
      { width: 1600, height: 1000 },
    ));
    page = app.page;
    q = new QualityPage(page);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it('opens from the top bar by keyboard; with no run yet the dashboard and the comparison say so', async () => {
    await page.locator(`[data-study-key="${ws.keys[0]}"]`).waitFor();
    await q.openByKeyboard();
    await expect(page.getByRole('button', { name: 'Models & quality' }).getAttribute('aria-current')).resolves.toBe('page');
    await page.getByText('No AI run yet').waitFor();
    await page.getByRole('tab', { name: 'Quality dashboard' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Compare runs' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Compare runs');
    await page.getByText('Comparing needs two runs').waitFor();
    expect(await q.violations()).toEqual([]);
    await page.keyboard.press('Control+1');
    await page.locator(`[data-study-key="${ws.keys[0]}"]`).waitFor();
    await expect(page.getByRole('heading', { name: 'Models & quality' }).count()).resolves.toBe(0);
    await q.openByKeyboard();
    await q.tab('Quality dashboard');
  });

  it('lists the model folder with its defaults and cards, and how the engine opened each model', async () => {
    const folder = await api<ModelFolder>('models:list');
    await q.tab('Models');
    const rows = page.locator('.model-table tbody tr');
    await expect.poll(() => rows.count()).toBe(folder.models.length);
    await expect(page.locator('.model-table tbody .badge', { hasText: 'default' }).count()).resolves.toBe(
      folder.models.filter((m) => m.isDefault).length,
    );
    const heading = folder.models[0]?.card?.match(/^# (.+)$/m)?.[1];
    expect(heading).toBeDefined();
    await expect(page.getByTestId('model-card-text').locator('h4').first().innerText()).resolves.toBe(heading);
    const diagnostics = await api<AiDiagnostics>('ai:diagnostics');
    await page.locator('[data-provider="cpu"]', { hasText: 'available' }).waitFor({ timeout: JOB_TIMEOUT });
    for (const m of diagnostics.models) {
      await expect(page.locator(`[data-diagnosis="${m.id}"] .badge`).innerText()).resolves.toBe(
        m.status === 'ok' ? `on ${m.provider}` : 'refused',
      );
    }
    expect(diagnostics.models.map((m) => m.id)).toEqual(folder.models.map((m) => m.id));
    expect(diagnostics.models.every((m) => m.status === 'ok' && m.provider === 'cpu')).toBe(true);
    expect(await q.violations()).toEqual([]);
  });

  it('refuses a folder whose file is not a model, says why, and adds nothing', async () => {
    const before = await api<ModelFolder>('models:list');
    nextFolder = ws.brokenDir;
    await page.getByRole('button', { name: 'Import models from a folder…' }).click();
    const outcome = page.getByTestId('import-outcome');
    await outcome.getByText('Import refused: nothing was added.').waitFor({ timeout: JOB_TIMEOUT });
    await expect(outcome.locator('li').first().innerText()).resolves.toMatch(/^grader\.onnx: /);
    expect((await api<ModelFolder>('models:list')).models.map((m) => m.id)).toEqual(before.models.map((m) => m.id));
    await outcome.getByRole('button', { name: 'Dismiss the import result' }).click();
  });

  it('imports a new grader version: shows what was added, and its card as formatted text without raw HTML', async () => {
    nextFolder = ws.newVersionDir;
    await page.getByRole('button', { name: 'Import models from a folder…' }).click();
    const outcome = page.getByTestId('import-outcome');
    await outcome.getByText('Added 1 model').waitFor({ timeout: JOB_TIMEOUT });
    await expect(outcome.innerText()).resolves.toContain(ws.newVersionId);
    const folder = await api<ModelFolder>('models:list');
    const added = folder.models.find((m) => m.id === ws.newVersionId);
    expect(added).toMatchObject({ isDefault: false, version: '2.0.0-e2e', kind: 'deepscorenet-grade', condition: 'spinal' });
    const row = page.locator(`[data-model="${ws.newVersionId}"]`);
    await expect.poll(() => row.innerText()).toContain('by choice');
    await expect(row.innerText()).resolves.toContain('accuracy 0.812 · macro f1 0.604 · quadratic kappa 0.710');
    await row.getByRole('button', { name: ws.newVersionId }).click();
    const card = page.getByTestId('model-card-text');
    await expect(card.locator('h4').innerText()).resolves.toBe(ws.newVersionId);
    await expect(card.locator('table').innerText()).resolves.toContain('macro_f1');
    await expect(card.locator('pre code').innerText()).resolves.toContain('python -m spine_training.train_grader');
    await expect(card.locator('strong').innerText()).resolves.toBe('corrected');
    await expect(card.locator('script').count()).resolves.toBe(0);
    await expect(page.title()).resolves.toBe('Spine Review');
    await page.getByText('Opening every model').waitFor({ state: 'detached', timeout: JOB_TIMEOUT });
    await shot('models');
  });

  it('runs the default models on every study as a job, then opens the run in the dashboard', async () => {
    await q.tab('Run AI');
    await expect(page.getByLabel('Every study of the workspace (4)').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Grader for Spinal canal').inputValue()).resolves.toBe('deepscorenet-spinal-test');
    await page.getByRole('button', { name: 'Run AI on 4 studies' }).click();
    const outcome = page.getByTestId('run-outcome');
    await outcome.getByText(/^Run #\d+ done$/).waitFor({ timeout: JOB_TIMEOUT });
    const runs = await api<RunSummary[]>('runs:list');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'done', studies: 4, options: { strategy: 'targeted' } });
    expect(runs[0]?.models.map((m) => m.id)).toContain('deepscorenet-spinal-test');
    await outcome.getByRole('button', { name: `Show run #${runs[0]?.id} in the quality dashboard` }).click();
    await expect(page.getByRole('tab', { name: 'Quality dashboard' }).getAttribute('aria-selected')).resolves.toBe('true');
  });

  it('shows the figures runs:quality and runs:baseline give, as charts and heatmaps', async () => {
    const [run] = await api<RunSummary[]>('runs:list');
    if (!run) throw new Error('no run');
    const quality = await api<RunQuality>('runs:quality', { runId: run.id });
    const baseline = await api<RunBaseline>('runs:baseline', { runId: run.id });
    await page.getByTestId('score-value').waitFor({ timeout: JOB_TIMEOUT });
    expect(quality.score.score).not.toBeNull();
    await expect(page.getByTestId('score-value').innerText()).resolves.toBe(fixed(quality.score.score));
    await expect(q.metric('metric-accuracy')).resolves.toBe(percent(quality.grading.accuracy));
    await expect(q.metric('metric-macro-f1')).resolves.toBe(fixed(quality.grading.macroF1));
    await expect(q.metric('metric-kappa')).resolves.toBe(fixed(quality.grading.quadraticKappa));
    await expect(q.metric('metric-found')).resolves.toBe(percent(quality.localisation.foundRate));
    const best = baseline.baselines.find((b) => b.kind === 'weighted-optimum');
    expect(baseline.labelledCells).toBe(quality.score.labelledCells);
    await expect(page.getByTestId('baseline-note').innerText()).resolves.toContain(`best constant ${fixed(best?.score.score ?? null)}`);
    // The score chart's accessible description carries every part and its reference.
    const chart = page.getByRole('img', { name: /Competition score and its four parts/ });
    await expect(chart.locator('desc').textContent()).resolves.toContain(
      `Spinal canal ${fixed(quality.score.spinal)} (best constant ${fixed(best?.score.spinal ?? null)})`,
    );
    for (const [group, caption] of [
      ['spinal', 'Spinal canal'],
      ['foraminal', 'Foraminal'],
      ['subarticular', 'Subarticular'],
    ] as const) {
      const heatmap = page.locator('table.heatmap', { has: page.locator('caption', { hasText: caption }) });
      const counts = (await heatmap.locator('.heat-count').allInnerTexts()).map((t) => Number(t.replace(/,/g, '')));
      expect(counts).toEqual(quality.grading.byGroup[group].confusion.flat());
    }
    await expect(page.getByRole('img', { name: /Recall per grade/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('img', { name: /Localisation error per condition group/ }).count()).resolves.toBe(1);
    expect(await q.violations()).toEqual([]);
    await shot('dashboard');
  });

  it('runs the imported grader version on a typed list of study ids', async () => {
    await q.tab('Run AI');
    await page.getByLabel('Study ids to run, separated by spaces, commas or new lines').fill(`${ws.keys.join(', ')}\n999999`);
    await page.getByText('4 studies found; not in this workspace: 999999').waitFor();
    await expect(page.getByLabel('These study ids:').isChecked()).resolves.toBe(true);
    await page.getByLabel('Grader for Spinal canal').selectOption(ws.newVersionId);
    expect(await q.violations()).toEqual([]);
    await shot('run-ai');
    await page.getByRole('button', { name: 'Run AI on 4 studies' }).click();
    const outcome = page.getByTestId('run-outcome');
    await outcome.getByText(/^Run #\d+ done$/).waitFor({ timeout: JOB_TIMEOUT });
    const runs = await api<RunSummary[]>('runs:list');
    expect(runs).toHaveLength(2);
    const ids = runs[0]?.models.map((m) => m.id) ?? [];
    expect(ids).toContain(ws.newVersionId);
    expect(ids).not.toContain('deepscorenet-spinal-test');
    expect(ids).toHaveLength(6);
    await outcome.getByRole('button', { name: 'Dismiss the run result' }).click();
  });

  it('compares the two runs cell by cell, differences highlighted, as runs:compare counts them', async () => {
    const [newer, older] = await api<RunSummary[]>('runs:list');
    if (!newer || !older) throw new Error('two runs expected');
    const comparison = await api<RunComparison>('runs:compare', {
      firstRunId: older.id,
      secondRunId: newer.id,
      onlyDifferent: true,
      limit: 20_000,
    });
    // Only the spinal grader changed: every other cell is answered identically.
    expect(comparison.differing).toBeGreaterThan(0);
    expect(comparison.rows.every((r) => r.condition === 'spinal')).toBe(true);
    await q.tab('Compare runs');
    await page.getByTestId('compare-cells').waitFor({ timeout: JOB_TIMEOUT });
    await expect(page.locator('#compare-first').inputValue()).resolves.toBe(String(older.id));
    await expect(page.locator('#compare-second').inputValue()).resolves.toBe(String(newer.id));
    await expect(q.metric('compare-cells')).resolves.toBe(comparison.cells.toLocaleString('en'));
    await expect(q.metric('compare-differing')).resolves.toBe(comparison.differing.toLocaleString('en'));
    await expect(q.metric('compare-mean-diff')).resolves.toBe(fixed(comparison.meanAbsDifference));
    await expect(q.metric('compare-kappa')).resolves.toBe(fixed(comparison.agreement.quadraticKappa));
    await page
      .getByText(`${comparison.differing} ${comparison.differing === 1 ? 'cell' : 'cells'} shown, only where the grades differ.`)
      .waitFor();
    const shown = page.locator('.compare-body [role="row"]');
    await expect.poll(() => shown.count()).toBeGreaterThan(0);
    await expect(page.locator('.compare-body [role="row"]:not(.differs)').count()).resolves.toBe(0);
    const first = comparison.rows[0];
    if (!first) throw new Error('no differing row');
    const row = page.locator(`[data-cell="${first.studyKey}:${first.condition}:${first.level}"]`);
    await expect(row.innerText()).resolves.toContain((first.maxAbsDifference ?? 0).toFixed(2));
    expect(await q.violations()).toEqual([]);
    await shot('compare');
    await page.getByLabel('Only cells whose grades differ').uncheck();
    await page.getByText(`${comparison.cells} cells shown.`).waitFor({ timeout: JOB_TIMEOUT });
    await expect.poll(() => page.locator('.compare-body [role="row"]:not(.differs)').count()).toBeGreaterThan(0);
  });

  it('measures agreement between grade sets: originals against corrections, another reader, a run', async () => {
    const [study] = ws.studyIds;
    await api('labels:setGrade', { studyId: study, condition: 'spinal', level: 'l4_l5', grade: 'severe' });
    await api('labels:setGrade', { studyId: study, condition: 'left_foraminal', level: 'l3_l4', grade: 'moderate' });
    const expected = await api<LabelSetAgreement>('quality:agreement', { first: { kind: 'imported' }, second: { kind: 'current' } });
    expect(expected.n).toBeGreaterThan(0);
    await q.tab('Agreement');
    await expect.poll(() => page.getByTestId('agreement-kappa').innerText(), { timeout: JOB_TIMEOUT }).toBe(fixed(expected.quadraticKappa));
    await page.getByText(`${expected.n} cells graded in both`).waitFor();
    expect(await q.violations()).toEqual([]);
    await shot('agreement');

    // "Another reader": the imported originals exported as RSNA CSVs, read back from their folder.
    const readerDir = join(dir, 'reader-b');
    // Through the folder dialog's grant, as the renderer would (issue 13): main takes handles, not paths.
    nextFolder = readerDir;
    const exportTo = await api<FolderGrant>('dialog:chooseFolder', { purpose: 'export' });
    const job = await api<JobInfo>('labels:export', { folder: exportTo.handle, variant: 'original' });
    expect((await app.workspace.services.jobs.settled(job.id)).state).toBe('done');
    await page.getByLabel('First grade set (rows): grade set').selectOption('folder');
    await page.getByText('Choose both grade sets.').waitFor();
    nextFolder = readerDir;
    await page.getByRole('button', { name: 'Choose folder…' }).click();
    const readerFolder = await api<FolderGrant>('dialog:chooseFolder', { purpose: 'reader-labels' });
    const reader = await api<LabelSetAgreement>('quality:agreement', {
      first: { kind: 'folder', folder: readerFolder.handle },
      second: { kind: 'current' },
    });
    expect(reader.n).toBe(expected.n);
    expect(reader.quadraticKappa).toBeCloseTo(expected.quadraticKappa ?? NaN, 12);
    await page.getByText(`0 only in reader-b`).waitFor({ timeout: JOB_TIMEOUT });
    await expect(page.getByTestId('agreement-kappa').innerText()).resolves.toBe(fixed(reader.quadraticKappa));

    await page.getByLabel('First grade set (rows): grade set').selectOption('run');
    const [latest] = await api<RunSummary[]>('runs:list');
    const run = await api<LabelSetAgreement>('quality:agreement', {
      first: { kind: 'run', runId: latest?.id },
      second: { kind: 'current' },
    });
    await expect.poll(() => page.getByTestId('agreement-kappa').innerText(), { timeout: JOB_TIMEOUT }).toBe(fixed(run.quadraticKappa));
    await page.getByText(`${run.n} cells graded in both`).waitFor();
  });

  it('exports training sets from the current labels as a job and says what it wrote', async () => {
    await q.tab('Models');
    const out = join(dir, 'training-export');
    nextFolder = out;
    await page.getByRole('button', { name: 'Export training sets…' }).click();
    const outcome = page.getByTestId('export-outcome');
    await outcome.getByText('Exported 4 studies').waitFor({ timeout: JOB_TIMEOUT });
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
    await expect(outcome.innerText()).resolves.toMatch(/detector: \d+ images/);
  });

  it('shows a default model the engine refuses, with the reason', async () => {
    const manifest = JSON.parse(readFileSync(join(ws.modelsDir, 'manifest.json'), 'utf8')) as {
      models: { id: string; file: string; kind: string }[];
    };
    const folder = await api<ModelFolder>('models:list');
    const victim = manifest.models.find((m) => m.kind === 'yolov8-detect' && folder.models.find((f) => f.id === m.id)?.isDefault);
    if (!victim) throw new Error('no default detector');
    appendFileSync(join(ws.modelsDir, victim.file), Buffer.from([0, 1, 2, 3]));
    await page.getByRole('button', { name: 'Check again' }).click();
    const item = page.locator(`[data-diagnosis="${victim.id}"]`);
    await expect.poll(() => item.locator('.badge').innerText(), { timeout: JOB_TIMEOUT }).toBe('refused');
    const diagnostics = await api<AiDiagnostics>('ai:diagnostics');
    const reasons = diagnostics.models.find((m) => m.id === victim.id)?.reasons ?? [];
    expect(reasons.length).toBeGreaterThan(0);
    await expect(item.locator('.reasons li').allInnerTexts()).resolves.toEqual(reasons);
    await expect(page.locator(`[data-model="${victim.id}"] .badge-refused`).innerText()).resolves.toBe('refused');
    await item.scrollIntoViewIfNeeded();
    await shot('models-refused');
  });
});
