export interface CanvasPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * Image pixels ↔ canvas pixels for one viewport. Image pixel centres sit at integer
 * coordinates (RSNA x, y and PS3.3 C.7.6.2.1.1), so the image's top-left edge is (−0.5, −0.5).
 * Non-square pixels are drawn to scale: a column step is `columnSpacing` mm wide, a row step
 * `rowSpacing` mm tall. `zoom` is canvas pixels per millimetre; `pan` moves the image centre
 * away from the canvas centre, in canvas pixels.
 */
export class ViewTransform {
  zoom = 1;
  panX = 0;
  panY = 0;
  private canvasWidth = 1;
  private canvasHeight = 1;
  private columns = 1;
  private rows = 1;
  private columnSpacing = 1;
  private rowSpacing = 1;

  setCanvas(width: number, height: number): void {
    this.canvasWidth = Math.max(1, width);
    this.canvasHeight = Math.max(1, height);
  }

  setImage(columns: number, rows: number, columnSpacing = 1, rowSpacing = 1): void {
    this.columns = columns;
    this.rows = rows;
    this.columnSpacing = columnSpacing > 0 ? columnSpacing : 1;
    this.rowSpacing = rowSpacing > 0 ? rowSpacing : 1;
  }

  /** The zoom that shows the whole image, centred, with a small margin. */
  fitZoom(): number {
    const width = this.columns * this.columnSpacing;
    const height = this.rows * this.rowSpacing;
    return Math.min(this.canvasWidth / width, this.canvasHeight / height) * 0.96;
  }

  fit(): void {
    this.zoom = this.fitZoom();
    this.panX = 0;
    this.panY = 0;
  }

  /** Canvas pixels per image column and per image row. */
  get scaleX(): number {
    return this.zoom * this.columnSpacing;
  }

  get scaleY(): number {
    return this.zoom * this.rowSpacing;
  }

  imageToCanvas(x: number, y: number): CanvasPoint {
    return {
      x: this.canvasWidth / 2 + this.panX + (x + 0.5 - this.columns / 2) * this.scaleX,
      y: this.canvasHeight / 2 + this.panY + (y + 0.5 - this.rows / 2) * this.scaleY,
    };
  }

  canvasToImage(x: number, y: number): CanvasPoint {
    return {
      x: (x - this.canvasWidth / 2 - this.panX) / this.scaleX + this.columns / 2 - 0.5,
      y: (y - this.canvasHeight / 2 - this.panY) / this.scaleY + this.rows / 2 - 0.5,
    };
  }

  /** Zooms by `factor`, keeping the image point under canvas point (x, y) where it is. */
  zoomAt(factor: number, x: number, y: number): void {
    const anchor = this.canvasToImage(x, y);
    this.zoom = Math.min(64, Math.max(0.05, this.zoom * factor));
    const moved = this.imageToCanvas(anchor.x, anchor.y);
    this.panX += x - moved.x;
    this.panY += y - moved.y;
  }

  /** Pans so that image point (x, y) sits at the canvas centre. */
  centreOn(x: number, y: number): void {
    this.panX = -(x + 0.5 - this.columns / 2) * this.scaleX;
    this.panY = -(y + 0.5 - this.rows / 2) * this.scaleY;
  }

  /** Where the image's outer edges land on the canvas: for drawImage. */
  imageRect(): { x: number; y: number; width: number; height: number } {
    const topLeft = this.imageToCanvas(-0.5, -0.5);
    return { x: topLeft.x, y: topLeft.y, width: this.columns * this.scaleX, height: this.rows * this.scaleY };
  }
}
