import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ConditionGroup } from '../../../common/vocabulary';
import { GRADES } from '../../../common/vocabulary';
import { writeFileAtomic } from '../../fs/writeFileAtomic';
import { seedClassNames } from './detectorClasses';
import { MANIFEST_FILE, ModelEntrySchema, PREPROCESSING_OF_KIND, type ModelEntry, type ModelKind, type ModelManifest } from './modelManifest';
import { copyVerified, generatedModelCard } from './modelFolderFiles';
import { ModelRefusedError } from './ModelRefusedError';
import { openModel } from './openModel';
import { parseUltralyticsImageSize, parseUltralyticsNames } from './parseUltralyticsMetadata';
import { readModelManifest } from './readModelManifest';
import { readOnnxMetadata } from './readOnnxMetadata';
import { sha256File } from './sha256File';

export interface ImportModelRequest {
  readonly file: string;
  readonly kind: ModelKind;
  readonly condition: ConditionGroup;
  /** Default: the file name without `.onnx`. */
  readonly id?: string;
  readonly version?: string;
  /** Default: the Ultralytics metadata `names`, else the seed's class list of the condition. */
  readonly classNames?: readonly string[];
  /** Default: the metadata `imgsz`, else 640 (detectors); 32 for graders. */
  readonly inputSize?: number;
  readonly source?: string;
}

export interface ImportedModel {
  readonly entry: ModelEntry;
  readonly path: string;
  /** False when the same file was already in the folder under this id. */
  readonly added: boolean;
}

/**
 * Imports a model file into a model folder (the user's, beside the workspace): checks it the way
 * a run would (ONNX, interface, probe run), hashes it, copies it in as `<id>.onnx`, writes a model
 * card and adds the entry to the folder's manifest (atomic writes). A refusal names the reasons
 * and changes nothing; an id already used by a different file is refused.
 */
export async function importModelFile(request: ImportModelRequest, modelsDir: string, now: () => Date = () => new Date()): Promise<ImportedModel> {
  const { file, kind, condition } = request;
  if (!existsSync(file)) throw new ModelRefusedError(file, ['no such file']);
  const sha256 = await sha256File(file);
  const detector = kind === 'yolov8-detect';
  let metadata: ReadonlyMap<string, string>;
  try {
    metadata = readOnnxMetadata(readFileSync(file)).metadata;
  } catch (error) {
    throw new ModelRefusedError(file, [`not a readable ONNX model (corrupt or truncated?): ${(error as Error).message}`]);
  }
  const id = request.id ?? basename(file).replace(/\.onnx$/i, '');
  const fromMetadata = detector ? metadataDefaults(metadata, file) : {};
  const candidate = {
    id,
    kind,
    condition,
    file: `${id}.onnx`,
    sha256,
    version: request.version ?? metadata.get('version') ?? now().toISOString().slice(0, 10),
    inputSize: request.inputSize ?? (detector ? (fromMetadata.inputSize ?? 640) : 32),
    classNames: [...(request.classNames ?? (detector ? (fromMetadata.classNames ?? seedClassNames(condition)) : GRADES.map((g) => g.rsnaName)))],
    preprocessing: PREPROCESSING_OF_KIND[kind],
    source: request.source ?? `imported from ${file} on ${now().toISOString()}`,
    metrics: {},
    card: `${id}.md`,
  };
  const parsed = ModelEntrySchema.safeParse(candidate);
  if (!parsed.success) throw new ModelRefusedError(file, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const entry = parsed.data;
  const model = await openModel({ entry, path: file, cardPath: null });
  await model.session.release();

  mkdirSync(modelsDir, { recursive: true });
  const manifest: ModelManifest = existsSync(join(modelsDir, MANIFEST_FILE)) ? readModelManifest(modelsDir).manifest : { manifestVersion: 1, models: [] };
  const existing = manifest.models.find((m) => m.id === id);
  const target = join(modelsDir, entry.file);
  if (existing) {
    if (existing.sha256 === sha256) return { entry: existing, path: target, added: false };
    throw new ModelRefusedError(file, [`the model folder already has a different model with id "${id}" (sha256 ${existing.sha256}); import it under another id`]);
  }
  await copyVerified(file, target, sha256);
  writeFileAtomic(join(modelsDir, entry.card as string), generatedModelCard(entry, file, now(), 'Training data, validation and metrics: unknown (imported by a user; fill in what you know).', [`- Classes: ${entry.classNames.join(', ')}`]));
  writeFileAtomic(join(modelsDir, MANIFEST_FILE), `${JSON.stringify({ ...manifest, models: [...manifest.models, entry] }, null, 2)}\n`);
  return { entry, path: target, added: true };
}

function metadataDefaults(metadata: ReadonlyMap<string, string>, file: string): { classNames?: string[]; inputSize?: number } {
  try {
    const names = metadata.get('names');
    const imgsz = metadata.get('imgsz');
    const size = imgsz ? parseUltralyticsImageSize(imgsz) : undefined;
    if (size && size[0] !== size[1]) throw new Error(`metadata imgsz [${size.join(', ')}] is not square`);
    return { ...(names ? { classNames: parseUltralyticsNames(names) } : {}), ...(size ? { inputSize: size[0] } : {}) };
  } catch (error) {
    throw new ModelRefusedError(file, [(error as Error).message]);
  }
}
