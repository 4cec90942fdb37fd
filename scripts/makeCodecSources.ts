/**
 * `npx tsx scripts/makeCodecSources.ts <dir>`: writes the uncompressed codec sources
 * (test/support/codecSources.ts) as explicit VR little endian Part 10 files, <name>.dcm,
 * and each one's stored values as raw little-endian integers, <name>.raw (what ojph_compress
 * reads). Called by scripts/make-codec-fixtures.sh.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODEC_SOURCES, encodeSource, sourceValues } from '../test/support/codecSources';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: makeCodecSources.ts <output folder>');
mkdirSync(outDir, { recursive: true });
for (const source of CODEC_SOURCES) {
  writeFileSync(join(outDir, `${source.name}.dcm`), encodeSource(source));
  const values = sourceValues(source);
  const raw = source.bitsAllocated === 8 ? Buffer.from(Uint8Array.from(values)) : Buffer.from(Uint16Array.from(values).buffer);
  writeFileSync(join(outDir, `${source.name}.raw`), raw);
}
console.log(`wrote ${CODEC_SOURCES.length} sources to ${outDir}`);
