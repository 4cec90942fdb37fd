import type { WorkspaceDb } from '../store/WorkspaceDb';
import { indexFolder, type IndexSummary } from '../indexing/indexFolder';
import { importRsnaLabels, type ImportCounts } from '../labels/importRsnaLabels';
import { readRsnaFolder } from '../rsna/readRsnaFolder';
import { resolveReader } from '../settings/resolveReader';
import { generatePhantomDataset, type PhantomDatasetOptions, type PhantomDatasetSummary } from '../../../phantom/generatePhantomDataset';

export interface DemoInstallOptions extends PhantomDatasetOptions {
  /** Who the label import is recorded as; default: the workspace's reader. */
  readonly reader?: string;
  readonly onIndexProgress?: (done: number, total: number) => void;
}

export interface DemoInstallSummary {
  readonly dataset: Omit<PhantomDatasetSummary, 'truth'>;
  readonly index: IndexSummary;
  readonly labels: ImportCounts;
  /** The ground truth, in memory. */
  readonly truth: PhantomDatasetSummary['truth'];
}

/**
 * The demo dataset, start to finish: generate `studies` phantom studies into `dir` (RSNA
 * layout), index dir/train_images into the workspace database, and import the three label
 * CSVs through the same validated path as `import-rsna`. Used by `spine-review demo` and by
 * the app's first start on an empty workspace.
 */
export async function installDemoDataset(db: WorkspaceDb, dir: string, options: DemoInstallOptions): Promise<DemoInstallSummary> {
  const { truth, ...dataset } = await generatePhantomDataset(dir, options);
  const index = await indexFolder(db, dataset.imagesDir, {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onIndexProgress ? { onProgress: options.onIndexProgress } : {}),
  });
  if (index.skipped > 0)
    throw new Error(`${index.skipped} generated files could not be indexed under ${dataset.imagesDir}; see index_problems`);
  const labels = importRsnaLabels(db, readRsnaFolder(dataset.dir), { folder: dataset.dir, reader: options.reader ?? resolveReader(db) });
  return { dataset, index, labels, truth };
}
