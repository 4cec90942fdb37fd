import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FolderGrant, LabelSetAgreement, LabelSetDisagreements, LabelSetRef } from '../../electron/common/contract';
import { dispatch } from '../../electron/workspace/dispatch';
import { openDatabase } from '../../electron/core/store/openDatabase';
import { labelledStudy } from '../support/labelledStudy';
import { TRAIN_HEADER, trainLine, writeRsnaTexts } from '../support/rsnaCsvText';
import { tempDir } from '../support/tempDir';
import { QualityPage } from './support/QualityPage';
import { openRendererInChromium, type RendererHarness } from './support/rendererHarness';

const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

/**
 * Adjudication on the Quality screen's Agreement tab in Chromium over the real handler table and
 * store: the current labels against another reader's train.csv (a real file, chosen through the
 * harness's folder dialog), the disagreeing cells listed, one settled to the reader's grade with
 * its button, and the store, the audit, the rows and the kappa checked afterwards. Both studies
 * start from labelledStudy's labels: every cell Normal/Mild but spinal L4/L5 Moderate.
 */
describe('Adjudicating disagreements in Chromium', () => {
  const dir = tempDir('adjudication-e2e-');
  const databasePath = join(dir, 'workspace.sqlite');
  const readerDir = join(dir, 'reader-b');
  let browser: Browser;
  let app: RendererHarness;
  let page: Page;
  let q: QualityPage;
  let studyA: number;
  const current: LabelSetRef = { kind: 'current' };
  // Reader B's folder as the renderer names it: by the handle the folder dialog granted (issue 13).
  let reader: LabelSetRef;
  const api = async <T>(channel: string, request: unknown): Promise<T> => {
    const answer = await dispatch(app.workspace.handlers, channel, request);
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
    return answer.value as T;
  };
  const rows = () => page.locator('.disagreement-table tbody tr');

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const db = openDatabase(databasePath);
    studyA = await labelledStudy(db, join(dir, 'images'), '1000001');
    await labelledStudy(db, join(dir, 'images'), '1000002');
    db.close();
    // Reader B: four disagreements (two of them two grades apart) and one blank cell (not one).
    writeRsnaTexts(readerDir, {
      train: [
        TRAIN_HEADER,
        trainLine('1000001', {
          spinal_canal_stenosis_l4_l5: 'Severe',
          left_neural_foraminal_narrowing_l1_l2: 'Severe',
          right_subarticular_stenosis_l5_s1: '',
        }),
        trainLine('1000002', {
          spinal_canal_stenosis_l4_l5: 'Moderate',
          spinal_canal_stenosis_l1_l2: 'Severe',
          left_subarticular_stenosis_l3_l4: 'Moderate',
        }),
        '',
      ].join('\n'),
    });
    ({ browser, app } = await openRendererInChromium({ databasePath, chooseFolder: () => readerDir }, { width: 1600, height: 900 }));
    app.workspace.services.settings.set({ reader: 'dr-adjudicator' });
    reader = { kind: 'folder', folder: (await api<FolderGrant>('dialog:chooseFolder', { purpose: 'reader-labels' })).handle };
    page = app.page;
    q = new QualityPage(page);
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it("lists the cells the current labels and another reader grade differently, and takes the reader's grade for one", async () => {
    await page.locator('.worklist-row').first().waitFor();
    await q.openByKeyboard();
    await q.tab('Agreement');
    await page.getByLabel('First grade set (rows): grade set').selectOption('current');
    await page.getByLabel('Second grade set (columns): grade set').selectOption('folder');
    await page.getByRole('button', { name: 'Choose folder…' }).click();

    const listed = await api<LabelSetDisagreements>('quality:disagreements', { first: current, second: reader });
    expect(listed.total).toBe(4);
    await expect.poll(() => page.getByTestId('disagreement-count').innerText()).toBe('4 cells disagree');
    const texts = async () => (await rows().allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(await texts()).toEqual([
      '1000001 Left Neural Foraminal Narrowing L1/L2 Normal/Mild Severe 2 Use Severe (reader-b)',
      '1000002 Spinal Canal Stenosis L1/L2 Normal/Mild Severe 2 Use Severe (reader-b)',
      '1000001 Spinal Canal Stenosis L4/L5 Moderate Severe 1 Use Severe (reader-b)',
      '1000002 Left Subarticular Stenosis L3/L4 Normal/Mild Moderate 1 Use Moderate (reader-b)',
    ]);
    expect(await rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-id')))).toEqual(listed.rows.map((r) => r.rowId));
    await expect(rows().first().locator('[data-column="second"] .grade').getAttribute('class')).resolves.toBe('grade grade-severe');
    const kappaBefore = await page.getByTestId('agreement-kappa').innerText();
    await expect(page.getByLabel('Condition', { exact: true }).locator('option').allTextContents()).resolves.toContain(
      'Spinal Canal Stenosis (2)',
    );
    expect(await q.violations()).toEqual([]);
    await page.locator('.disagreements').scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'quality-adjudication.png') });

    const row = page.locator('tr[data-row-id="1000001_left_neural_foraminal_narrowing_l1_l2"]');
    await row.getByRole('button', { name: 'Use Severe (reader-b)' }).click();
    await row.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('disagreement-count').innerText()).toBe('3 cells disagree');
    const { db } = app.workspace.services;
    expect(
      db.prepare("SELECT grade FROM grades WHERE study_id = ? AND condition = 'left_foraminal' AND level = 'l1_l2'").pluck().get(studyA),
    ).toBe('severe');
    expect(
      db
        .prepare(
          "SELECT action, before, after, reader, source FROM edits WHERE study_id = ? AND condition = 'left_foraminal' AND level = 'l1_l2'",
        )
        .all(studyA),
    ).toEqual([
      {
        action: 'set_grade',
        before: JSON.stringify('normal_mild'),
        after: JSON.stringify('severe'),
        reader: 'dr-adjudicator',
        source: 'reader',
      }, // the audit stores values as JSON
    ]);
    expect(
      db.prepare("SELECT count(*) FROM undo_stack WHERE study_id = ? AND reader = 'dr-adjudicator' AND undone = 0").pluck().get(studyA),
    ).toBe(1);
    const agreement = await api<LabelSetAgreement>('quality:agreement', { first: current, second: reader });
    await expect.poll(() => page.getByTestId('agreement-kappa').innerText()).toBe(agreement.quadraticKappa?.toFixed(3));
    expect(await page.getByTestId('agreement-kappa').innerText()).not.toBe(kappaBefore);

    // The filter asks for one condition's rows; with neither set the current labels, nothing can be settled.
    await page.getByLabel('Condition', { exact: true }).selectOption('spinal');
    await expect.poll(() => page.getByTestId('disagreement-count').innerText()).toBe('2 cells disagree in Spinal Canal Stenosis');
    await page.getByLabel('First grade set (rows): grade set').selectOption('imported');
    await page.getByText('Read only: neither set is the current labels').waitFor();
    await expect.poll(() => page.getByTestId('disagreement-count').innerText()).toBe('4 cells disagree');
    await expect(page.locator('.disagreement-table').getByRole('button', { name: /^Use / }).count()).resolves.toBe(0);
  });

  it('opens a study at the disagreeing cell from its row, and Esc comes back to the table as it was', async () => {
    await page.locator('[data-row-id="1000001_spinal_canal_stenosis_l4_l5"]').getByRole('button', { name: '1000001' }).click();
    await page.getByRole('region', { name: 'Selected cell: Spinal Canal Stenosis L4/L5' }).waitFor();
    await expect(page.getByRole('region', { name: 'Study viewer' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: 'Study viewer' }).waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('disagreement-count').innerText()).toBe('4 cells disagree');
    await expect(page.getByRole('tab', { name: 'Agreement' }).getAttribute('aria-selected')).resolves.toBe('true');
  });
});
