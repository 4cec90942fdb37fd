/**
 * Worker-thread entry of DecodeWorkerPool: decodes frames off the calling thread and posts the
 * pixels back as a transferred ArrayBuffer (no copy). One file, so a bundler can emit it as
 * its own chunk; under plain Node it runs from TypeScript with `--import tsx`.
 */
import { parentPort } from 'node:worker_threads';
import { initCodecs } from './codecs/wasmCodecs';
import { DecodeError, describeThrown, isWasmAbort } from './DecodeError';
import { pixelsType } from '../../../common/imaging';
import { decodeFrame } from './decodeFrame';
import type { DecodeRequest, DecodeResponse } from './decodeWorkerProtocol';

const port = parentPort;
if (!port) throw new Error('decodeWorker must run in a worker thread');
const ready = initCodecs();

port.on('message', (request: DecodeRequest) => {
  void handle(request).then(({ response, transfer, restart }) => {
    port.postMessage(response, transfer);
    // An aborted WASM module stays broken: end this worker; the pool starts a fresh one.
    if (restart) setImmediate(() => process.exit(70));
  });
});

async function handle(request: DecodeRequest): Promise<{ response: DecodeResponse; transfer: ArrayBuffer[]; restart?: boolean }> {
  try {
    await ready;
    const { pixels, ...info } = decodeFrame(request.filePath, request.frameIndex);
    // Transfer a buffer that holds exactly the pixels (a decoder may return a view).
    const owned = pixels.byteOffset === 0 && pixels.byteLength === pixels.buffer.byteLength ? pixels : pixels.slice();
    const buffer = owned.buffer as ArrayBuffer;
    return { response: { id: request.id, ok: true, info: { ...info, pixelsType: pixelsType(owned) }, buffer }, transfer: [buffer] };
  } catch (error) {
    const reason = error instanceof DecodeError ? error.reason : `decode failed: ${describeThrown(error)}`;
    return { response: { id: request.id, ok: false, filePath: request.filePath, reason }, transfer: [], restart: isWasmAbort(error) };
  }
}
