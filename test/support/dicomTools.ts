import { spawnSync } from 'node:child_process';
import dicomParser from 'dicom-parser';
import { readFileSync } from 'node:fs';

/** Messages of dicom3tools' dciodvfy for one file, split into errors and warnings. */
export function dciodvfy(file: string): { errors: string[]; warnings: string[] } {
  const run = spawnSync('dciodvfy', [file], { encoding: 'utf8' });
  if (run.error) throw run.error;
  const lines = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return { errors: lines.filter((l) => l.startsWith('Error')), warnings: lines.filter((l) => l.startsWith('Warning')) };
}

export interface PydicomFile {
  file: string;
  sopClassUid: string;
  sopInstanceUid: string;
  studyInstanceUid: string;
  seriesInstanceUid: string;
  frameOfReferenceUid: string;
  modality: string;
  seriesDescription: string;
  instanceNumber: number;
  rows: number;
  columns: number;
  shape: [number, number];
  bitsStored: number;
  pixelMax: number;
  pixelMean: number;
  ipp: number[];
  iop: number[];
  pixelSpacing: number[];
  sliceThickness: number | null;
  windowCenter: number;
  windowWidth: number;
}

const PYDICOM_SCRIPT = `
import json, sys
import pydicom
out = []
for f in json.load(sys.stdin):
    d = pydicom.dcmread(f)
    a = d.pixel_array
    st = d.get('SliceThickness', None)
    out.append(dict(file=f, sopClassUid=str(d.SOPClassUID), sopInstanceUid=str(d.SOPInstanceUID),
        studyInstanceUid=str(d.StudyInstanceUID), seriesInstanceUid=str(d.SeriesInstanceUID),
        frameOfReferenceUid=str(d.FrameOfReferenceUID), modality=str(d.Modality),
        seriesDescription=str(d.SeriesDescription), instanceNumber=int(d.InstanceNumber),
        rows=int(d.Rows), columns=int(d.Columns), shape=list(a.shape), bitsStored=int(d.BitsStored),
        pixelMax=int(a.max()), pixelMean=float(a.mean()),
        ipp=[float(v) for v in d.ImagePositionPatient], iop=[float(v) for v in d.ImageOrientationPatient],
        pixelSpacing=[float(v) for v in d.PixelSpacing],
        sliceThickness=(float(st) if st not in (None, '') else None),
        windowCenter=float(d.WindowCenter), windowWidth=float(d.WindowWidth)))
json.dump(out, sys.stdout)
`;

/** Reads files with Debian's python3-pydicom (an independent DICOM reader), pixels included. */
export function readWithPydicom(files: readonly string[]): PydicomFile[] {
  const run = spawnSync('/usr/bin/python3', ['-c', PYDICOM_SCRIPT], {
    input: JSON.stringify(files),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`pydicom failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as PydicomFile[];
}

/** The 16-bit unsigned pixels of a single-frame file, read with dicom-parser. */
export function readPixels(file: string): { pixels: Uint16Array; rows: number; columns: number } {
  const bytes = readFileSync(file);
  const ds = dicomParser.parseDicom(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const rows = ds.uint16('x00280010') as number;
  const columns = ds.uint16('x00280011') as number;
  const element = ds.elements['x7fe00010'];
  if (!element) throw new Error(`${file}: no pixel data`);
  const start = bytes.byteOffset + element.dataOffset;
  return { pixels: new Uint16Array(bytes.buffer.slice(start, start + rows * columns * 2)), rows, columns };
}
