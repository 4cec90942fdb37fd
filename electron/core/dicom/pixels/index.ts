export { DecodeError } from './DecodeError';
export type { DecodedFrame, DecodedFrameInfo, PixelsType } from './DecodedFrame';
export { pixelsFromBuffer, pixelsType } from './DecodedFrame';
export { decodeFrame, decodeDatasetFrame } from './decodeFrame';
export { initCodecs } from './codecs/wasmCodecs';
export { modalityValues } from './modalityValues';
export type { StoredPixels } from './storedValues';
export { TRANSFER_SYNTAXES, transferSyntax, type TransferSyntax } from './transferSyntaxes';
