import type { LabelSetRef } from '../../../../electron/common/contract';
import { chosenFolderPath } from './chosenFolders';

const NAMES: Record<LabelSetRef['kind'], string> = {
  current: 'current labels',
  imported: 'imported originals',
  run: 'run',
  folder: "reader's folder",
};

/** A grade set as headings and buttons name it: "current labels", "run #3", a folder's last name. */
export function labelSetName(ref: LabelSetRef): string {
  if (ref.kind === 'run') return `run #${ref.runId}`;
  if (ref.kind === 'folder') {
    const path = chosenFolderPath(ref.folder);
    return path.split(/[\\/]/).filter(Boolean).at(-1) ?? path;
  }
  return NAMES[ref.kind];
}

/**
 * Which side's grade a disagreement can be settled to: only the workspace's current labels can be
 * written (labels:setGrade), so one side must be them and the other side's grade is the one to adopt
 * ("keep ours" writes nothing). Null when neither side, or both, are the current labels.
 */
export function adoptableSide(first: LabelSetRef, second: LabelSetRef): 'first' | 'second' | null {
  if (first.kind === 'current' && second.kind !== 'current') return 'second';
  if (second.kind === 'current' && first.kind !== 'current') return 'first';
  return null;
}
