import dicomParser, { type DataSet, type Element } from 'dicom-parser';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { DecodeError, describeThrown } from './DecodeError';
import { nativeFrameBytes, type ImagePixelAttributes } from './ImagePixelAttributes';
import { transferSyntax, type TransferSyntax } from './transferSyntaxes';

/** A parsed file, ready for its frames to be cut out and decoded. */
export interface PixelDataset {
  readonly filePath: string;
  readonly transferSyntax: TransferSyntax;
  readonly attributes: ImagePixelAttributes;
  readonly dataSet: DataSet;
  readonly pixelData: Element;
  /** The bytes pixelData's offsets refer to (the inflated dataset for deflated files). */
  readonly bytes: Uint8Array;
}

const PREAMBLE_AND_PREFIX = 132;

/**
 * Reads and parses a DICOM Part 10 file (PS3.10 §7.1) with dicom-parser and checks that its
 * Image Pixel Module describes pixel data we can decode. Deflated files (PS3.5 A.5) are
 * inflated with node:zlib. Throws DecodeError naming the file on any problem.
 */
export function readPixelDataset(filePath: string): PixelDataset {
  let file: Buffer;
  try {
    file = readFileSync(filePath);
  } catch (error) {
    throw new DecodeError(filePath, `cannot read file: ${describeThrown(error)}`);
  }
  // A plain Uint8Array view: Buffer#slice shares memory, which the decoders must not rely on.
  return parsePixelDataset(filePath, new Uint8Array(file.buffer, file.byteOffset, file.length));
}

export function parsePixelDataset(filePath: string, file: Uint8Array): PixelDataset {
  if (file.length < PREAMBLE_AND_PREFIX || String.fromCharCode(file[128] ?? 0, file[129] ?? 0, file[130] ?? 0, file[131] ?? 0) !== 'DICM') {
    throw new DecodeError(filePath, 'not a DICOM Part 10 file: no "DICM" prefix at byte 128');
  }
  let inflated: Uint8Array | null = null;
  let dataSet: DataSet;
  try {
    dataSet = dicomParser.parseDicom(file, {
      inflater: (bytes: Uint8Array, position: number) => {
        // PS3.5 A.5: everything after the File Meta Information is a raw deflate stream.
        const body = inflateRawSync(bytes.subarray(position));
        const whole = new Uint8Array(position + body.length);
        whole.set(bytes.subarray(0, position));
        whole.set(body, position);
        inflated = whole;
        return whole;
      },
    } as dicomParser.ParseDicomOptions);
  } catch (error) {
    throw new DecodeError(filePath, `truncated or malformed DICOM: ${describeThrown(error)}`);
  }
  const uid = dataSet.string('x00020010');
  if (!uid) throw new DecodeError(filePath, 'missing TransferSyntaxUID (0002,0010)');
  const ts = transferSyntax(uid);
  if (!ts) throw new DecodeError(filePath, `unsupported transfer syntax ${uid}`);
  const pixelData = dataSet.elements['x7fe00010'];
  if (!pixelData) throw new DecodeError(filePath, 'no PixelData (7FE0,0010): not an image');
  const bytes: Uint8Array = inflated ?? file;
  const attributes = readAttributes(filePath, dataSet);
  checkPixelData(filePath, ts, attributes, pixelData, bytes.length);
  return { filePath, transferSyntax: ts, attributes, dataSet, pixelData, bytes };
}

