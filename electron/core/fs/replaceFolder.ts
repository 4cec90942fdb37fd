import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * A fresh folder beside `target` (same parent, so the same file system), named after it and
 * hidden: a folder is built there and then moved into place with replaceFolder.
 */
export function stagingFolderBeside(target: string): string {
  const full = resolve(target);
  mkdirSync(dirname(full), { recursive: true });
  return mkdtempSync(join(dirname(full), `.${basename(full)}.staging-`));
}

/**
 * Moves a finished staging folder to `target`. rename(2) of a folder is atomic, so a reader sees
 * the old folder or the new one whole, never a half-written one; an existing target is first
 * renamed aside and removed after the swap (POSIX has no atomic exchange of two folders, so for
 * that instant the path is absent rather than partial).
 */
export function replaceFolder(staging: string, target: string): void {
  const full = resolve(target);
  if (!existsSync(full)) {
    renameSync(staging, full);
    return;
  }
  const aside = `${join(dirname(full), `.${basename(full)}.old-`)}${process.pid}-${Date.now().toString(36)}`;
  renameSync(full, aside);
  try {
    renameSync(staging, full);
  } catch (error) {
    renameSync(aside, full);
    throw error;
  }
  rmSync(aside, { recursive: true, force: true });
}
