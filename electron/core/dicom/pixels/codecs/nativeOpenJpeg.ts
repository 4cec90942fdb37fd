import type { OpenJpegBinding } from '@spine-review/openjpeg-native';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';

/**
 * The native OpenJPEG binding (native/openjpeg), when it was built at install time. It is
 * optional by design: without it JPEG 2000 decodes with OpenJPEG WASM, the same library about
 * three times slower. `SPINE_REVIEW_J2K_DECODER=wasm` forces the WASM decoder (a way out should
 * the system library misbehave, and how the benchmark measures both in one run).
 */
const require = createRequire(import.meta.url);
type LoadedBinding = { binding: OpenJpegBinding | null; unavailableBecause: string | null };
let loaded: LoadedBinding | null = null;

/** Loaded at the first JPEG 2000 frame (or app:info), not when main starts: main itself decodes nothing. */
function loadBinding(): LoadedBinding {
  loaded ??= require('@spine-review/openjpeg-native') as LoadedBinding;
  return loaded;
}

/** Below this many pixels a frame decodes faster on one thread than it takes to start others. */
const THREADED_FROM_PIXELS = 256 * 256;
/** OpenJPEG decodes code blocks in parallel; past four threads a 512×512 slice gains nothing. */
const MAX_THREADS = 4;

export type Jpeg2000Decoder = { kind: 'native'; binding: OpenJpegBinding } | { kind: 'wasm'; reason: string };

/** Which JPEG 2000 decoder this process uses now, and why WASM when it is WASM. */
export function jpeg2000Decoder(): Jpeg2000Decoder {
  if (process.env['SPINE_REVIEW_J2K_DECODER'] === 'wasm') return { kind: 'wasm', reason: 'SPINE_REVIEW_J2K_DECODER=wasm' };
  const { binding, unavailableBecause } = loadBinding();
  if (binding) return { kind: 'native', binding };
  return { kind: 'wasm', reason: unavailableBecause ?? 'the native OpenJPEG decoder is not built' };
}

/** The threads one frame of this size is decoded on. */
export function jpeg2000Threads(pixels: number): number {
  return pixels >= THREADED_FROM_PIXELS ? Math.max(1, Math.min(MAX_THREADS, availableParallelism())) : 1;
}

/** One line for logs and the CLI: which JPEG 2000 decoder, and its version or the reason for WASM. */
export function describeJpeg2000Decoder(): string {
  const decoder = jpeg2000Decoder();
  return decoder.kind === 'native'
    ? `OpenJPEG ${decoder.binding.openJpegVersion} native${decoder.binding.hasThreadSupport ? `, up to ${jpeg2000Threads(THREADED_FROM_PIXELS)} threads` : ', one thread'}`
    : `OpenJPEG WASM (${decoder.reason})`;
}
