import charlsFactory from '@cornerstonejs/codec-charls/decodewasmjs';
import libjpegTurboFactory from '@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs';
import openJphFactory from '@cornerstonejs/codec-openjph';
import openJpegFactory from '@cornerstonejs/codec-openjpeg/decodewasmjs';
import { DCMJS_CODECS_WASM, NativeCodecs } from './dcmjsCodecs';

/**
 * The WebAssembly codecs, loaded once per thread by initCodecs(). Emscripten modules start
 * asynchronously; after that every decode is synchronous. Their console output is kept (the
 * last lines) instead of printed, so a codec's complaint can go into the DecodeError.
 */
export interface WasmCodecs {
  charls: Awaited<ReturnType<typeof charlsFactory>>;
  openJpeg: Awaited<ReturnType<typeof openJpegFactory>>;
  openJph: Awaited<ReturnType<typeof openJphFactory>>;
  libjpegTurbo: Awaited<ReturnType<typeof libjpegTurboFactory>>;
  /** dcmjs-codecs (IJG libjpeg 8/12/16-bit from DCMTK): JPEG extended 12-bit. */
  ijg: typeof NativeCodecs;
}

let loaded: WasmCodecs | null = null;
let loading: Promise<WasmCodecs> | null = null;
const messages: string[] = [];

function remember(text: string): void {
  messages.push(text);
  if (messages.length > 8) messages.shift();
}

/** Clears the kept codec messages before a decode. */
export function clearCodecMessages(): void {
  messages.length = 0;
}

/** The codec's own error lines since the last clear, joined, or '' (OpenJPEG logs instead of throwing). */
export function codecMessages(): string {
  return messages.filter((line) => /error|fail|warn/i.test(line)).join('; ');
}

/** Loads every WASM codec (idempotent; about 0.1–0.3 s). Call once per thread before decoding compressed files. */
export function initCodecs(): Promise<WasmCodecs> {
  loading ??= (async () => {
    // Emscripten uses the options object as the module itself: each codec needs its own.
    const options = () => ({ print: remember, printErr: remember });
    const [charls, openJpeg, openJph, libjpegTurbo] = await Promise.all([
      charlsFactory(options()),
      openJpegFactory(options()),
      openJphFactory(options()),
      libjpegTurboFactory(options()),
      NativeCodecs.initializeAsync({ webAssemblyModulePathOrUrl: DCMJS_CODECS_WASM }),
    ]);
    loaded = { charls, openJpeg, openJph, libjpegTurbo, ijg: NativeCodecs };
    return loaded;
  })();
  return loading;
}

/** The loaded codecs, or null before initCodecs() has finished. */
export function loadedCodecs(): WasmCodecs | null {
  return loaded;
}
