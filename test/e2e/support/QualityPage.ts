import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';

export type QualityTab = 'Quality dashboard' | 'Compare runs' | 'Agreement' | 'Automation bias' | 'Run AI' | 'Models';

/** The "Models & quality" screen as a test drives it (one page object per screen). */
export class QualityPage {
  constructor(readonly page: Page) {}

  /** Opens the screen with its keyboard shortcut, as a reader would from anywhere. */
  async openByKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+2');
    await this.page.getByRole('heading', { name: 'Models & quality' }).waitFor();
  }

  async tab(name: QualityTab): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
    await this.page
      .locator(`[role="tabpanel"][aria-labelledby="${await this.page.getByRole('tab', { name, exact: true }).getAttribute('id')}"]`)
      .waitFor();
  }

  get panel(): Locator {
    return this.page.getByRole('tabpanel');
  }

  /** The value text of a headline figure (its data-testid). */
  async metric(testId: string): Promise<string> {
    return (await this.page.getByTestId(testId).locator('.metric-value').innerText()).trim();
  }

  /** Violations of WCAG 2.1 A/AA and best-practice rules on the page, as "rule: target" lines. */
  async violations(): Promise<string[]> {
    const result = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    );
  }
}
