/**
 * The parts of the Emscripten-built Cornerstone codecs (which ship no types) that the decoder
 * uses. Each factory resolves to a module whose decoder classes share one shape: copy the
 * encoded bytes into WASM memory, decode, read the frame info and the decoded bytes.
 */
interface EmscriptenModuleOptions {
  print?: (text: string) => void;
  printErr?: (text: string) => void;
}

interface WasmFrameInfo {
  width: number;
  height: number;
  bitsPerSample: number;
  componentCount: number;
  isSigned?: boolean;
}

interface WasmImageDecoder {
  getEncodedBuffer(length: number): Uint8Array;
  decode(): void;
  getFrameInfo(): WasmFrameInfo;
  getDecodedBuffer(): Uint8Array;
  delete(): void;
}

interface WasmCodecModule {
  getExceptionMessage?: (error: unknown) => string | [string, string];
}

declare module '@cornerstonejs/codec-charls/decodewasmjs' {
  interface CharlsModule extends WasmCodecModule {
    JpegLSDecoder: new () => WasmImageDecoder & { getInterleaveMode(): number; getNearLossless(): number };
  }
  const factory: (options?: EmscriptenModuleOptions) => Promise<CharlsModule>;
  export default factory;
}

declare module '@cornerstonejs/codec-openjpeg/decodewasmjs' {
  interface OpenJpegModule extends WasmCodecModule {
    J2KDecoder: new () => WasmImageDecoder;
  }
  const factory: (options?: EmscriptenModuleOptions) => Promise<OpenJpegModule>;
  export default factory;
}

declare module '@cornerstonejs/codec-openjph' {
  interface OpenJphModule extends WasmCodecModule {
    HTJ2KDecoder: new () => WasmImageDecoder;
  }
  const factory: (options?: EmscriptenModuleOptions) => Promise<OpenJphModule>;
  export default factory;
}

declare module '@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs' {
  interface LibJpegTurboModule extends WasmCodecModule {
    JPEGDecoder: new () => WasmImageDecoder;
  }
  const factory: (options?: EmscriptenModuleOptions) => Promise<LibJpegTurboModule>;
  export default factory;
}

declare module 'jpeg-lossless-decoder-js' {
  export class Decoder {
    constructor(buffer?: ArrayBuffer | null, numBytes?: number);
    decode(buffer: ArrayBuffer, offset: number, length: number, numBytes?: number): Uint8Array | Uint16Array;
    /** Sample precision from the SOF3 frame header. */
    precision: number;
    numComp: number;
    xDim: number;
    yDim: number;
  }
}
