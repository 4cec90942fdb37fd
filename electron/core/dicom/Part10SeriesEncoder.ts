import dcmjs from 'dcmjs';
import { endianness } from 'node:os';
import { EXPLICIT_VR_LITTLE_ENDIAN, IMPLEMENTATION_CLASS_UID, IMPLEMENTATION_VERSION_NAME } from './encodePart10';

const { DicomDict, DicomMetaDictionary } = dcmjs.data;

/** (7FE0,0010) Pixel Data, VR OW, explicit VR little endian: tag, VR, 2 reserved bytes (PS3.5 §7.1.2). */
const PIXEL_DATA_HEADER = Buffer.from([0xe0, 0x7f, 0x10, 0x00, 0x4f, 0x57, 0x00, 0x00]);

/**
 * Writes many Part 10 files of one series fast. dcmjs encodes the header (the series-level
 * attributes are converted to its tag form once and reused for every slice); the 16-bit
 * pixels are then appended as the last element, Pixel Data (7FE0,0010) OW with an explicit
 * 32-bit length (PS3.5 §7.1.2), instead of passing through dcmjs's growing write buffer, which
 * costs most of the time for a 512 × 512 slice. The dataset must not contain PixelData.
 */
export class Part10SeriesEncoder {
  private readonly seriesDict: Record<string, unknown>;
  private readonly sopClassUid: unknown;

  constructor(seriesDataset: Record<string, unknown>) {
    if ('PixelData' in seriesDataset) throw new Error('Part10SeriesEncoder: give pixels to encode(), not in the dataset');
    this.seriesDict = DicomMetaDictionary.denaturalizeDataset(seriesDataset);
    this.sopClassUid = seriesDataset['SOPClassUID'];
  }

  encode(sliceDataset: Record<string, unknown>, pixels: Uint16Array | Int16Array): Buffer {
    const sopClassUid = sliceDataset['SOPClassUID'] ?? this.sopClassUid;
    const meta = DicomMetaDictionary.denaturalizeDataset({
      FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
      MediaStorageSOPClassUID: sopClassUid,
      MediaStorageSOPInstanceUID: sliceDataset['SOPInstanceUID'],
      TransferSyntaxUID: EXPLICIT_VR_LITTLE_ENDIAN,
      ImplementationClassUID: IMPLEMENTATION_CLASS_UID,
      ImplementationVersionName: IMPLEMENTATION_VERSION_NAME,
    });
    const dict = new DicomDict(meta);
    dict.dict = { ...this.seriesDict, ...DicomMetaDictionary.denaturalizeDataset(sliceDataset) };
    const header = Buffer.from(dict.write());
    const length = Buffer.alloc(4);
    length.writeUInt32LE(pixels.byteLength, 0);
    return Buffer.concat([header, PIXEL_DATA_HEADER, length, littleEndianBytes(pixels)]);
  }
}

function littleEndianBytes(pixels: Uint16Array | Int16Array): Buffer {
  const bytes = Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  if (endianness() === 'LE') return bytes;
  const swapped = Buffer.from(bytes);
  swapped.swap16();
  return swapped;
}
