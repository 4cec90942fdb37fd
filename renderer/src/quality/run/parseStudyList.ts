import type { StudySummary } from '../../../../electron/common/contract';

export interface ParsedStudyList {
  /** studies.id of the keys found, in the order typed, each once. */
  readonly ids: readonly number[];
  /** Typed keys that no study of the workspace has. */
  readonly unknown: readonly string[];
}

/**
 * Study ids as a curator pastes them (from a spreadsheet column, a CSV line, an e-mail): separated
 * by spaces, new lines, commas or semicolons; matched exactly against the workspace's study keys.
 */
export function parseStudyList(text: string, studies: readonly StudySummary[]): ParsedStudyList {
  const byKey = new Map(studies.map((s) => [s.key, s.id]));
  const ids: number[] = [];
  const unknown: string[] = [];
  for (const token of text.split(/[\s,;]+/)) {
    const key = token.trim();
    if (!key) continue;
    const id = byKey.get(key);
    if (id === undefined) {
      if (!unknown.includes(key)) unknown.push(key);
    } else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unknown };
}
