import { encodePart10, MR_IMAGE_STORAGE } from '../../electron/core/dicom/encodePart10';

/**
 * The uncompressed source images that scripts/make-codec-fixtures.sh re-encodes with dcmtk,
 * gdcm and OpenJPH. Each is deterministic (seeded noise), so the lossless variants can be
 * compared value for value with the source.
 */
export interface CodecSource {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
  readonly frames: number;
  readonly bitsAllocated: 8 | 16;
  readonly bitsStored: number;
  readonly signed: boolean;
  readonly photometric: 'MONOCHROME1' | 'MONOCHROME2' | 'RGB';
  readonly sopClassUid: string;
  readonly extra?: Record<string, unknown>;
}

const SECONDARY_CAPTURE = '1.2.840.10008.5.1.4.1.1.7';
const MULTI_FRAME_GRAYSCALE_WORD_SC = '1.2.840.10008.5.1.4.1.1.7.3';
const CT_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.2';

export const CODEC_SOURCES: readonly CodecSource[] = [
  {
    name: 'mr16',
    rows: 512,
    columns: 512,
    frames: 1,
    bitsAllocated: 16,
    bitsStored: 16,
    signed: false,
    photometric: 'MONOCHROME2',
    sopClassUid: MR_IMAGE_STORAGE,
    extra: { WindowCenter: [1200, 700], WindowWidth: [2400, 1000], WindowCenterWidthExplanation: ['SOFT', 'NARROW'] },
  },
  {
    name: 'mr12',
    rows: 512,
    columns: 512,
    frames: 1,
    bitsAllocated: 16,
    bitsStored: 12,
    signed: false,
    photometric: 'MONOCHROME2',
    sopClassUid: MR_IMAGE_STORAGE,
    extra: { WindowCenter: 1500, WindowWidth: 3000 },
  },
  {
    name: 'ct16signed',
    rows: 512,
    columns: 512,
    frames: 1,
    bitsAllocated: 16,
    bitsStored: 16,
    signed: true,
    photometric: 'MONOCHROME2',
    sopClassUid: CT_IMAGE_STORAGE,
    extra: { RescaleSlope: 1, RescaleIntercept: -1024, RescaleType: 'HU', WindowCenter: [40, 400], WindowWidth: [400, 1800] },
  },
  {
    name: 'signed12',
    rows: 256,
    columns: 256,
    frames: 1,
    bitsAllocated: 16,
    bitsStored: 12,
    signed: true,
    photometric: 'MONOCHROME2',
    sopClassUid: MR_IMAGE_STORAGE,
  },
  {
    name: 'mono8',
    rows: 512,
    columns: 512,
    frames: 1,
    bitsAllocated: 8,
    bitsStored: 8,
    signed: false,
    photometric: 'MONOCHROME2',
    sopClassUid: SECONDARY_CAPTURE,
  },
  {
    name: 'odd8',
    rows: 31,
    columns: 33,
    frames: 1,
    bitsAllocated: 8,
    bitsStored: 8,
    signed: false,
    photometric: 'MONOCHROME2',
    sopClassUid: SECONDARY_CAPTURE,
  },
  {
    name: 'multiframe',
    rows: 256,
    columns: 256,
    frames: 4,
    bitsAllocated: 16,
    bitsStored: 12,
    signed: false,
    photometric: 'MONOCHROME2',
    sopClassUid: MULTI_FRAME_GRAYSCALE_WORD_SC,
  },
  {
    name: 'mono1',
    rows: 256,
    columns: 256,
    frames: 1,
    bitsAllocated: 16,
    bitsStored: 12,
    signed: false,
    photometric: 'MONOCHROME1',
    sopClassUid: MR_IMAGE_STORAGE,
  },
  {
    name: 'rgb',
    rows: 256,
    columns: 256,
    frames: 1,
    bitsAllocated: 8,
    bitsStored: 8,
    signed: false,
    photometric: 'RGB',
    sopClassUid: SECONDARY_CAPTURE,
  },
];

/** Mulberry32: a small seeded PRNG, so every run writes the same pixels. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A sagittal-spine-like intensity in [0, 1] at normalised (u, v) ∈ [0, 1]²: a body ellipse,
 * a column of vertebral blocks separated by brighter discs, a bright canal stripe, a soft
 * gradient — smooth structures so the codecs see anatomy, not pure noise.
 */
