/**
 * Phantom generator speed (issue 3): one study < 1 s, 100 studies < 2 minutes.
 *
 *   npm run bench -- phantom          (PHANTOM_BENCH_STUDIES=N to change the dataset size)
 *
 * Times single studies (after one warm-up study, as the app's process would be warm), the share
 * spent planning and measuring versus rendering and writing, and a whole dataset written with
 * generatePhantomDataset, in wall-clock and CPU time (CPU time is steadier on a shared machine).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePhantomDataset } from '../phantom/generatePhantomDataset';
import { generatePhantomStudy } from '../phantom/generatePhantomStudy';
import { planPhantomStudy } from '../phantom/planPhantomStudy';
import { measureLocations } from '../phantom/truth/measureLocations';
import type { BenchResult, Report } from './benchTypes';

const SEED = 2024;

function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export async function run(report: Report): Promise<BenchResult> {
  const root = mkdtempSync(join(tmpdir(), 'phantom-bench-'));
  try {
    generatePhantomStudy(join(root, 'warm'), SEED, 999);

    const wall: number[] = [];
    const cpu: number[] = [];
    let instances = 0;
    for (let index = 0; index < 8; index++) {
      const started = performance.now();
      const startedCpu = process.cpuUsage();
      const { truth } = generatePhantomStudy(join(root, 'single'), SEED, index);
      wall.push(performance.now() - started);
      cpu.push(cpuMs(startedCpu));
      instances += truth.series.reduce((n, s) => n + s.instanceCount, 0);
    }
    report('one study, median wall', median(wall), 'ms', `max ${Math.round(Math.max(...wall))} ms over ${wall.length} studies`);
    report('one study, median CPU', median(cpu), 'ms');
    report('instances per study', instances / wall.length);

    const planStart = performance.now();
    for (let index = 0; index < 8; index++) measureLocations(planPhantomStudy(SEED, index).anatomy);
    const planMs = (performance.now() - planStart) / 8;
    report('of which planning and measuring', planMs, 'ms/study', 'the rest renders, encodes and writes');

    const studies = Number(process.env['PHANTOM_BENCH_STUDIES'] ?? 100);
    const datasetStart = performance.now();
    const datasetCpu = process.cpuUsage();
    const dataset = await generatePhantomDataset(join(root, 'dataset'), { studies, seed: SEED });
    const datasetSeconds = (performance.now() - datasetStart) / 1000;
    report(`${studies} studies, wall`, datasetSeconds, 's', `${dataset.instances} files`);
    report(`${studies} studies, CPU`, cpuMs(datasetCpu) / 1000, 's');

    return {
      studyMedianWallMs: Math.round(median(wall)),
      studyMaxWallMs: Math.round(Math.max(...wall)),
      studyMedianCpuMs: Math.round(median(cpu)),
      planAndMeasureMs: Math.round(planMs),
      instancesPerStudy: Math.round(instances / wall.length),
      datasetStudies: studies,
      datasetWallSeconds: Math.round(datasetSeconds * 10) / 10,
      datasetCpuSeconds: Math.round(cpuMs(datasetCpu) / 100) / 10,
      datasetInstances: dataset.instances,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
