import type { DecodedFrameInfo } from '../../../common/imaging';

/** Messages between DecodeWorkerPool and decodeWorker. */
export interface DecodeRequest {
  readonly id: number;
  readonly filePath: string;
  readonly frameIndex: number;
}

export type DecodeResponse =
  | { readonly id: number; readonly ok: true; readonly info: DecodedFrameInfo; readonly buffer: ArrayBuffer }
  | { readonly id: number; readonly ok: false; readonly filePath: string; readonly reason: string };
