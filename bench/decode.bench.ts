/**
 * Decode speed (issue 4): uncompressed 512×512 16-bit (target ≥ 2,000 slices/s), JPEG-LS
 * lossless MR-like slice (≤ 10 ms), JPEG 2000 lossless (≤ 40 ms), HTJ2K; beside each the native
 * reference (dcmdjpls, gdcmconv, ojph_expand) on the same slice, with process start subtracted:
 * the tool runs on a 1-frame and a 21-frame file and the difference is divided by 20. Also the
 * FrameService (worker thread + cache) request-to-pixels times in Node.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodePart10 } from '../electron/core/dicom/encodePart10';
import { decodeFrame, FrameService, initCodecs, readPixelDataset } from '../electron/core/dicom/pixels';
import { describeJpeg2000Decoder, jpeg2000Decoder } from '../electron/core/dicom/pixels/codecs/nativeOpenJpeg';
import { encapsulatedFrame } from '../electron/core/dicom/pixels/frameBytes';
import { CODEC_FIXTURES_DIR, codecFixtures } from '../test/support/codecFixtures';
import { CODEC_SOURCES, sourceDataset } from '../test/support/codecSources';
import type { BenchResult, Report } from './benchTypes';

const FRAMES = 21;

/** Median milliseconds per call of fn over at least `minimumMs` of calls (after 5 warm-up calls). */
function timePerCall(fn: () => unknown, minimumMs = 1500): { ms: number; calls: number } {
  for (let i = 0; i < 5; i++) fn();
  const samples: number[] = [];
  const started = performance.now();
  while (performance.now() - started < minimumMs || samples.length < 10) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)] as number, calls: samples.length };
}

