import dcmjs from 'dcmjs';

const { DicomDict, DicomMetaDictionary } = dcmjs.data;

export const EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1';
export const MR_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.4';
/** Our implementation class UID root (a UUID-derived 2.25 UID, PS3.5 §B.2). */
export const IMPLEMENTATION_CLASS_UID = '2.25.167459350145311349066745315463411620031';
export const IMPLEMENTATION_VERSION_NAME = 'SPINEREVIEW_01';

/**
 * Encodes a naturalized dataset (dcmjs keyword → value) as a DICOM Part 10 file with explicit
 * VR little endian transfer syntax: 128-byte preamble, "DICM", File Meta Information
 * (PS3.10 §7.1) and the dataset. Used by the phantom generator and by test fixtures.
 */
export function encodePart10(dataset: Record<string, unknown>): Buffer {
  const sopClassUid = dataset['SOPClassUID'];
  const sopInstanceUid = dataset['SOPInstanceUID'];
  const meta = {
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: sopClassUid,
    MediaStorageSOPInstanceUID: sopInstanceUid,
    TransferSyntaxUID: EXPLICIT_VR_LITTLE_ENDIAN,
    ImplementationClassUID: IMPLEMENTATION_CLASS_UID,
    ImplementationVersionName: IMPLEMENTATION_VERSION_NAME,
  };
  const dict = new DicomDict(DicomMetaDictionary.denaturalizeDataset(meta));
  dict.dict = DicomMetaDictionary.denaturalizeDataset(dataset);
  return Buffer.from(dict.write());
}