function anatomy(u: number, v: number, frame: number): number {
  const body = ((u - 0.5) / 0.42) ** 2 + ((v - 0.5) / 0.48) ** 2 < 1 ? 0.25 + 0.1 * v : 0.02;
  let value = body;
  const columnLeft = 0.35 + 0.02 * frame;
  if (u > columnLeft && u < columnLeft + 0.18 && v > 0.08 && v < 0.92) {
    const phase = ((v - 0.08) / 0.84) * 6;
    const inDisc = phase - Math.floor(phase) > 0.82;
    value = inDisc ? 0.75 : 0.45 + 0.08 * Math.sin(u * 40);
  }
  const canal = u - (columnLeft + 0.22);
  if (Math.abs(canal) < 0.035 && v > 0.05 && v < 0.95) value = 0.9 - 4 * Math.abs(canal);
  return value;
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** The stored values of every frame, frame after frame (RGB interleaved), as plain numbers. */
export function sourceValues(source: CodecSource): Int32Array {
  const { rows, columns, frames, bitsStored, signed } = source;
  const samples = source.photometric === 'RGB' ? 3 : 1;
  const out = new Int32Array(rows * columns * frames * samples);
  const random = seededRandom(rows * 31 + columns * 7 + bitsStored + frames);
  const min = signed ? -(2 ** (bitsStored - 1)) : 0;
  const max = signed ? 2 ** (bitsStored - 1) - 1 : 2 ** bitsStored - 1;
  // Use ~80 % of the range (16-bit MR rarely fills it), centred for signed data.
  const span = bitsStored === 16 ? 3800 : (max - min) * 0.8;
  const offset = signed ? -span / 3 : bitsStored === 16 ? 20 : (max - min) * 0.05;
  let i = 0;
  for (let f = 0; f < frames; f++) {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        const base = anatomy(c / columns, r / rows, f);
        for (let s = 0; s < samples; s++) {
          const tint = samples === 3 ? ([1, 0.8 - 0.3 * (c / columns), 0.5 + 0.5 * (r / rows)][s] ?? 1) : 1;
          const noise = gaussian(random) * span * 0.015;
          const value = Math.round(offset + base * tint * span + noise);
          out[i++] = Math.min(max, Math.max(min, value));
        }
      }
    }
  }
  return out;
}

/** The naturalized dcmjs dataset of a source, with its pixels in PixelData. */
export function sourceDataset(source: CodecSource): Record<string, unknown> {
  const values = sourceValues(source);
  const pixels =
    source.bitsAllocated === 8
      ? source.signed
        ? Int8Array.from(values)
        : Uint8Array.from(values)
      : source.signed
        ? Int16Array.from(values)
        : Uint16Array.from(values);
  const uidBase = `2.25.${source.name.split('').reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1_000_000_007, 7)}`;
  const rgb = source.photometric === 'RGB';
  return {
    SOPClassUID: source.sopClassUid,
    SOPInstanceUID: `${uidBase}.3`,
    StudyInstanceUID: `${uidBase}.1`,
    SeriesInstanceUID: `${uidBase}.2`,
    Modality: source.sopClassUid === CT_IMAGE_STORAGE ? 'CT' : source.photometric === 'RGB' ? 'OT' : 'MR',
    ConversionType: source.sopClassUid.startsWith(SECONDARY_CAPTURE) ? 'WSD' : undefined,
    PatientID: 'CODEC',
    PatientName: 'Codec^Fixture',
    StudyDate: '20240101',
    SeriesDescription: `codec source ${source.name}`,
    SeriesNumber: 1,
    InstanceNumber: 1,
    ImagePositionPatient: [-120, -130, 40],
    ImageOrientationPatient: [1, 0, 0, 0, 1, 0],
    PixelSpacing: [0.5, 0.5],
    SliceThickness: 3,
    Rows: source.rows,
    Columns: source.columns,
    ...(source.frames > 1 ? { NumberOfFrames: source.frames } : {}),
    BitsAllocated: source.bitsAllocated,
    BitsStored: source.bitsStored,
    HighBit: source.bitsStored - 1,
    PixelRepresentation: source.signed ? 1 : 0,
    SamplesPerPixel: rgb ? 3 : 1,
    ...(rgb ? { PlanarConfiguration: 0 } : {}),
    PhotometricInterpretation: source.photometric,
    ...source.extra,
    PixelData: pixels.buffer,
    _vrMap: { PixelData: source.bitsAllocated === 8 ? 'OB' : 'OW' },
  };
}

export function encodeSource(source: CodecSource): Buffer {
  const dataset = sourceDataset(source);
  for (const key of Object.keys(dataset)) if (dataset[key] === undefined) delete dataset[key];
  return encodePart10(dataset);
}
