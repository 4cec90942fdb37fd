import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';
import { EngineHost } from '../electron/core/engine/EngineHost';
import { forkEngine } from '../electron/core/engine/forkEngine';
import { seedClassNames } from '../electron/core/inference/models/detectorClasses';
import { PREPROCESSING_OF_KIND, type ModelEntry, type ModelManifest } from '../electron/core/inference/models/modelManifest';
import type { Strategy } from '../electron/core/inference/pipeline/inferStudy';
import { DEFAULT_TARGETING, type TargetingOptions } from '../electron/core/inference/pipeline/selectTargetSlices';
import { runInference, type InferenceRunSummary } from '../electron/core/inference/runs/runInference';
import { openDatabase } from '../electron/core/store/openDatabase';
import { CONDITION_GROUPS, locationKey } from '../electron/common/vocabulary';
import { imagePoint, pixelToPatient } from '../electron/common/geometry';
import { sha256Of } from '../test/support/modelFixtures';
import { syntheticTruth } from '../test/support/syntheticStudy';
import { storeSyntheticStudy } from '../test/support/syntheticStudyStore';
import type { BenchResult, Report } from './benchTypes';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '..');
const STUDIES = 6;
const AXIAL_PER_LEVEL = 6; // 30 axial slices, as a typical RSNA axial T2 series

/**
 * Inference per study (issue 6): the full pipeline (3 detectors + 3 graders) in the engine process,
 * the targeted strategy beside the seed's every-slice strategy on the same studies in the same run.
 *
 * Models: full-size YOLOv8n (640) and DeepScoreNet ONNX files from SPINE_REVIEW_BENCH_MODELS, else
 * written by training/scripts/make_bench_models.py (the training package's architectures, fixed
 * random weights; the test fixtures' detectors are narrower and would time too fast). Random
 * weights detect nothing, which would make both strategies skip their graders; so each detector
 * runs as a timing detector (make_known_graphs.py --timing-from): the YOLOv8 graph computed in
 * full, its output added ×0 to a blob detector that finds the synthetic structures as a trained
 * detector would. Compute is YOLOv8's; the control flow (slices read, crops graded) a trained
 * model's. Graders are the DeepScoreNet files as they are.
 *
 * Studies: synthetic lumbar studies (test/support/syntheticStudy.ts: 17 sagittal T2, 17 sagittal
 * T1, 30 axial slices of 256×256) stored as a workspace; pixels rendered in the engine. The
 * localisation error is against the synthetic anatomy, so it checks the pipeline's geometry, not
 * a trained model.
 */
export async function run(report: Report): Promise<BenchResult> {
  const cache = join(here, '.cache', 'inference');
  const source = process.env['SPINE_REVIEW_BENCH_MODELS'] ?? benchModels(join(here, '.cache', 'bench-models'));
  rmSync(cache, { recursive: true, force: true });
  const modelsDir = timingModels(source, join(cache, 'models'));
  const db = openDatabase(join(cache, 'bench.sqlite'));
  const studyIds = Array.from({ length: STUDIES }, (_, i) => storeSyntheticStudy(db, i + 1, { axialPerLevel: AXIAL_PER_LEVEL }));
  const sliceSourceModule = join(repo, 'test', 'support', 'syntheticSliceSource.ts');
  const engine = new EngineHost(() => forkEngine());
  try {
    // Warm-up: the engine starts and opens the six models (kept open for the runs below).
    const loadStart = performance.now();
    await runInference(db, engine, { modelsDir, sliceSourceModule, studyIds: [studyIds[0] as number] });
    report('engine start + model load + first study', (performance.now() - loadStart) / 1000, 's');

    const results: Record<string, number | string> = {};
    const measured: Record<string, InferenceRunSummary & { seconds: number }> = {};
    // "targeted" reads as a run with these detectors does (economically at 640 px:
    // targetingForDetectors); the wide reading the 128-px default models get is timed beside it.
    const readings: { name: string; strategy: Strategy; targeting?: TargetingOptions }[] = [
      { name: 'targeted', strategy: 'targeted' },
      { name: 'targeted-wide', strategy: 'targeted', targeting: DEFAULT_TARGETING },
      { name: 'every-slice', strategy: 'every-slice' },
    ];
    for (const { name: strategy, strategy: kind, targeting } of readings) {
      const started = performance.now();
      const summary = await runInference(db, engine, {
        modelsDir,
        sliceSourceModule,
        studyIds,
        strategy: kind,
        chunkSize: STUDIES,
        ...(targeting ? { options: { targeting } } : {}),
      });
      const seconds = (performance.now() - started) / 1000;
      if (summary.done !== STUDIES)
        throw new Error(`${strategy}: ${summary.done} of ${STUDIES} studies answered: ${JSON.stringify(summary.errors)}`);
      measured[strategy] = { ...summary, seconds };
      const perStudy = seconds / STUDIES;
      const images = Object.values(summary.work.detectorImages).reduce((a, b) => a + b, 0) / STUDIES;
      const error = localisation(db, summary.runId);
      report(`${strategy}: time per study`, perStudy, 's', `wall, ${STUDIES} studies, provider ${summary.provider}`);
      report(`${strategy}: engine CPU per study`, summary.engineCpuSeconds / STUDIES, 's', 'user + system, all threads');
      report(`${strategy}: detector images per study`, images, '', JSON.stringify(perGroup(summary.work.detectorImages)));
      report(`${strategy}: crops graded per study`, summary.work.gradedCrops / STUDIES);
      report(`${strategy}: locations found`, error.found / STUDIES, 'of 25 per study');
      report(
        `${strategy}: localisation error, mean`,
        error.mean,
        'mm',
        `median ${error.median.toFixed(2)} mm, max ${error.max.toFixed(1)} mm, over found locations`,
      );
      report(`${strategy}: peak engine memory`, summary.peakEngineRssBytes / 2 ** 20, 'MiB', 'RSS');
      Object.assign(results, {
        [`${strategy}SecondsPerStudy`]: perStudy,
        [`${strategy}EngineCpuSecondsPerStudy`]: summary.engineCpuSeconds / STUDIES,
        [`${strategy}DetectorImagesPerStudy`]: images,
        [`${strategy}CropsPerStudy`]: summary.work.gradedCrops / STUDIES,
        [`${strategy}LocationsFound`]: error.found / STUDIES,
        [`${strategy}MeanErrorMm`]: error.mean,
        [`${strategy}MaxErrorMm`]: error.max,
        [`${strategy}PeakEngineRssMiB`]: summary.peakEngineRssBytes / 2 ** 20,
      });
    }
    const targeted = measured['targeted'] as InferenceRunSummary & { seconds: number };
    const every = measured['every-slice'] as InferenceRunSummary & { seconds: number };
    report('speed-up of targeted over every-slice', every.seconds / targeted.seconds, '×', 'goal ≥ 3×');
    report(
      'speed-up of the wide reading over every-slice',
      every.seconds / (measured['targeted-wide'] as { seconds: number }).seconds,
      '×',
    );
    report('speed-up, engine CPU', every.engineCpuSeconds / targeted.engineCpuSeconds, '×');
    return {
      ...results,
      studies: STUDIES,
      provider: targeted.provider ?? 'none',
      models: source,
      speedUp: every.seconds / targeted.seconds,
      speedUpCpu: every.engineCpuSeconds / targeted.engineCpuSeconds,
      goalSecondsPerStudy: 1.5,
    };
  } finally {
    engine.dispose();
    db.close();
  }
}

