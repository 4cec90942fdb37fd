import type { Locator, Page } from 'playwright-core';
import { conditionInfo, levelInfo, type ConditionId, type LevelId } from '../../../electron/common/vocabulary';

export type Slot = 'sag_t1' | 'sag_t2' | 'ax_t2';

/** The viewer screen as a test drives it (one page object per screen). */
export class ViewerPage {
  constructor(readonly page: Page) {}

  view(slot: Slot): Locator {
    return this.page.locator(`[data-slot="${slot}"] .viewport-canvas`);
  }

  async waitReady(slot: Slot): Promise<void> {
    await this.page.locator(`[data-slot="${slot}"] .viewport-canvas[data-status="ready"]`).waitFor();
  }

  async sliceIndex(slot: Slot): Promise<number> {
    return Number(await this.view(slot).getAttribute('data-slice-index'));
  }

  /** Waits until a view shows a slice (and has drawn it). */
  async waitSlice(slot: Slot, index: number): Promise<void> {
    await this.page.locator(`[data-slot="${slot}"] .viewport-canvas[data-slice-index="${index}"][data-status="ready"]`).waitFor();
  }

  cell(condition: ConditionId, level: LevelId): Locator {
    return this.page.locator(`[data-cell="${condition}:${level}"]`);
  }

  /** The grade letter a grid cell shows (N, Mo, S or –). */
  async cellGrade(condition: ConditionId, level: LevelId): Promise<string> {
    return (await this.cell(condition, level).locator('.cell-grade').innerText()).replace('*', '').trim();
  }

  cellName(condition: ConditionId, level: LevelId): string {
    return `${conditionInfo(condition).rsnaName} ${levelInfo(level).rsnaName}`;
  }

  /** Mean grey of a view's image canvas (what the reader sees, before overlays). */
  async meanGrey(slot: Slot): Promise<number> {
    return this.view(slot).evaluate((element) => {
      const canvas = element.querySelector('canvas.viewport-image') as HTMLCanvasElement;
      const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, canvas.width, canvas.height).data;
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum += data[i] as number;
      return sum / (data.length / 4);
    });
  }

  /**
   * The client position of an image pixel in a view that is fitted (press F first): the image
   * (columns × rows of `spacing` mm pixels) is centred and scaled to 96% of the tighter side,
   * the rule of ViewTransform.fit; pixel centres at integer coordinates.
   */
  async imageToClient(slot: Slot, x: number, y: number, columns: number, rows: number): Promise<{ x: number; y: number }> {
    const box = await this.view(slot).boundingBox();
    if (!box) throw new Error(`${slot} view not visible`);
    const scale = Math.min(box.width / columns, box.height / rows) * 0.96;
    return { x: box.x + box.width / 2 + (x + 0.5 - columns / 2) * scale, y: box.y + box.height / 2 + (y + 0.5 - rows / 2) * scale };
  }

  async fit(slot: Slot): Promise<void> {
    await this.view(slot).focus();
    await this.page.keyboard.press('f');
  }
}
