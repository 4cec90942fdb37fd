import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CONDITION_GROUPS, GRADES, type ConditionGroup } from '../../../common/vocabulary';
import type { ModelImportSummary } from '../../../common/contract/training';
import { writeFileAtomic } from '../../fs/writeFileAtomic';
import { classLocations, seedClassNames } from './detectorClasses';
import { MANIFEST_FILE, MODEL_KINDS, ModelEntrySchema, PREPROCESSING_OF_KIND, type ModelEntry, type ModelKind, type ModelManifest } from './modelManifest';
import { copyVerified, generatedModelCard } from './modelFolderFiles';
import { ModelRefusedError } from './ModelRefusedError';
import { openModel } from './openModel';
import { parseUltralyticsImageSize, parseUltralyticsNames } from './parseUltralyticsMetadata';
import { readModelManifest, type ResolvedModel } from './readModelManifest';
import { readOnnxMetadata } from './readOnnxMetadata';
import { sha256File } from './sha256File';

export interface ImportFolderOptions {
  /**
   * A model folder to start the target from when it has no manifest yet (the bundled models):
   * a run uses the target folder alone, so without this the first import would hide the defaults.
   */
  readonly seedFrom?: string;
  readonly now?: () => Date;
}

/**
 * Adds the models of a folder to a model folder (issue 7, "Model import in the app"): the folder
 * is a trainer's output (its manifest.json, ONNX files and model cards) or plain ONNX files whose
 * metadata names their kind and condition (the training package's `kind`/`condition`, or
 * Ultralytics' `task`/`names`). Every model is checked as a run would (hash, interface, probe run)
 * before anything is written; one refusal refuses the whole folder with every reason. Files are
 * copied as `<id>.onnx` / `<id>.md` (hash verified after the copy) and the manifest is written
 * once, atomically, with the new entries after the existing ones, so the folder's defaults stay
 * first and a run picks a new version by its id.
 */
export async function importModelFolder(sourceDir: string, modelsDir: string, options: ImportFolderOptions = {}): Promise<ModelImportSummary> {
  const now = options.now ?? (() => new Date());
  const source = resolve(sourceDir);
  const candidates = existsSync(join(source, MANIFEST_FILE)) ? readModelManifest(source).models : await scanOnnxFiles(source, now);
  if (candidates.length === 0) throw new ModelRefusedError(source, ['no ONNX model in this folder (expected a manifest.json, or .onnx files)']);
  const refusals: string[] = [];
  for (const model of candidates) {
    try {
      const opened = await openModel(model);
      await opened.session.release();
    } catch (error) {
      refusals.push(error instanceof ModelRefusedError ? `${basename(error.file)}: ${error.reasons.join('; ')}` : `${basename(model.path)}: ${(error as Error).message}`);
    }
  }
  const target = resolve(modelsDir);
  const seeding = !existsSync(join(target, MANIFEST_FILE)) && options.seedFrom !== undefined && existsSync(join(options.seedFrom, MANIFEST_FILE));
  const base = seeding ? readModelManifest(options.seedFrom as string) : existsSync(join(target, MANIFEST_FILE)) ? readModelManifest(target) : null;
  const existing = new Map((base?.manifest.models ?? []).map((m) => [m.id, m]));
  const unchanged: string[] = [];
  const fresh: ResolvedModel[] = [];
  for (const model of candidates) {
    const known = existing.get(model.entry.id);
    if (!known) fresh.push(model);
    else if (known.sha256 === model.entry.sha256) unchanged.push(model.entry.id);
    else refusals.push(`${model.entry.id}: the model folder already has a different model with this id (sha256 ${known.sha256}); give the new one another id or version`);
  }
  if (refusals.length > 0) throw new ModelRefusedError(source, refusals);

  mkdirSync(target, { recursive: true });
  const seeded = seeding && base ? base.models : [];
  const added: ModelEntry[] = [];
  for (const model of [...seeded, ...fresh]) {
    const entry: ModelEntry = { ...model.entry, file: `${model.entry.id}.onnx`, card: `${model.entry.id}.md` };
    await copyVerified(model.path, join(target, entry.file), entry.sha256);
    const card = model.cardPath && existsSync(model.cardPath) ? readFileSync(model.cardPath, 'utf8') : generatedModelCard(entry, model.path, now(), 'No model card came with this file: training data, validation and metrics are unknown.');
    writeFileAtomic(join(target, entry.card as string), card);
    const metrics = model.path.replace(/\.onnx$/i, '.metrics.json');
    if (existsSync(metrics)) copyFileSync(metrics, join(target, `${entry.id}.metrics.json`));
    added.push(entry);
  }
  const kept = seeding ? [] : (base?.manifest.models ?? []);
  const manifest: ModelManifest = { manifestVersion: 1, models: [...kept, ...added] };
  writeFileAtomic(join(target, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  const freshIds = new Set(fresh.map((m) => m.entry.id));
  return {
    modelsDir: target,
    added: added.filter((e) => freshIds.has(e.id)).map(({ id, kind, condition, version, sha256 }) => ({ id, kind, condition, version, sha256 })),
    unchanged,
    seeded: seeded.map((m) => m.entry.id),
  };
}

/** Plain ONNX files: kind and condition from the metadata the training package or Ultralytics writes. */
async function scanOnnxFiles(dir: string, now: () => Date): Promise<ResolvedModel[]> {
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.onnx')).sort();
  const out: ResolvedModel[] = [];
  const problems: string[] = [];
  for (const name of files) {
    const path = join(dir, name);
    try {
      const metadata = readOnnxMetadata(readFileSync(path)).metadata;
      const names = metadata.get('names');
      const classNames = names ? parseUltralyticsNames(names) : undefined;
      const kind = (metadata.get('kind') ?? (metadata.get('task') === 'detect' ? 'yolov8-detect' : undefined)) as ModelKind | undefined;
      if (!kind || !MODEL_KINDS.includes(kind)) throw new Error('its metadata names no model kind (kind = yolov8-detect | deepscorenet-grade, or Ultralytics task = detect)');
      const condition = (metadata.get('condition') ?? (classNames ? groupOfClasses(classNames) : undefined)) as ConditionGroup | undefined;
      if (!condition || !CONDITION_GROUPS.includes(condition)) throw new Error('its metadata names no condition group (spinal, foraminal, subarticular)');
      const imgsz = metadata.get('imgsz');
      const detector = kind === 'yolov8-detect';
      const id = name.replace(/\.onnx$/i, '');
      const cardPath = join(dir, `${id}.md`);
      const parsed = ModelEntrySchema.safeParse({
        id,
        kind,
        condition,
        file: name,
        sha256: await sha256File(path),
        version: metadata.get('version') ?? now().toISOString().slice(0, 10),
        inputSize: detector ? (imgsz ? (parseUltralyticsImageSize(imgsz)[0] as number) : 640) : 32,
        classNames: detector ? (classNames ?? seedClassNames(condition)) : GRADES.map((g) => g.rsnaName),
        preprocessing: PREPROCESSING_OF_KIND[kind],
        source: `imported from ${path} on ${now().toISOString()}`,
        metrics: {},
        card: existsSync(cardPath) ? `${id}.md` : null,
      });
      if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      out.push({ entry: parsed.data, path, cardPath: existsSync(cardPath) ? cardPath : null });
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new ModelRefusedError(dir, problems);
  return out;
}

function groupOfClasses(names: readonly string[]): ConditionGroup | undefined {
  return CONDITION_GROUPS.find((g) => classLocations(names, g).problems.length === 0);
}
