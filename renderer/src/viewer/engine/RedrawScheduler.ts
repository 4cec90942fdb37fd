/**
 * Coalesces a viewport's redraw requests into one requestAnimationFrame, remembering whether the
 * image must be drawn again or only the overlay (a dragged point, a label change).
 */
export class RedrawScheduler {
  private frameRequest = 0;
  private imageDirty = true;
  private overlayDirty = true;
  private stopped = false;

  constructor(private readonly draw: (image: boolean, overlay: boolean) => void) {}

  /** Draws at the next frame: the overlay always, the image too when `image`. */
  request(image: boolean): void {
    if (image) this.imageDirty = true;
    this.overlayDirty = true;
    if (!this.frameRequest && !this.stopped) this.frameRequest = requestAnimationFrame(this.run);
  }

  /** No frame is drawn after this. */
  stop(): void {
    this.stopped = true;
    if (this.frameRequest) cancelAnimationFrame(this.frameRequest);
  }

  private readonly run = (): void => {
    this.frameRequest = 0;
    const image = this.imageDirty;
    const overlay = this.overlayDirty;
    this.imageDirty = false;
    this.overlayDirty = false;
    this.draw(image, overlay);
  };
}
