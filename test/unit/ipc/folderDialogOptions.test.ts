import { describe, expect, it } from 'vitest';
import { FOLDER_PURPOSES, METHODS } from '../../../electron/common/contract';
import { folderDialogOptions } from '../../../electron/main/folderDialogOptions';

describe('folderDialogOptions', () => {
  it('titles the dialog of every purpose the contract accepts, each differently', () => {
    const titles = FOLDER_PURPOSES.map((purpose) => folderDialogOptions(purpose).title);
    expect(titles.every((t) => typeof t === 'string' && t.length > 10)).toBe(true);
    expect(new Set(titles).size).toBe(FOLDER_PURPOSES.length);
    for (const purpose of FOLDER_PURPOSES) expect(METHODS['dialog:chooseFolder'].request.safeParse({ purpose }).success).toBe(true);
    expect(METHODS['dialog:chooseFolder'].request.safeParse({ purpose: 'anything' }).success).toBe(false);
  });

  it('lets the user make a new folder only where the app writes one', () => {
    const creating = FOLDER_PURPOSES.filter((purpose) => folderDialogOptions(purpose).properties?.includes('createDirectory'));
    expect(creating).toEqual(['export', 'training-export']);
    for (const purpose of FOLDER_PURPOSES) expect(folderDialogOptions(purpose).properties).toContain('openDirectory');
  });
});
