/**
 * Draws the app icon (resources/icon.png, 512×512): five lumbar vertebrae as rounded blocks in a
 * lordotic curve, with discs between them, on a dark rounded square. Run: npx tsx scripts/make-icon.ts
 */
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const size = 512;
const png = new PNG({ width: size, height: size });

function roundedRectDistance(x: number, y: number, cx: number, cy: number, hw: number, hh: number, r: number): number {
  const dx = Math.max(Math.abs(x - cx) - (hw - r), 0);
  const dy = Math.max(Math.abs(y - cy) - (hh - r), 0);
  return Math.hypot(dx, dy) - r;
}

const vertebrae = [0, 1, 2, 3, 4].map((i) => {
  const t = (i - 2) / 2;
  return { cx: 256 + 38 * (1 - t * t) - 20, cy: 92 + i * 82, hw: 78 + i * 4, hh: 30 };
});

for (let y = 0; y < size; y++) {
  for (let x = 0; x < size; x++) {
    const i = (y * size + x) * 4;
    const background = roundedRectDistance(x, y, 256, 256, 250, 250, 80);
    const alpha = background < 0 ? 255 : background < 1 ? Math.round(255 * (1 - background)) : 0;
    let rgb: [number, number, number] = [18, 24, 32];
    for (const v of vertebrae) {
      const d = roundedRectDistance(x, y, v.cx, v.cy, v.hw, v.hh, 14);
      if (d < 0) rgb = [226, 232, 240];
      else if (d < 1.5) rgb = [120, 130, 140];
    }
    for (let k = 0; k < 4; k++) {
      const a = vertebrae[k];
      const b = vertebrae[k + 1];
      if (!a || !b) continue;
      const d = roundedRectDistance(x, y, (a.cx + b.cx) / 2, (a.cy + b.cy) / 2, (a.hw + b.hw) / 2 - 10, 8, 8);
      if (d < 0) rgb = k === 3 ? [255, 107, 107] : [79, 163, 255];
    }
    png.data[i] = rgb[0];
    png.data[i + 1] = rgb[1];
    png.data[i + 2] = rgb[2];
    png.data[i + 3] = alpha;
  }
}
writeFileSync('resources/icon.png', PNG.sync.write(png));
console.log('wrote resources/icon.png');
