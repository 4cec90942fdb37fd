import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { currentRuntime, type Runtime } from '../native/currentRuntime';
import { loadNativeAddon, type NativeAddonSpec } from '../native/loadNativeAddon';

/**
 * better-sqlite3 is a V8 (not N-API) addon, so each runtime needs its own build (issue 13). Both
 * live side by side in the package folder: the CLI and the tests load npm's Node build
 * (build/Release), the app loads the one scripts/rebuild-native-for-electron.mjs builds for
 * Electron's ABI (build-electron/), passed to better-sqlite3 as its `nativeBinding`.
 */
const packageDir = dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'));

export const NODE_SQLITE_BINDING = join(packageDir, 'build', 'Release', 'better_sqlite3.node');
export const ELECTRON_SQLITE_BINDING = join(packageDir, 'build-electron', 'better_sqlite3.node');

export function sqliteBindingFor(runtime: Runtime): NativeAddonSpec {
  if (runtime.name === 'Node') {
    return { moduleName: 'better-sqlite3', file: NODE_SQLITE_BINDING, fixCommand: 'npm rebuild better-sqlite3' };
  }
  // In the packaged app the package sits in app.asar; its binaries are unpacked beside it
  // (electron-builder.yml asarUnpack), and a shared library loads only from a real file.
  const file = ELECTRON_SQLITE_BINDING.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
  return { moduleName: 'better-sqlite3', file, fixCommand: 'npm run rebuild:electron' };
}

let loadedFile: string | undefined;

/**
 * The file of this runtime's better-sqlite3 addon, loaded once here so that a NativeModuleError
 * says why it cannot load; better-sqlite3's own require of the same file then hits the cache.
 */
export function sqliteNativeBinding(): string {
  if (loadedFile === undefined) {
    const spec = sqliteBindingFor(currentRuntime());
    loadNativeAddon(spec);
    loadedFile = spec.file;
  }
  return loadedFile;
}
