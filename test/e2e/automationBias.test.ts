import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AutomationBiasReport } from '../../electron/common/contract';
import type { ConditionId, GradeId, LevelId } from '../../electron/common/vocabulary';
import { dispatch } from '../../electron/workspace/dispatch';
import { acceptAi } from '../../electron/core/labels/acceptAi';
import { setGrade } from '../../electron/core/labels/editLabels';
import { recordAction } from '../../electron/core/labels/recordAction';
import { commitFirstRead } from '../../electron/core/reviews/firstRead';
import { openDatabase } from '../../electron/core/store/openDatabase';
import { labelledStudy } from '../support/labelledStudy';
import { writeSimulatedAiRun } from '../support/simulatedAiRun';
import { tempDir } from '../support/tempDir';
import { QualityPage } from './support/QualityPage';
import { openRendererInChromium, type RendererHarness } from './support/rendererHarness';

const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

/**
 * The Quality screen's "Automation bias" tab in Chromium over the real handler table and store:
 * blinded first reads committed for two readers with the core's commitFirstRead, then labels
 * changed the way the review screen changes them (recordAction + acceptAi / setGrade), and the
 * table's figures checked against hand-counted values and against quality:automationBias.
 * Both studies start from labelledStudy's labels: every cell Normal/Mild but spinal L4/L5 Moderate.
 */
describe('Automation bias tab in Chromium', () => {
  const dir = tempDir('automation-bias-e2e-');
  const databasePath = join(dir, 'workspace.sqlite');
  let browser: Browser;
  let app: RendererHarness;
  let page: Page;
  let q: QualityPage;
  let studyA: number;
  let studyB: number;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const db = openDatabase(databasePath);
    studyA = await labelledStudy(db, join(dir, 'images'), '1000001');
    studyB = await labelledStudy(db, join(dir, 'images'), '1000002');
    // Study A's AI: spinal L4/L5 Severe and spinal L1/L2 Moderate, so 2 of 25 cells disagree with the labels.
    writeSimulatedAiRun(
      db,
      studyA,
      new Map([
        ['spinal:l4_l5', { probabilities: [0.1, 0.2, 0.7] }],
        ['spinal:l1_l2', { probabilities: [0.2, 0.6, 0.2] }],
      ]),
    );
    // Study B's AI: right subarticular L3/L4 Severe, Normal/Mild elsewhere (so spinal L4/L5 disagrees too): 2 of 25.
    writeSimulatedAiRun(db, studyB, new Map([['right_subarticular:l3_l4', { probabilities: [0.1, 0.1, 0.8] }]]));
    db.close();
    ({ browser, app } = await openRendererInChromium({ databasePath }, { width: 1600, height: 900 }));
    page = app.page;
    q = new QualityPage(page);
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  const row = (reader: string) => page.locator(`.bias-table tr[data-reader="${reader}"]`);
  const cell = (reader: string, column: string) => row(reader).locator(`[data-column="${column}"]`).innerText();
  const cellsOf = async (reader: string) => (await row(reader).locator('th, td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());

  it('says how to get figures while there is no blinded first read', async () => {
    await page.locator('.worklist-row').first().waitFor();
    await q.openByKeyboard();
    await q.tab('Automation bias');
    await q.panel.getByText('No blinded first reads yet').waitFor();
    await expect(q.panel.innerText()).resolves.toContain('Turn on Settings → Blinded first read');
    expect(await q.violations()).toEqual([]);
  });

  it("shows, per reader and for all, who moved to the AI's grade after committing", async () => {
    const { db } = app.workspace.services;
    const grade = (studyId: number, reader: string, condition: ConditionId, level: LevelId, to: GradeId | null) =>
      recordAction(db, studyId, reader, 'reader', (meta) => setGrade(db, studyId, condition, level, to, meta));
    // dr-a: 25 cells, 23 agreeing with the AI. Accepts the AI at spinal L4/L5 (toward), upgrades left foraminal L1/L2 (away).
    commitFirstRead(db, studyA, 'dr-a');
    recordAction(db, studyA, 'dr-a', 'ai', (meta) => acceptAi(db, studyA, 'spinal', 'l4_l5', meta));
    grade(studyA, 'dr-a', 'left_foraminal', 'l1_l2', 'severe');
    // dr-b: 25 cells, 23 agreeing. Takes the AI's grade at both disagreements (toward ×2), clears spinal L2/L3 (away).
    commitFirstRead(db, studyB, 'dr-b');
    grade(studyB, 'dr-b', 'right_subarticular', 'l3_l4', 'severe');
    grade(studyB, 'dr-b', 'spinal', 'l4_l5', 'normal_mild');
    grade(studyB, 'dr-b', 'spinal', 'l2_l3', null);

    // Another tab and back: the panel reads the store again.
    await q.tab('Agreement');
    await q.tab('Automation bias');
    await row('all').waitFor();
    // Reader | first reads | cells | agreed before | after | changed | toward the AI | away from the AI
    expect(await cellsOf('dr-a')).toEqual(['dr-a', '1', '25', '92.0%', '92.0%', '2', '1 (50.0% of 2)', '1 (4.3% of 23)']);
    expect(await cellsOf('dr-b')).toEqual(['dr-b', '1', '25', '92.0%', '96.0%', '3', '2 (100.0% of 2)', '1 (4.3% of 23)']);
    expect(await cellsOf('all')).toEqual(['All readers', '2', '50', '92.0%', '94.0%', '5', '3 (75.0% of 4)', '2 (4.3% of 46)']);
    await expect(page.getByTestId('bias-toward-rate').innerText()).resolves.toBe('75.0%');

    // The same figures as the API's.
    const answer = await dispatch(app.workspace.handlers, 'quality:automationBias', {});
    if (!answer.ok) throw new Error(answer.error.message);
    const report = answer.value as AutomationBiasReport;
    expect(report.readers.map((r) => r.reader)).toEqual(['dr-a', 'dr-b']);
    expect(report.overall).toMatchObject({
      firstReads: 2,
      cells: 50,
      firstAgreesWithAi: 46,
      finalAgreesWithAi: 47,
      changedAfterReveal: 5,
      changedTowardAi: 3,
      changedAwayFromAi: 2,
    });
    await expect(cell('all', 'toward')).resolves.toContain(`${((report.overall.towardAiRate ?? 0) * 100).toFixed(1)}%`);

    // Accessible: a named table with row and column headers, no axe violation.
    const table = page.getByRole('table', { name: /^Automation bias per reader/ });
    await expect(table.getByRole('rowheader').allInnerTexts()).resolves.toEqual(['dr-a', 'dr-b', 'All readers']);
    await expect(table.getByRole('columnheader', { name: 'toward the AI' }).count()).resolves.toBe(1);
    expect(await q.violations()).toEqual([]);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'quality-automation-bias.png') });
  });
});