/** Best-of-3 wall time of a command, in ms. */
function runMs(command: string, args: string[]): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const run = spawnSync(command, args, { stdio: 'pipe' });
    const ms = performance.now() - t;
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr.toString()}`);
    best = Math.min(best, ms);
  }
  return best;
}

/** Native decoder time per frame: (time on FRAMES frames − time on 1 frame) / (FRAMES − 1). */
function nativePerFrame(
  command: string,
  argsFor: (input: string, output: string) => string[],
  single: string,
  multi: string,
  work: string,
): number {
  const one = runMs(command, argsFor(single, join(work, 'out1')));
  const many = runMs(command, argsFor(multi, join(work, 'outN')));
  return (many - one) / (FRAMES - 1);
}

export async function run(report: Report): Promise<BenchResult> {
  codecFixtures();
  await initCodecs();
  const work = mkdtempSync(join(tmpdir(), 'sr-bench-decode-'));
  const fixture = (name: string): string => join(CODEC_FIXTURES_DIR, name);
  const result: BenchResult = {};
  try {
    // A 21-frame copy of the MR-like slice, re-encoded by the same native encoders.
    const mr16 = CODEC_SOURCES.find((s) => s.name === 'mr16');
    if (!mr16) throw new Error('no mr16 source');
    const dataset = sourceDataset(mr16);
    const slice = new Uint8Array(dataset['PixelData'] as ArrayBuffer);
    const frames = new Uint8Array(slice.length * FRAMES);
    for (let f = 0; f < FRAMES; f++) frames.set(slice, f * slice.length);
    const multiNative = join(work, 'mr16x21.dcm');
    writeFileSync(
      multiNative,
      encodePart10({ ...dataset, SOPClassUID: '1.2.840.10008.5.1.4.1.1.7.3', NumberOfFrames: FRAMES, PixelData: frames.buffer }),
    );
    const multiJls = join(work, 'mr16x21.jls.dcm');
    const multiJ2k = join(work, 'mr16x21.j2k.dcm');
    spawnSync('dcmcjpls', ['+el', multiNative, multiJls]);
    spawnSync('gdcmconv', ['--j2k', multiNative, multiJ2k]);

    const uncompressed = timePerCall(() => decodeFrame(fixture('mr16.explicit.dcm')));
    result['uncompressedSlicesPerSecond'] = Math.round(1000 / uncompressed.ms);
    report('uncompressed 512×512 16-bit decode (file read + parse + values)', 1000 / uncompressed.ms, 'slices/s', 'target ≥ 2000');

    const uncompressed12 = timePerCall(() => decodeFrame(fixture('mr12.explicit.dcm')));
    result['uncompressed12BitSlicesPerSecond'] = Math.round(1000 / uncompressed12.ms);
    report('uncompressed 512×512 12-bit stored (masked into a copy)', 1000 / uncompressed12.ms, 'slices/s');

    const jls = timePerCall(() => decodeFrame(fixture('mr16.jpegls.dcm')));
    const jlsMulti = timePerCall(() => decodeFrame(multiJls, 7));
    const jlsNative = nativePerFrame('dcmdjpls', (i, o) => [i, o], fixture('mr16.jpegls.dcm'), multiJls, work);
    Object.assign(result, { jpeglsLosslessMs: jls.ms, jpeglsLosslessMultiFrameMs: jlsMulti.ms, jpeglsNativeDcmdjplsMs: jlsNative });
    report('JPEG-LS lossless 512×512 16-bit MR-like slice (CharLS WASM)', jls.ms, 'ms', 'target ≤ 10');
    report('  same slice as frame 8 of 21 (no per-file cost)', jlsMulti.ms, 'ms');
    report('  native dcmdjpls per frame (process start subtracted)', jlsNative, 'ms', 'reference; includes writing the output');

    // JPEG 2000 through the app's path (native OpenJPEG when built), then the same slice on one
    // native thread, through the WASM fallback, and by gdcmconv.
    const decoderUsed = describeJpeg2000Decoder();
    const j2k = timePerCall(() => decodeFrame(fixture('mr16.j2k.dcm')));
    const j2k12 = timePerCall(() => decodeFrame(fixture('mr12.j2k.dcm')));
    const chosen = jpeg2000Decoder();
    const j2kFrame = encapsulatedFrame(readPixelDataset(fixture('mr16.j2k.dcm')), 0);
    const j2kOneThread = chosen.kind === 'native' ? timePerCall(() => chosen.binding.decode(j2kFrame, 512, 512, 1)).ms : null;
    process.env['SPINE_REVIEW_J2K_DECODER'] = 'wasm';
    const j2kWasm = timePerCall(() => decodeFrame(fixture('mr16.j2k.dcm')));
    delete process.env['SPINE_REVIEW_J2K_DECODER'];
    const j2kNative = nativePerFrame('gdcmconv', (i, o) => ['--raw', i, o], fixture('mr16.j2k.dcm'), multiJ2k, work);
    Object.assign(result, {
      jpeg2000Decoder: decoderUsed,
      jpeg2000LosslessMs: j2k.ms,
      jpeg2000Lossless12BitMs: j2k12.ms,
      jpeg2000LosslessOneThreadMs: j2kOneThread,
      jpeg2000LosslessWasmMs: j2kWasm.ms,
      jpeg2000NativeGdcmconvMs: j2kNative,
    });
    report(`JPEG 2000 lossless 512×512 16-bit (${decoderUsed})`, j2k.ms, 'ms', 'target ≤ 40');
    report('  12-bit stored MR slice, same decoder', j2k12.ms, 'ms');
    if (j2kOneThread !== null) report('  native OpenJPEG on one thread', j2kOneThread, 'ms');
    report('  OpenJPEG WASM (the fallback when the native decoder is not built)', j2kWasm.ms, 'ms');
    report('  native gdcmconv --raw per frame (process start subtracted)', j2kNative, 'ms', 'reference');

    const htj2k = timePerCall(() => decodeFrame(fixture('mr16.htj2k.dcm')));
    const codestream = join(work, 'mr16.j2c');
    const expand = (frames: number): number => {
      // ojph_expand reads one codestream per run: time 1 run against FRAMES runs in one shell.
      writeFileSync(
        join(work, 'expand.sh'),
        `for i in $(seq ${frames}); do ojph_expand -i ${codestream} -o ${join(work, 'x.yuv')} >/dev/null; done\n`,
      );
      return runMs('bash', [join(work, 'expand.sh')]);
    };
    const bytes = readFileSync(fixture('mr16.htj2k.dcm'));
    const soc = bytes.indexOf(Buffer.from([0xff, 0x4f, 0xff, 0x51]));
    writeFileSync(codestream, bytes.subarray(soc, bytes.lastIndexOf(Buffer.from([0xff, 0xd9])) + 2));
    const ojphMs = (expand(FRAMES) - expand(1)) / (FRAMES - 1);
    Object.assign(result, { htj2kLosslessMs: htj2k.ms, htj2kNativeOjphExpandMs: ojphMs });
    report('HTJ2K lossless 512×512 16-bit (OpenJPH WASM)', htj2k.ms, 'ms');
    report('  native ojph_expand per run (shell loop, process start included)', ojphMs, 'ms', 'reference, upper bound');

    const rle = timePerCall(() => decodeFrame(fixture('mr16.rle.dcm')));
    const lossless = timePerCall(() => decodeFrame(fixture('mr16.jpegsv1.dcm')));
    Object.assign(result, { rleMs: rle.ms, jpegLosslessSv1Ms: lossless.ms });
    report('RLE lossless 512×512 16-bit', rle.ms, 'ms');
    report('JPEG lossless SV1 512×512 16-bit (IJG WASM)', lossless.ms, 'ms');

    // FrameService: request → pixels in this thread, through a worker and the cache.
    const service = new FrameService({ cacheBytes: 64 * 1024 * 1024, size: 1 });
    try {
      await service.getFrame(fixture('mono8.explicit.dcm')); // start the worker and its codecs
      const uncached: number[] = [];
      for (let i = 0; i < 15; i++) {
        service.cache.clear();
        const t = performance.now();
        await service.getFrame(fixture('mr16.explicit.dcm'));
        uncached.push(performance.now() - t);
      }
      const cached: number[] = [];
      for (let i = 0; i < 50; i++) {
        const t = performance.now();
        await service.getFrame(fixture('mr16.explicit.dcm'));
        cached.push(performance.now() - t);
      }
      const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
      Object.assign(result, { serviceUncachedUncompressedMs: median(uncached), serviceCachedMs: median(cached) });
      report(
        'FrameService uncached uncompressed slice (worker, transferred buffer)',
        median(uncached),
        'ms',
        "Node; the Chromium figure is the lead's",
      );
      report('FrameService cached slice (copy out of the cache)', median(cached), 'ms');
    } finally {
      await service.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return result;
}