function readAttributes(filePath: string, ds: DataSet): ImagePixelAttributes {
  const us = (tag: string, name: string, group: string): number => {
    if (!ds.elements[tag] || ds.elements[tag].length < 2) throw new DecodeError(filePath, `missing required ${name} (${group})`);
    return ds.uint16(tag) as number;
  };
  const rows = us('x00280010', 'Rows', '0028,0010');
  const columns = us('x00280011', 'Columns', '0028,0011');
  const bitsAllocated = us('x00280100', 'BitsAllocated', '0028,0100');
  const bitsStored = ds.elements['x00280101'] ? (ds.uint16('x00280101') as number) : bitsAllocated;
  const highBit = ds.elements['x00280102'] ? (ds.uint16('x00280102') as number) : bitsStored - 1;
  const samplesPerPixel = ds.elements['x00280002'] ? (ds.uint16('x00280002') as number) : 1;
  const pixelRepresentation = ds.elements['x00280103'] ? (ds.uint16('x00280103') as number) : 0;
  const planarConfiguration = ds.elements['x00280006'] ? (ds.uint16('x00280006') as number) : 0;
  const photometricInterpretation = (ds.string('x00280004') ?? (samplesPerPixel === 3 ? 'RGB' : 'MONOCHROME2')).trim();
  const frames = Math.trunc(decimals(ds, 'x00280008')[0] ?? 1);

  if (rows === 0 || columns === 0) throw new DecodeError(filePath, `empty image: Rows ${rows}, Columns ${columns}`);
  if (bitsAllocated !== 8 && bitsAllocated !== 16)
    throw new DecodeError(filePath, `unsupported BitsAllocated ${bitsAllocated} (8 or 16 are read)`);
  if (bitsStored < 1 || bitsStored > bitsAllocated)
    throw new DecodeError(filePath, `BitsStored ${bitsStored} does not fit BitsAllocated ${bitsAllocated}`);
  if (highBit < bitsStored - 1 || highBit >= bitsAllocated)
    throw new DecodeError(filePath, `HighBit ${highBit} does not fit BitsStored ${bitsStored} in BitsAllocated ${bitsAllocated}`);
  if (samplesPerPixel !== 1 && samplesPerPixel !== 3) throw new DecodeError(filePath, `unsupported SamplesPerPixel ${samplesPerPixel}`);
  if (pixelRepresentation !== 0 && pixelRepresentation !== 1)
    throw new DecodeError(filePath, `invalid PixelRepresentation ${pixelRepresentation}`);
  if (!Number.isFinite(frames) || frames < 1) throw new DecodeError(filePath, `invalid NumberOfFrames ${ds.string('x00280008') ?? ''}`);
  if ((samplesPerPixel === 3) !== !photometricInterpretation.startsWith('MONOCHROME')) {
    if (photometricInterpretation !== 'PALETTE COLOR' || samplesPerPixel !== 1) {
      throw new DecodeError(
        filePath,
        `PhotometricInterpretation ${photometricInterpretation} does not match SamplesPerPixel ${samplesPerPixel}`,
      );
    }
  }
  if (photometricInterpretation === 'PALETTE COLOR') throw new DecodeError(filePath, 'PALETTE COLOR images are not supported');

  const windowCenter = decimals(ds, 'x00281050');
  const windowWidth = decimals(ds, 'x00281051');
  const count = Math.min(windowCenter.length, windowWidth.length);
  return {
    rows,
    columns,
    frames,
    samplesPerPixel,
    bitsAllocated,
    bitsStored,
    highBit,
    pixelRepresentation,
    photometricInterpretation,
    planarConfiguration: planarConfiguration === 1 ? 1 : 0,
    rescaleSlope: decimals(ds, 'x00281053')[0] ?? 1,
    rescaleIntercept: decimals(ds, 'x00281052')[0] ?? 0,
    windowCenter: windowCenter.slice(0, count),
    windowWidth: windowWidth.slice(0, count),
    windowExplanation: (ds.string('x00281055') ?? '')
      .split('\\')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .slice(0, count),
    voiLutFunction: (ds.string('x00281056') ?? 'LINEAR').trim() || 'LINEAR',
  } as ImagePixelAttributes;
}

/** DS / IS values (PS3.5 §6.2) as finite numbers; an unparsable value ends the list. */
function decimals(ds: DataSet, tag: string): number[] {
  const text = ds.string(tag);
  if (!text) return [];
  const values: number[] = [];
  for (const part of text.split('\\')) {
    const value = Number(part.trim());
    if (part.trim() === '' || !Number.isFinite(value)) break;
    values.push(value);
  }
  return values;
}

function checkPixelData(
  filePath: string,
  ts: TransferSyntax,
  attributes: ImagePixelAttributes,
  pixelData: Element,
  fileLength: number,
): void {
  const encapsulated = pixelData.encapsulatedPixelData === true;
  if (ts.encapsulated && !encapsulated) {
    throw new DecodeError(
      filePath,
      `transfer syntax ${ts.uid} (${ts.name}) needs encapsulated pixel data, but PixelData (7FE0,0010) is native: wrong transfer syntax`,
    );
  }
  if (!ts.encapsulated && encapsulated) {
    throw new DecodeError(
      filePath,
      `transfer syntax ${ts.uid} (${ts.name}) needs native pixel data, but PixelData (7FE0,0010) is encapsulated: wrong transfer syntax`,
    );
  }
  if (ts.encapsulated) {
    if (!pixelData.fragments || pixelData.fragments.length === 0) throw new DecodeError(filePath, 'PixelData (7FE0,0010) has no fragments');
    for (const fragment of pixelData.fragments) {
      if (fragment.position + fragment.length > fileLength) {
        throw new DecodeError(
          filePath,
          `truncated: a PixelData fragment needs ${fragment.length} bytes from offset ${fragment.position}, file has ${fileLength}`,
        );
      }
    }
    return;
  }
  const needed = nativeFrameBytes(attributes) * attributes.frames;
  const available = Math.min(pixelData.length, fileLength - pixelData.dataOffset);
  if (available < needed) {
    throw new DecodeError(
      filePath,
      `truncated: PixelData (7FE0,0010) has ${available} bytes, ${attributes.frames} frame(s) of ${attributes.rows}×${attributes.columns}×${attributes.samplesPerPixel} at ${attributes.bitsAllocated} bits need ${needed}`,
    );
  }
}
