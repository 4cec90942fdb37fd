/** One decoded JPEG 2000 frame: interleaved samples, 8-bit or 16-bit (two's complement) containers. */
export interface NativeJpeg2000Frame {
  readonly width: number;
  readonly height: number;
  readonly components: number;
  readonly bitsPerSample: number;
  readonly signed: boolean;
  readonly samples: ArrayBuffer;
}

export interface OpenJpegBinding {
  /** Decodes one codestream; throws an Error with OpenJPEG's message (code ERR_OPENJPEG). */
  decode(codestream: Uint8Array, expectedWidth: number, expectedHeight: number, threads: number): NativeJpeg2000Frame;
  readonly openJpegVersion: string;
  readonly hasThreadSupport: boolean;
}

export declare const binding: OpenJpegBinding | null;
export declare const unavailableBecause: string | null;
