import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CODEC_FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures', 'codecs');

export interface CodecFixture {
  readonly file: string;
  readonly path: string;
  readonly source: string;
  readonly transferSyntax: string;
  /** 0 lossless; N max abs error; psnr:N lossy with PSNR ≥ N dB. */
  readonly tolerance: { kind: 'exact' } | { kind: 'maxError'; value: number } | { kind: 'psnr'; value: number };
  /** For lossy fixtures: an independent native decoder's output (.dcm native, or .raw little endian). */
  readonly referencePath: string | null;
  /** Max abs difference allowed from the reference decode. */
  readonly referenceTolerance: number;
}

/**
 * The fixtures written by scripts/make-codec-fixtures.sh (CI runs it before the tests; it is
 * idempotent, so a test run on a fresh clone makes them itself).
 */
export function codecFixtures(): CodecFixture[] {
  execFileSync('bash', [join(import.meta.dirname, '..', '..', 'scripts', 'make-codec-fixtures.sh')], { stdio: 'pipe' });
  const manifest = join(CODEC_FIXTURES_DIR, 'manifest.tsv');
  if (!existsSync(manifest)) throw new Error(`no ${manifest}: scripts/make-codec-fixtures.sh did not write it`);
  return readFileSync(manifest, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [file, source, transferSyntax, tolerance, reference, referenceTolerance] = line.split('\t') as [
        string,
        string,
        string,
        string,
        string | undefined,
        string | undefined,
      ];
      return {
        file,
        path: join(CODEC_FIXTURES_DIR, file),
        source,
        transferSyntax,
        referencePath: reference ? join(CODEC_FIXTURES_DIR, reference) : null,
        referenceTolerance: Number(referenceTolerance || 0),
        tolerance:
          tolerance === '0'
            ? { kind: 'exact' }
            : tolerance.startsWith('psnr')
              ? { kind: 'psnr', value: Number(tolerance.slice(4)) }
              : { kind: 'maxError', value: Number(tolerance) },
      } as CodecFixture;
    });
}
