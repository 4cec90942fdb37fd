/**
 * Renders README previews of the phantom (issue 3): a mid-sagittal T1, a mid-sagittal T2, an
 * axial T2 through L4/L5 and the parasagittal T1 through the left foramina, of a study graded
 * Normal/Mild everywhere and of the same study graded Severe everywhere, each written to docs/images/ as an 8-bit PNG with the file's own default window
 * (WindowCenter/WindowWidth, PS3.3 C.11.2.1.2), downscaled to at most 384 px.
 *
 *   npx tsx scripts/render-phantom-previews.ts [outDir] [--seed N] [--crop]
 *
 * The pixels are read back from the DICOM files the generator wrote, with dicom-parser, so the
 * previews show exactly what the files hold. --crop adds 4× crops around the labelled points.
 */
import dicomParser from 'dicom-parser';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import type { GradeId } from '../electron/common/vocabulary';
import { generatePhantomStudy } from '../phantom/generatePhantomStudy';
import type { StudyTruth, TruthPoint } from '../phantom/truth/StudyTruth';

const args = process.argv.slice(2);
const outDir = resolve(args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'docs/images');
const seedIndex = args.indexOf('--seed');
const seed = seedIndex >= 0 ? Number(args[seedIndex + 1]) : 2024;
const crops = args.includes('--crop');
const MAX_SIZE = 384;

interface Slice {
  readonly pixels: Uint16Array;
  readonly rows: number;
  readonly columns: number;
  readonly center: number;
  readonly width: number;
}

function readSlice(file: string): Slice {
  const bytes = readFileSync(file);
  const ds = dicomParser.parseDicom(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const rows = ds.uint16('x00280010') as number;
  const columns = ds.uint16('x00280011') as number;
  const element = ds.elements['x7fe00010'];
  if (!element) throw new Error(`${file}: no pixel data`);
  const pixels = new Uint16Array(
    bytes.buffer.slice(bytes.byteOffset + element.dataOffset, bytes.byteOffset + element.dataOffset + rows * columns * 2),
  );
  return { pixels, rows, columns, center: Number(ds.string('x00281050')), width: Number(ds.string('x00281051')) };
}

/** Linear VOI LUT (PS3.3 C.11.2.1.2.1) to 8 bits, area-averaged down to at most MAX_SIZE. */
function toPng(slice: Slice, file: string, crop?: { x: number; y: number; size: number }): void {
  const x0 = crop ? Math.round(crop.x - crop.size / 2) : 0;
  const y0 = crop ? Math.round(crop.y - crop.size / 2) : 0;
  const w = crop ? crop.size : slice.columns;
  const h = crop ? crop.size : slice.rows;
  const factor = crop ? 1 / 4 : Math.max(1, Math.ceil(Math.max(w, h) / MAX_SIZE));
  const outW = crop ? w * 4 : Math.floor(w / factor);
  const outH = crop ? h * 4 : Math.floor(h / factor);
  const png = new PNG({ width: outW, height: outH });
  const lo = slice.center - 0.5 - (slice.width - 1) / 2;
  const range = slice.width - 1;
  const value = (x: number, y: number): number => {
    if (x < 0 || y < 0 || x >= slice.columns || y >= slice.rows) return 0;
    return slice.pixels[y * slice.columns + x] as number;
  };
  for (let y = 0; y < outH; y++) {
    for (let x = 0; x < outW; x++) {
      let sum = 0;
      let n = 0;
      if (crop) {
        sum = value(x0 + Math.floor(x / 4), y0 + Math.floor(y / 4));
        n = 1;
      } else {
        for (let dy = 0; dy < factor; dy++) for (let dx = 0; dx < factor; dx++, n++) sum += value(x * factor + dx, y * factor + dy);
      }
      const v = Math.max(0, Math.min(255, Math.round(((sum / n - lo) / range) * 255)));
      const i = (y * outW + x) * 4;
      png.data[i] = v;
      png.data[i + 1] = v;
      png.data[i + 2] = v;
      png.data[i + 3] = 255;
    }
  }
  writeFileSync(file, PNG.sync.write(png, { colorType: 0 }));
}

function fileOf(truth: StudyTruth, point: TruthPoint): string {
  const series = truth.series.find((s) => s.seriesId === point.seriesId);
  const file = series?.files.find((f) => f.endsWith(`/${point.instanceNumber}.dcm`));
  if (!file) throw new Error(`no file for ${point.seriesId}/${point.instanceNumber}`);
  return file;
}

function midSagittalT1(truth: StudyTruth): string {
  const series = truth.series.find((s) => s.role === 'sag_t1');
  if (!series) throw new Error('no sagittal T1');
  // The T1 slice nearest the canal midline: mid-way between the L4/L5 foraminal slices.
  const spinal = truth.points.find((p) => p.condition === 'spinal' && p.level === 'l4_l5');
  const left = truth.points.find((p) => p.condition === 'left_foraminal' && p.level === 'l4_l5');
  const right = truth.points.find((p) => p.condition === 'right_foraminal' && p.level === 'l4_l5');
  if (!spinal || !left || !right) throw new Error('missing L4/L5 points');
  const midX = spinal.landmark[0];
  let best = '';
  let bestDistance = Infinity;
  for (const file of series.files) {
    const bytes = readFileSync(file);
    const ds = dicomParser.parseDicom(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { untilTag: 'x7fe00010' });
    const x = Number((ds.string('x00200032') ?? '').split('\\')[0]);
    if (Math.abs(x - midX) < bestDistance) {
      bestDistance = Math.abs(x - midX);
      best = file;
    }
  }
  return best;
}

mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'phantom-previews-'));
try {
  const cases: [string, GradeId][] = [
    ['normal', 'normal_mild'],
    ['severe', 'severe'],
  ];
  for (const [name, grade] of cases) {
    const { truth } = generatePhantomStudy(work, seed, 0, { grades: grade, pitfalls: 'none', sagittalT2: 't2' });
    const spinal = truth.points.find((p) => p.condition === 'spinal' && p.level === 'l4_l5');
    const axial = truth.points.find((p) => p.condition === 'left_subarticular' && p.level === 'l4_l5');
    const foramen = truth.points.find((p) => p.condition === 'left_foraminal' && p.level === 'l4_l5');
    if (!spinal || !axial || !foramen) throw new Error('missing L4/L5 points');
    toPng(readSlice(midSagittalT1(truth)), join(outDir, `phantom-${name}-sag-t1.png`));
    toPng(readSlice(fileOf(truth, spinal)), join(outDir, `phantom-${name}-sag-t2.png`));
    toPng(readSlice(fileOf(truth, axial)), join(outDir, `phantom-${name}-axial-l4l5.png`));
    toPng(readSlice(fileOf(truth, foramen)), join(outDir, `phantom-${name}-sag-t1-left-foramina.png`));
    if (crops) {
      for (const point of [spinal, axial, foramen]) {
        toPng(readSlice(fileOf(truth, point)), join(outDir, `crop-${name}-${point.condition}.png`), {
          x: point.pixel.x,
          y: point.pixel.y,
          size: 64,
        });
      }
    }
    console.log(`${name}: study ${truth.studyId}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`wrote previews to ${outDir}`);
