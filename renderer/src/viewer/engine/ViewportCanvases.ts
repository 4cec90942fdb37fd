import type { CanvasPoint } from './ViewTransform';

/**
 * A viewport's two canvases, the image under the overlay, stacked in the container the React
 * side gives it and sized to it in device pixels (sharp on a high-density screen).
 */
export class ViewportCanvases {
  readonly image: HTMLCanvasElement;
  readonly overlay: HTMLCanvasElement;
  /** Canvas pixels per CSS pixel, as of the last fitContainer. */
  pixelRatio = 1;
  private readonly resizeObserver: ResizeObserver;

  /** `resized` runs whenever the container's size changes; call fitContainer from it. */
  constructor(
    private readonly container: HTMLElement,
    resized: () => void,
  ) {
    this.image = this.addCanvas('viewport-image');
    this.overlay = this.addCanvas('viewport-overlay');
    this.resizeObserver = new ResizeObserver(resized);
    this.resizeObserver.observe(container);
  }

  private addCanvas(className: string): HTMLCanvasElement {
    const canvas = document.createElement('canvas');
    canvas.className = className;
    canvas.setAttribute('aria-hidden', 'true');
    this.container.appendChild(canvas);
    return canvas;
  }

  /** Sizes both canvases to the container at the device pixel ratio; their size in canvas pixels. */
  fitContainer(): { width: number; height: number } {
    this.pixelRatio = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(this.container.clientWidth * this.pixelRatio));
    const height = Math.max(1, Math.round(this.container.clientHeight * this.pixelRatio));
    for (const canvas of [this.image, this.overlay]) {
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
    }
    return { width, height };
  }

  /** Whether a client (CSS) position lies over the image area. */
  containsClient(clientX: number, clientY: number): boolean {
    const r = this.overlay.getBoundingClientRect();
    return clientX >= r.left && clientX <= r.right && clientY >= r.top && clientY <= r.bottom;
  }

  /** Canvas pixels of a client (CSS) position. */
  clientToCanvas(clientX: number, clientY: number): CanvasPoint {
    const r = this.overlay.getBoundingClientRect();
    return { x: (clientX - r.left) * this.pixelRatio, y: (clientY - r.top) * this.pixelRatio };
  }

  remove(): void {
    this.resizeObserver.disconnect();
    this.image.remove();
    this.overlay.remove();
  }
}
