import dicomParser, { type DataSet } from 'dicom-parser';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Vec3 } from '../../common/geometry';
import { asSeriesUid, asSopInstanceUid, asStudyUid } from '../../common/ids';
import type { DicomHeader } from './DicomHeader';
import { TAG } from './dicomTags';
import { describeThrown } from './pixels/DecodeError';

/**
 * MR headers usually end within 2–6 KiB; reading 8 KiB first avoids copying pixel data for
 * the common case, and a larger header (or a deflated file) is then read whole.
 */
const HEADER_PROBE_BYTES = 8 * 1024;
const PREAMBLE_BYTES = 128;

export class DicomHeaderError extends Error {
  constructor(
    readonly filePath: string,
    readonly reason: string,
  ) {
    super(`${filePath}: ${reason}`);
    this.name = 'DicomHeaderError';
  }
}

/**
 * Reads the header of a DICOM Part 10 file (PS3.10 §7.1: 128-byte preamble, "DICM", File Meta
 * Information) without its pixel data. Throws DicomHeaderError naming the file and the reason
 * when the file is not DICOM, is truncated, or lacks a tag the index needs.
 */
export function readDicomHeader(filePath: string, probeBytes = HEADER_PROBE_BYTES): DicomHeader {
  const fd = openSync(filePath, 'r');
  try {
    const stat = fstatSync(fd);
    const fileSize = stat.size;
    if (fileSize < PREAMBLE_BYTES + 4) throw new DicomHeaderError(filePath, `not a DICOM file: only ${fileSize} bytes`);
    let bytes = readBytes(fd, Math.min(fileSize, probeBytes));
    if (bytes.toString('latin1', PREAMBLE_BYTES, PREAMBLE_BYTES + 4) !== 'DICM') {
      throw new DicomHeaderError(filePath, 'not a DICOM Part 10 file: no "DICM" prefix at byte 128');
    }
    let dataSet = tryParse(bytes);
    if (bytes.length < fileSize && (dataSet === null || !dataSet.elements[TAG.PixelData])) {
      bytes = readBytes(fd, fileSize);
      dataSet = tryParse(bytes);
    }
    if (dataSet === null) {
      throw new DicomHeaderError(filePath, `truncated or malformed DICOM: ${parseFailure(bytes)}`);
    }
    return headerFromDataSet(filePath, fileSize, stat.mtimeMs, dataSet);
  } finally {
    closeSync(fd);
  }
}

function readBytes(fd: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let offset = 0;
  while (offset < length) {
    const read = readSync(fd, buffer, offset, length - offset, offset);
    if (read === 0) break;
    offset += read;
  }
  return offset === length ? buffer : buffer.subarray(0, offset);
}

function tryParse(bytes: Buffer): DataSet | null {
  try {
    return dicomParser.parseDicom(bytes, { untilTag: TAG.PixelData });
  } catch {
    return null;
  }
}

function parseFailure(bytes: Buffer): string {
  try {
    dicomParser.parseDicom(bytes, { untilTag: TAG.PixelData });
    return 'unknown parse error';
  } catch (error) {
    // dicom-parser throws plain strings, Errors, and { exception, dataSet } objects.
    return describeThrown(error);
  }
}

