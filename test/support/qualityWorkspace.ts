import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { phantomWorkspace, type PhantomWorkspace } from './phantomWorkspace';
import { testModelsDir } from './testModels';

export interface QualityWorkspace extends PhantomWorkspace {
  /** A copy of the test models (real architectures) that the app uses and imports into. */
  readonly modelsDir: string;
  /** A trainer's output folder: manifest, one grader ONNX and its card (a new spinal grader version). */
  readonly newVersionDir: string;
  readonly newVersionId: string;
  /** A folder whose only ONNX file is not a model: an import must refuse it. */
  readonly brokenDir: string;
}

export const NEW_VERSION_CARD = `# deepscorenet-spinal-v2

Spinal canal stenosis grader retrained on the **corrected** labels. Kind \`deepscorenet-grade\`, version \`2.0.0-e2e\`.

## Metrics (held-out test fold)

| | |
|---|---|
| accuracy | 0.8120 |
| macro_f1 | 0.6040 |

## Run

\`\`\`
python -m spine_training.train_grader --data export/crops/spinal --epochs 12
\`\`\`

<script>document.title = 'injected'</script>
`;

/**
 * The workspace the Models & quality tests and screenshots use: phantom studies with their
 * labels and no AI run yet (issue 3's demo data), a writable copy of the test models (or of
 * `options.models`) set as the app's model folder (SPINE_REVIEW_MODELS: the forked engine inherits it), a folder holding a new
 * grader version to import, and one holding a file that is not a model.
 */
export async function qualityWorkspace(
  dir: string,
  options: { studies: number; seed: number; models?: string },
): Promise<QualityWorkspace> {
  const tests = testModelsDir();
  if (!tests.dir) throw new Error(tests.reason);
  const source = options.models ?? tests.dir;
  const phantom = await phantomWorkspace(dir, { ...options, aiStudies: 0 });
  const modelsDir = join(dir, 'models');
  // dereference: test/fixtures/models may be a link to a shared copy, which the imports below must not write into.
  cpSync(source, modelsDir, { recursive: true, dereference: true });
  process.env['SPINE_REVIEW_MODELS'] = modelsDir;

  // Another architecture's random weights make a grader that answers differently: a "new version" of the spinal grader.
  const newVersionId = 'deepscorenet-spinal-v2';
  const newVersionDir = join(dir, 'trained-v2');
  mkdirSync(newVersionDir, { recursive: true });
  const file = join(newVersionDir, `${newVersionId}.onnx`);
  copyFileSync(join(tests.dir, 'deepscorenet-foraminal-test.onnx'), file);
  writeFileSync(join(newVersionDir, `${newVersionId}.md`), NEW_VERSION_CARD);
  const entry = {
    id: newVersionId,
    kind: 'deepscorenet-grade',
    condition: 'spinal',
    file: `${newVersionId}.onnx`,
    sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
    version: '2.0.0-e2e',
    inputSize: 32,
    classNames: ['Normal/Mild', 'Moderate', 'Severe'],
    preprocessing: 'minmax-uint8-grey3-crop32',
    source: 'retrained on the corrected labels (end-to-end test fixture)',
    metrics: { accuracy: 0.812, macro_f1: 0.604, quadratic_kappa: 0.71 },
    card: `${newVersionId}.md`,
  };
  writeFileSync(join(newVersionDir, 'manifest.json'), `${JSON.stringify({ manifestVersion: 1, models: [entry] }, null, 2)}\n`);

  const brokenDir = join(dir, 'not-a-model');
  mkdirSync(brokenDir, { recursive: true });
  writeFileSync(join(brokenDir, 'grader.onnx'), 'this is not an ONNX file\n');
  return { ...phantom, modelsDir, newVersionDir, newVersionId, brokenDir };
}
