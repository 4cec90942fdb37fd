/**
 * `npm run bench [-- name ...]`: runs the benchmarks (every bench/*.bench.ts, or the named
 * ones), prints each figure, and writes them all to bench/results/latest.json with the
 * machine they came from. Benchmarks are not tests: they measure, they do not assert.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem, hostname } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchModule, BenchResult } from './benchTypes';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.includes(basename(f, '.bench.ts')))
  .sort();

const machine = {
  host: hostname(),
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  freeMemoryGiB: Math.round(freemem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
};
console.log(`machine: ${JSON.stringify(machine)}`);

const results: Record<string, BenchResult> = {};
for (const file of files) {
  const name = basename(file, '.bench.ts');
  const module = (await import(join(benchDir, file))) as BenchModule;
  console.log(`\n## ${name}`);
  const started = performance.now();
  const result = await module.run((label, value, unit, note) => {
    console.log(`  ${label}: ${typeof value === 'number' ? round(value) : value}${unit ? ` ${unit}` : ''}${note ? `  (${note})` : ''}`);
  });
  results[name] = { ...result, benchSeconds: round((performance.now() - started) / 1000) };
}

const outDir = join(benchDir, 'results');
mkdirSync(outDir, { recursive: true });
const out = { date: new Date().toISOString(), machine, results };
const file = join(outDir, wanted.length === 0 ? 'latest.json' : `latest-${wanted.join('-')}.json`);
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.log(`\nwrote ${file}`);

function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 1000) / 1000;
}
