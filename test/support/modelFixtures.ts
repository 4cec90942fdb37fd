import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ConditionGroup } from '../../electron/common/vocabulary';
import { seedClassNames } from '../../electron/core/inference/models/detectorClasses';
import { PREPROCESSING_OF_KIND, type ModelEntry, type ModelKind } from '../../electron/core/inference/models/modelManifest';
import type { ResolvedModel } from '../../electron/core/inference/models/readModelManifest';
import { knownGraph } from './knownGraphs';

export const GRADE_NAMES = ['Normal/Mild', 'Moderate', 'Severe'];

export function sha256Of(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A manifest entry for a file, with its real sha256 unless overridden. */
export function entryFor(file: string, kind: ModelKind, condition: ConditionGroup, overrides: Partial<ModelEntry> = {}): ModelEntry {
  const detector = kind === 'yolov8-detect';
  return {
    id: basename(file, '.onnx'),
    kind,
    condition,
    file: basename(file),
    sha256: sha256Of(file),
    version: 'test',
    inputSize: detector ? 256 : 32,
    classNames: detector ? seedClassNames(condition) : GRADE_NAMES,
    preprocessing: PREPROCESSING_OF_KIND[kind],
    source: 'test fixture',
    metrics: {},
    card: null,
    ...overrides,
  };
}

export function resolved(file: string, kind: ModelKind, condition: ConditionGroup, overrides: Partial<ModelEntry> = {}): ResolvedModel {
  return { entry: entryFor(file, kind, condition, overrides), path: file, cardPath: null };
}

/** A model folder with the blob detectors and the mean grader of every condition (known graphs). */
export function knownGraphModelFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sr-models-'));
  mkdirSync(dir, { recursive: true });
  const models: ModelEntry[] = [];
  for (const condition of ['spinal', 'foraminal', 'subarticular'] as const) {
    const detector = knownGraph(`blob-detector-${condition}.onnx`);
    copyFileSync(detector, join(dir, basename(detector)));
    models.push(entryFor(detector, 'yolov8-detect', condition, { id: `blob-${condition}` }));
    const grader = knownGraph('mean-grader.onnx');
    const graderCopy = join(dir, `mean-grader-${condition}.onnx`);
    copyFileSync(grader, graderCopy);
    models.push(entryFor(graderCopy, 'deepscorenet-grade', condition, { id: `mean-${condition}` }));
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifestVersion: 1, models }, null, 2));
  return dir;
}
