import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadNativeAddon } from '../../../electron/core/native/loadNativeAddon';
import { NativeModuleError } from '../../../electron/core/native/NativeModuleError';
import { sqliteBindingFor } from '../../../electron/core/store/sqliteNativeBinding';

// No Electron binary here: the two Electron calls the start-up failure makes are recorded.
const electron = vi.hoisted(() => ({ showErrorBox: vi.fn(), exit: vi.fn() }));
vi.mock('electron', () => ({ dialog: { showErrorBox: electron.showErrorBox }, app: { exit: electron.exit } }));
const { reportStartupFailure } = await import('../../../electron/main/reportStartupFailure');

/** The app's better-sqlite3 load as Electron 45 would attempt it (the Electron build is not built offline). */
function electronLoadFailure(): NativeModuleError {
  try {
    loadNativeAddon(sqliteBindingFor({ name: 'Electron', version: '45.5.0', abi: 150 }), { name: 'Electron', version: '45.5.0', abi: 150 });
  } catch (error) {
    if (error instanceof NativeModuleError) return error;
    throw error;
  }
  throw new Error('the Electron build loaded in Node');
}

describe('the app start when a native module does not load (issue 13)', () => {
  beforeEach(() => {
    electron.showErrorBox.mockClear();
    electron.exit.mockClear();
  });

  it('shows the message in a dialog, logs one line and quits with status 1', () => {
    const error = electronLoadFailure();
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      reportStartupFailure(error);
      expect(electron.showErrorBox).toHaveBeenCalledWith('Spine Review cannot start', error.message);
      expect(log).toHaveBeenCalledTimes(1);
      const line = String(log.mock.calls[0]?.[0]);
      expect(line).not.toContain('\n');
      expect(line).toContain('native module better-sqlite3 could not be loaded');
      expect(line).toContain('this runtime (Electron 45.5.0) needs ABI 150');
      expect(line).toContain('fix: npm run rebuild:electron');
      expect(electron.exit).toHaveBeenCalledWith(1);
    } finally {
      log.mockRestore();
    }
  });

  it('leaves any other start-up error as it was', () => {
    const other = new Error('something else');
    expect(() => reportStartupFailure(other)).toThrow(other);
    expect(electron.showErrorBox).not.toHaveBeenCalled();
    expect(electron.exit).not.toHaveBeenCalled();
  });
});