/** Full-size random-weight models, written once into the bench cache. */
function benchModels(dir: string): string {
  if (existsSync(join(dir, 'manifest.json'))) return dir;
  const script = join(repo, 'training', 'scripts', 'make_bench_models.py');
  try {
    execFileSync('/usr/bin/python3', [script, '--out', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(
      `${script} could not write the benchmark models (needs the training package and Debian python3-torch): ${stderr.trim().split('\n').at(-1) ?? ''}; or set SPINE_REVIEW_BENCH_MODELS`,
      { cause: error },
    );
  }
  return dir;
}

/** The benchmark's model folder: timing detectors (see above) and the source's graders, with a manifest. */
function timingModels(source: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  execFileSync('/usr/bin/python3', [join(repo, 'training', 'scripts', 'make_known_graphs.py'), '--timing-from', source, '--out', dir], {
    stdio: 'ignore',
  });
  const manifest = JSON.parse(readFileSync(join(source, 'manifest.json'), 'utf8')) as ModelManifest;
  const models: ModelEntry[] = [];
  for (const condition of CONDITION_GROUPS) {
    const detector = manifest.models.find((m) => m.kind === 'yolov8-detect' && m.condition === condition);
    const grader = manifest.models.find((m) => m.kind === 'deepscorenet-grade' && m.condition === condition);
    if (!detector || !grader) throw new Error(`${source}/manifest.json lacks a ${condition} detector or grader`);
    const file = `timing-detector-${condition}.onnx`;
    models.push({
      ...detector,
      id: `timing-${detector.id}`,
      file,
      sha256: sha256Of(join(dir, file)),
      classNames: seedClassNames(condition),
      preprocessing: PREPROCESSING_OF_KIND['yolov8-detect'],
      card: null,
    });
    copyFileSync(join(source, grader.file), join(dir, grader.file));
    models.push({ ...grader, card: null });
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifestVersion: 1, models }, null, 2));
  return dir;
}

/** Distance in patient space between each model answer's point and the synthetic structure of its location. */
function localisation(db: Database, runId: number): { found: number; mean: number; median: number; max: number } {
  const truth = syntheticTruth();
  const rows = db
    .prepare(
      `SELECT p.condition, p.level, p.x, p.y, i.ipp_x, i.ipp_y, i.ipp_z, i.row_x, i.row_y, i.row_z, i.col_x, i.col_y, i.col_z, i.spacing_row, i.spacing_col, i.rows, i.columns
       FROM predictions p JOIN instances i ON i.series_id = p.series_id AND i.instance_number = p.instance_number
       WHERE p.run_id = ? AND p.source = 'model'`,
    )
    .all(runId) as Record<string, number>[];
  const errors = rows.map((r) => {
    const geometry = {
      position: [r['ipp_x'], r['ipp_y'], r['ipp_z']] as [number, number, number],
      rowDirection: [r['row_x'], r['row_y'], r['row_z']] as [number, number, number],
      columnDirection: [r['col_x'], r['col_y'], r['col_z']] as [number, number, number],
      rowSpacing: r['spacing_row'] as number,
      columnSpacing: r['spacing_col'] as number,
      rows: r['rows'] as number,
      columns: r['columns'] as number,
    };
    const p = pixelToPatient(geometry, imagePoint(r['x'] as number, r['y'] as number));
    const t = truth.get(locationKey({ condition: r['condition'] as never, level: r['level'] as never })) as [number, number, number];
    return Math.hypot(p[0] - t[0], p[1] - t[1], p[2] - t[2]);
  });
  const sorted = [...errors].sort((a, b) => a - b);
  const mean = errors.length > 0 ? errors.reduce((a, b) => a + b, 0) / errors.length : Number.NaN;
  return { found: errors.length, mean, median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN };
}

function perGroup(images: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(images).map(([group, n]) => [group, n / STUDIES]));
}
