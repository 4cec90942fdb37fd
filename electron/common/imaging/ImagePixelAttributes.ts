/**
 * The Image Pixel Module (DICOM PS3.3 C.7.6.3) plus the Modality LUT (C.11.1) and VOI LUT
 * (C.11.2) attributes the display and the models need, as read from one file.
 */
export interface ImagePixelAttributes {
  readonly rows: number;
  readonly columns: number;
  /** NumberOfFrames (0028,0008), 1 when absent. */
  readonly frames: number;
  readonly samplesPerPixel: 1 | 3;
  readonly bitsAllocated: 8 | 16;
  readonly bitsStored: number;
  readonly highBit: number;
  /** 0 unsigned, 1 two's complement (PS3.3 C.7.6.3.1). */
  readonly pixelRepresentation: 0 | 1;
  readonly photometricInterpretation: string;
  /** 0 colour-by-pixel (R1G1B1R2…), 1 colour-by-plane (PS3.3 C.7.6.3.1.3). */
  readonly planarConfiguration: 0 | 1;
  readonly rescaleSlope: number;
  readonly rescaleIntercept: number;
  readonly windowCenter: readonly number[];
  readonly windowWidth: readonly number[];
  readonly windowExplanation: readonly string[];
  /** VOILUTFunction (0028,1056): LINEAR (default), LINEAR_EXACT or SIGMOID. */
  readonly voiLutFunction: string;
}
