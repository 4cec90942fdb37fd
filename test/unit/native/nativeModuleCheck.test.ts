import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { currentRuntime } from '../../../electron/core/native/currentRuntime';
import { loadNativeAddon } from '../../../electron/core/native/loadNativeAddon';
import { NativeModuleError } from '../../../electron/core/native/NativeModuleError';
import { readAddonAbi } from '../../../electron/core/native/readAddonAbi';
import { ELECTRON_SQLITE_BINDING, NODE_SQLITE_BINDING, sqliteBindingFor } from '../../../electron/core/store/sqliteNativeBinding';

/**
 * Issue 13: a native addon that does not load says why, from real load attempts (dlopen of a
 * missing file, of random bytes, of better-sqlite3 built for Node 18), and the ABI of the binary
 * each runtime loads is read from the file and checked against what that runtime needs.
 */
const NODE18_FIXTURE = 'test/fixtures/native/better_sqlite3.node18.node';
const nodeSpec = sqliteBindingFor({ name: 'Node', version: process.versions.node, abi: Number(process.versions.modules) });
const dir = mkdtempSync(join(tmpdir(), 'native-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Loads `file` as better-sqlite3's Node build would be loaded; returns the error it throws. */
function loadFailure(file: string): NativeModuleError {
  try {
    loadNativeAddon({ ...nodeSpec, file });
  } catch (error) {
    expect(error).toBeInstanceOf(NativeModuleError);
    return error as NativeModuleError;
  }
  throw new Error(`${file} loaded`);
}

const runtimeNeeds = `this runtime (Node ${process.versions.node}) needs ABI ${process.versions.modules}`;

describe('a native module that does not load', () => {
  it('missing file: names the module, the file, the ABI needed and the fix', () => {
    const file = join(dir, 'missing', 'better_sqlite3.node');
    const error = loadFailure(file);
    expect(error.failure.builtFor).toEqual({ kind: 'missing' });
    expect(error.message).toContain('native module better-sqlite3 could not be loaded: the file is missing');
    expect(error.message).toContain(runtimeNeeds);
    expect(error.message).toContain(`file:   ${file}`);
    expect(error.message).toContain('fix:    npm rebuild better-sqlite3');
    expect(error.message.split('\n')).toHaveLength(4);
    expect(error.failure.reason).toBe('Cannot find module');
  });

  it('corrupt file (random bytes): not an addon, with the loader’s reason', () => {
    const file = join(dir, 'corrupt.node');
    // Seeded bytes (not crypto-random) so a failure reproduces; they hold no register symbol.
    const bytes = Buffer.alloc(64 * 1024);
    let seed = 13;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    writeFileSync(file, bytes);
    const error = loadFailure(file);
    expect(error.failure.builtFor).toEqual({ kind: 'not-an-addon' });
    expect(error.message).toContain('the file is not a Node addon');
    expect(error.message).toContain(runtimeNeeds);
    expect(error.message).toMatch(/reason: .*(invalid ELF header|file too short|not a valid)/i);
    expect(error.message).toContain('fix:    npm rebuild better-sqlite3');
  });

  // Built by scripts/make-native-abi-fixture.sh (npm run test:fixtures) against Debian's Node 18
  // headers: a real V8 addon of another ABI, which Node refuses to register.
  it('better-sqlite3 built for Node 18: built for ABI 108, this runtime needs its own', () => {
    expect(existsSync(NODE18_FIXTURE), `${NODE18_FIXTURE} is missing: run npm run test:fixtures`).toBe(true);
    const file = join(dir, 'node18', 'better_sqlite3.node');
    mkdirSync(join(dir, 'node18'));
    copyFileSync(NODE18_FIXTURE, file);
    const error = loadFailure(file);
    expect(error.failure.builtFor).toEqual({ kind: 'abi', abi: 108 });
    expect(error.message).toContain('the file was built for ABI 108');
    // Node's own refusal, read from the real load attempt.
    expect(error.failure.reason).toContain('NODE_MODULE_VERSION 108');
    expect(error.message).toContain(runtimeNeeds);
    expect(error.message).toContain('fix:    npm rebuild better-sqlite3');
  });

  it('the message as the CLI prints it has no stack trace', () => {
    const error = loadFailure(join(dir, 'missing.node'));
    expect(error.message).not.toMatch(/\n\s+at /);
  });
});

describe('the binary each runtime loads', () => {
  it('Node (CLI, tests): npm’s build, built for this Node’s ABI, read from the file', () => {
    expect(nodeSpec.file).toBe(NODE_SQLITE_BINDING);
    expect(readAddonAbi(NODE_SQLITE_BINDING)).toEqual({ kind: 'abi', abi: Number(process.versions.modules) });
    expect(currentRuntime()).toEqual({ name: 'Node', version: process.versions.node, abi: Number(process.versions.modules) });
  });

  it('Electron (the app): the side-by-side build, and its fix command', () => {
    const spec = sqliteBindingFor({ name: 'Electron', version: '45.5.0', abi: 150 });
    expect(spec.file).toBe(ELECTRON_SQLITE_BINDING);
    expect(spec.file).not.toBe(NODE_SQLITE_BINDING);
    expect(spec.fixCommand).toBe('npm run rebuild:electron');
  });

  // Built by npm run rebuild:electron where the Electron headers can be downloaded.
  it.runIf(existsSync(ELECTRON_SQLITE_BINDING))('Electron: the side-by-side build is for the installed Electron’s ABI', () => {
    const require = createRequire(import.meta.url);
    const electronVersion = (require('electron/package.json') as { version: string }).version;
    // The ABI table @electron/rebuild builds with.
    const { getAbi } = createRequire(require.resolve('@electron/rebuild'))('node-abi') as {
      getAbi(target: string, runtime: string): string;
    };
    expect(readAddonAbi(ELECTRON_SQLITE_BINDING)).toEqual({ kind: 'abi', abi: Number(getAbi(electronVersion, 'electron')) });
  });

  it('N-API addons (our OpenJPEG decoder) are ABI-stable: read as napi', () => {
    const file = 'node_modules/@spine-review/openjpeg-native/build/Release/spine_openjpeg.node';
    if (existsSync(file)) expect(readAddonAbi(file)).toEqual({ kind: 'napi' });
  });
});
