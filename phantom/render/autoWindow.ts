export interface DisplayWindow {
  readonly center: number;
  readonly width: number;
}

const histogram = new Uint32Array(65536);

/**
 * A display window (VOI LUT, PS3.3 C.11.2.1.2) from the image itself, as scanners set one:
 * from zero up to just above the 99.5th percentile of the pixels brighter than the background
 * noise, read from every third pixel.
 */
export function autoWindow(pixels: Uint16Array, backgroundLevel: number): DisplayWindow {
  histogram.fill(0);
  let total = 0;
  for (let i = 0; i < pixels.length; i += 3) {
    const value = pixels[i] as number;
    if (value > backgroundLevel) {
      histogram[value] = (histogram[value] as number) + 1;
      total++;
    }
  }
  if (total === 0) return { center: Math.round(backgroundLevel / 2) + 1, width: Math.round(backgroundLevel) + 2 };
  const target = total * 0.995;
  let seen = 0;
  let high = 0;
  for (let v = 0; v < histogram.length; v++) {
    seen += histogram[v] as number;
    if (seen >= target) {
      high = v;
      break;
    }
  }
  const width = Math.max(2, Math.round(high * 1.02));
  return { center: Math.round(width / 2), width };
}
