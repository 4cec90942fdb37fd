import { minMaxToUint8, type GreyImage } from '../preprocess/minMaxToUint8';
import type { SliceInput, SliceSource } from './StudyInput';

/**
 * The 8-bit images of one study's slices, decoded on first use and kept for the study (the
 * detector and then the grader read the same slice). Errors name the file.
 */
export class StudyImages {
  private readonly images = new Map<number, Promise<GreyImage>>();

  constructor(private readonly source: SliceSource) {}

  get(slice: SliceInput): Promise<GreyImage> {
    let image = this.images.get(slice.instanceId);
    if (!image) {
      image = this.load(slice);
      this.images.set(slice.instanceId, image);
    }
    return image;
  }

  get decoded(): number {
    return this.images.size;
  }

  private async load(slice: SliceInput): Promise<GreyImage> {
    try {
      const pixels = await this.source(slice);
      return minMaxToUint8(pixels.values, pixels.rows, pixels.columns);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // The decoder's errors name the file already; others get it here.
      const named = message.startsWith(slice.filePath)
        ? message
        : `${slice.filePath}${slice.frame > 0 ? ` frame ${slice.frame}` : ''}: ${message}`;
      throw new Error(named, { cause: error });
    }
  }
}
