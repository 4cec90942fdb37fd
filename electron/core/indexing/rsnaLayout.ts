import { relative, sep } from 'node:path';

export interface RsnaPathKeys {
  readonly studyKey: string;
  readonly seriesKey: string;
  readonly instanceNumber: number;
}

const DIGITS = /^\d+$/;

/**
 * Recognises the RSNA layout `<root>/…/<study_id>/<series_id>/<instance_number>.dcm`
 * (shared/design/rsna-data.md, "Images"): the three names are integers. Returns the keys the
 * label CSVs use, or null for any other tree (those are grouped by their UIDs).
 */
export function rsnaKeysFromPath(root: string, filePath: string): RsnaPathKeys | null {
  const parts = relative(root, filePath).split(sep);
  if (parts.length < 3) return null;
  const file = parts[parts.length - 1] as string;
  const seriesKey = parts[parts.length - 2] as string;
  const studyKey = parts[parts.length - 3] as string;
  if (!file.toLowerCase().endsWith('.dcm')) return null;
  const stem = file.slice(0, -4);
  if (!DIGITS.test(stem) || !DIGITS.test(seriesKey) || !DIGITS.test(studyKey)) return null;
  return { studyKey, seriesKey, instanceNumber: Number(stem) };
}
