import type { OpenDialogOptions } from 'electron';
import type { FolderPurpose } from '../common/contract/folders';

const TITLES: Record<FolderPurpose, string> = {
  index: 'Index a DICOM folder',
  import: 'Import RSNA label CSVs',
  export: 'Export RSNA label CSVs',
  models: 'Import models from a folder (ONNX files and model cards)',
  'training-export': 'Export training sets to a folder',
  'reader-labels': "Another reader's RSNA label folder (train.csv)",
};

/** Folders the app writes into may be created from the dialog. */
const WRITES: ReadonlySet<FolderPurpose> = new Set(['export', 'training-export']);

/** The native folder dialog for a purpose: its title, and whether it offers "new folder". */
export function folderDialogOptions(purpose: FolderPurpose): OpenDialogOptions {
  return { title: TITLES[purpose], properties: ['openDirectory', ...(WRITES.has(purpose) ? (['createDirectory'] as const) : [])] };
}
