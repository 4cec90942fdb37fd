/**
 * The transfer syntaxes the decoder reads (DICOM PS3.5 §10 and Annex A, PS3.6 Annex A) and how
 * each is decoded.
 */
export type CodecFamily = 'native' | 'rle' | 'jpegBaseline' | 'jpegExtended' | 'jpegLossless' | 'jpegLs' | 'jpeg2000' | 'htj2k';

export interface TransferSyntax {
  readonly uid: string;
  readonly name: string;
  readonly family: CodecFamily;
  /** Pixel data in fragments (PS3.5 A.4) rather than native (PS3.5 §8.1.1). */
  readonly encapsulated: boolean;
  readonly bigEndian: boolean;
  /** The whole dataset after the File Meta Information is deflated (PS3.5 A.5). */
  readonly deflated: boolean;
  readonly lossy: boolean;
}

function syntax(uid: string, name: string, family: CodecFamily, lossy = false, options: Partial<TransferSyntax> = {}): TransferSyntax {
  return { uid, name, family, encapsulated: family !== 'native', bigEndian: false, deflated: false, lossy, ...options };
}

export const TRANSFER_SYNTAXES: readonly TransferSyntax[] = [
  syntax('1.2.840.10008.1.2', 'Implicit VR Little Endian', 'native'),
  syntax('1.2.840.10008.1.2.1', 'Explicit VR Little Endian', 'native'),
  syntax('1.2.840.10008.1.2.1.99', 'Deflated Explicit VR Little Endian', 'native', false, { deflated: true }),
  syntax('1.2.840.10008.1.2.2', 'Explicit VR Big Endian', 'native', false, { bigEndian: true }),
  syntax('1.2.840.10008.1.2.5', 'RLE Lossless', 'rle'),
  syntax('1.2.840.10008.1.2.4.50', 'JPEG Baseline (Process 1)', 'jpegBaseline', true),
  syntax('1.2.840.10008.1.2.4.51', 'JPEG Extended (Process 2 & 4)', 'jpegExtended', true),
  syntax('1.2.840.10008.1.2.4.57', 'JPEG Lossless, Non-Hierarchical (Process 14)', 'jpegLossless'),
  syntax('1.2.840.10008.1.2.4.70', 'JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 SV1)', 'jpegLossless'),
  syntax('1.2.840.10008.1.2.4.80', 'JPEG-LS Lossless', 'jpegLs'),
  syntax('1.2.840.10008.1.2.4.81', 'JPEG-LS Lossy (Near-Lossless)', 'jpegLs', true),
  syntax('1.2.840.10008.1.2.4.90', 'JPEG 2000 (Lossless Only)', 'jpeg2000'),
  syntax('1.2.840.10008.1.2.4.91', 'JPEG 2000', 'jpeg2000', true),
  syntax('1.2.840.10008.1.2.4.201', 'HTJ2K (Lossless Only)', 'htj2k'),
  syntax('1.2.840.10008.1.2.4.202', 'HTJ2K with RPCL Options (Lossless Only)', 'htj2k'),
  syntax('1.2.840.10008.1.2.4.203', 'HTJ2K', 'htj2k', true),
];

const BY_UID = new Map(TRANSFER_SYNTAXES.map((ts) => [ts.uid, ts]));

/** The transfer syntax of a UID, or null when the decoder does not read it. */
export function transferSyntax(uid: string): TransferSyntax | null {
  return BY_UID.get(uid.replace(/\0/g, '').trim()) ?? null;
}
