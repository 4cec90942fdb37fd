import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every regular file below `root`, depth first, names in sorted order so that a scan is
 * deterministic. Symbolic links are not followed (a link loop cannot hang the scan, and a link
 * cannot take the scan out of the folder the user chose, issue 13); `links`, when given, collects
 * them so the caller can say why they were left.
 */
export function* walkFiles(root: string, links?: string[]): Generator<string> {
  const stack: string[] = [root];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    const files: string[] = [];
    for (const entry of entries) {
      if (entry.isDirectory()) stack.push(join(dir, entry.name));
      else if (entry.isFile()) files.push(join(dir, entry.name));
      else if (entry.isSymbolicLink()) links?.push(join(dir, entry.name));
    }
    for (let i = files.length - 1; i >= 0; i--) yield files[i] as string;
  }
}