function headerFromDataSet(filePath: string, fileSize: number, fileMtimeMs: number, ds: DataSet): DicomHeader {
  const required = (tag: string, name: string, group: string): string => {
    const value = ds.string(tag);
    if (!value) throw new DicomHeaderError(filePath, `missing required tag ${name} (${group})`);
    return value;
  };
  const requiredUint16 = (tag: string, name: string, group: string): number => {
    const value = ds.elements[tag] ? ds.uint16(tag) : undefined;
    if (value === undefined || value === 0) throw new DicomHeaderError(filePath, `missing required tag ${name} (${group})`);
    return value;
  };

  const studyInstanceUid = required(TAG.StudyInstanceUID, 'StudyInstanceUID', '0020,000D');
  const seriesInstanceUid = required(TAG.SeriesInstanceUID, 'SeriesInstanceUID', '0020,000E');
  const sopInstanceUid = required(TAG.SOPInstanceUID, 'SOPInstanceUID', '0008,0018');
  const transferSyntaxUid = required(TAG.TransferSyntaxUID, 'TransferSyntaxUID', '0002,0010');
  const rows = requiredUint16(TAG.Rows, 'Rows', '0028,0010');
  const columns = requiredUint16(TAG.Columns, 'Columns', '0028,0011');
  const bitsAllocated = requiredUint16(TAG.BitsAllocated, 'BitsAllocated', '0028,0100');
  const pixelData = ds.elements[TAG.PixelData];
  if (!pixelData) throw new DicomHeaderError(filePath, 'missing required tag PixelData (7FE0,0010)');
  if (!pixelData.hadUndefinedLength && pixelData.dataOffset + pixelData.length > fileSize) {
    throw new DicomHeaderError(
      filePath,
      `truncated: PixelData (7FE0,0010) needs ${pixelData.length} bytes from offset ${pixelData.dataOffset}, file has ${fileSize}`,
    );
  }

  const orientation = decimals(ds, TAG.ImageOrientationPatient, 6);
  const spacing = decimals(ds, TAG.PixelSpacing, 2);
  return {
    filePath,
    fileSize,
    fileMtimeMs,
    transferSyntaxUid,
    sopClassUid: optionalString(ds, TAG.SOPClassUID),
    // Branded here, where they are read (issue 12): a UID of one kind cannot stand for another.
    sopInstanceUid: asSopInstanceUid(sopInstanceUid),
    studyInstanceUid: asStudyUid(studyInstanceUid),
    seriesInstanceUid: asSeriesUid(seriesInstanceUid),
    patientId: optionalString(ds, TAG.PatientID),
    studyDate: optionalString(ds, TAG.StudyDate),
    studyDescription: optionalString(ds, TAG.StudyDescription),
    seriesDescription: optionalString(ds, TAG.SeriesDescription),
    seriesNumber: optionalInteger(ds, TAG.SeriesNumber),
    modality: optionalString(ds, TAG.Modality),
    instanceNumber: optionalInteger(ds, TAG.InstanceNumber),
    rows,
    columns,
    frames: optionalInteger(ds, TAG.NumberOfFrames) ?? 1,
    bitsAllocated,
    photometric: optionalString(ds, TAG.PhotometricInterpretation) ?? 'MONOCHROME2',
    imagePosition: vec3(decimals(ds, TAG.ImagePositionPatient, 3), 0),
    rowDirection: vec3(orientation, 0),
    columnDirection: vec3(orientation, 3),
    pixelSpacing: spacing ? [spacing[0] as number, spacing[1] as number] : null,
    sliceThickness: optionalDecimal(ds, TAG.SliceThickness),
    repetitionTime: optionalDecimal(ds, TAG.RepetitionTime),
    echoTime: optionalDecimal(ds, TAG.EchoTime),
    inversionTime: optionalDecimal(ds, TAG.InversionTime),
  };
}

function optionalString(ds: DataSet, tag: string): string | null {
  const value = ds.string(tag);
  return value ? value : null;
}

/** IS / DS values (PS3.5 §6.2) as numbers; null when absent or not a finite number. */
function optionalDecimal(ds: DataSet, tag: string): number | null {
  const text = ds.string(tag);
  if (!text) return null;
  const value = Number(text.split('\\')[0]);
  return Number.isFinite(value) ? value : null;
}

function optionalInteger(ds: DataSet, tag: string): number | null {
  const value = optionalDecimal(ds, tag);
  return value === null ? null : Math.trunc(value);
}

/** A multi-valued DS as exactly `count` finite numbers, or null. */
function decimals(ds: DataSet, tag: string, count: number): number[] | null {
  const text = ds.string(tag);
  if (!text) return null;
  const parts = text.split('\\').map((part) => Number(part.trim()));
  if (parts.length !== count || parts.some((value) => !Number.isFinite(value))) return null;
  return parts;
}

function vec3(values: number[] | null, offset: number): Vec3 | null {
  if (!values) return null;
  return [values[offset] as number, values[offset + 1] as number, values[offset + 2] as number];
}
