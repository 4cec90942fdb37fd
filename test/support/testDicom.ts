import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { encodePart10, MR_IMAGE_STORAGE } from '../../electron/core/dicom/encodePart10';

export interface TestSliceOptions {
  studyUid: string;
  seriesUid: string;
  sopUid: string;
  instanceNumber: number;
  seriesDescription?: string;
  rows?: number;
  columns?: number;
  /** ImagePositionPatient. */
  position?: [number, number, number];
  /** ImageOrientationPatient. */
  orientation?: [number, number, number, number, number, number];
  pixelSpacing?: [number, number];
  /** Remove these keywords from the dataset (for bad-input tests). */
  omit?: string[];
  /** Fill value generator for pixel (r, c). */
  pixel?: (row: number, column: number) => number;
}

/** A small, valid MR Image Storage dataset for tests (16-bit unsigned, MONOCHROME2). */
export function testSliceDataset(options: TestSliceOptions): Record<string, unknown> {
  const rows = options.rows ?? 32;
  const columns = options.columns ?? 32;
  const pixels = new Uint16Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) pixels[r * columns + c] = options.pixel ? options.pixel(r, c) : (r * 7 + c * 3) % 4096;
  }
  const dataset: Record<string, unknown> = {
    SOPClassUID: MR_IMAGE_STORAGE,
    SOPInstanceUID: options.sopUid,
    StudyInstanceUID: options.studyUid,
    SeriesInstanceUID: options.seriesUid,
    Modality: 'MR',
    PatientID: 'TEST',
    SeriesDescription: options.seriesDescription ?? 'Sagittal T2/STIR',
    SeriesNumber: 1,
    InstanceNumber: options.instanceNumber,
    ImagePositionPatient: options.position ?? [0, -100, 100],
    ImageOrientationPatient: options.orientation ?? [0, 1, 0, 0, 0, -1],
    PixelSpacing: options.pixelSpacing ?? [0.5, 0.5],
    SliceThickness: 4,
    Rows: rows,
    Columns: columns,
    BitsAllocated: 16,
    BitsStored: 12,
    HighBit: 11,
    PixelRepresentation: 0,
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    PixelData: pixels.buffer,
    _vrMap: { PixelData: 'OW' },
  };
  for (const key of options.omit ?? []) delete dataset[key];
  return dataset;
}

export function writeTestSlice(file: string, options: TestSliceOptions): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, encodePart10(testSliceDataset(options)));
}
