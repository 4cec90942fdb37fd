#!/usr/bin/env node
// Builds better-sqlite3 for Electron's module ABI beside npm's Node build (issue 13): the app
// loads node_modules/better-sqlite3/build-electron/better_sqlite3.node (its `nativeBinding`), the
// CLI and the tests keep build/Release. @electron/rebuild (electron-builder's own rebuilder) builds
// a COPY of the package in a temporary folder, so the Node build is never touched.
//
// `npm run rebuild:electron` and `postinstall` run it. Where the Electron headers cannot be
// downloaded (offline, CI) it says so in one line and exits 0 so that the install goes on; with
// --require (packaging: `npm run dist`) that is an error. SPINE_REVIEW_SKIP_ELECTRON_REBUILD=1
// skips it.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const requireHeaders = process.argv.includes('--require');
const HEADERS_URL = process.env['ELECTRON_REBUILD_DIST_URL'] ?? 'https://www.electronjs.org/headers';
const tag = 'rebuild:electron:';

if (process.env['SPINE_REVIEW_SKIP_ELECTRON_REBUILD'] === '1') {
  console.log(`${tag} skipped (SPINE_REVIEW_SKIP_ELECTRON_REBUILD=1); the app needs \`npm run rebuild:electron\` before it starts`);
  process.exit(0);
}

let electronVersion;
try {
  electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
} catch {
  console.log(`${tag} electron is not installed (a production install); nothing to build`);
  process.exit(0);
}
// The ABI table @electron/rebuild itself builds with.
const { getAbi } = createRequire(require.resolve('@electron/rebuild'))('node-abi');
const abi = Number(getAbi(electronVersion, 'electron'));

const packageDir = dirname(require.resolve('better-sqlite3/package.json'));
const target = join(packageDir, 'build-electron', 'better_sqlite3.node');

if (!(await headersAvailable())) {
  const line = `${tag} Electron ${electronVersion} headers cannot be downloaded from ${HEADERS_URL} (offline?); the app's better-sqlite3 (ABI ${abi}) was not built: run \`npm run rebuild:electron\` with a network`;
  if (requireHeaders) {
    console.error(line);
    process.exit(1);
  }
  console.log(line);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'spine-review-electron-rebuild-'));
try {
  const copy = join(work, 'node_modules', 'better-sqlite3');
  cpSync(packageDir, copy, { recursive: true, filter: (source) => !relative(packageDir, source).startsWith('build') });
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify({ name: 'electron-rebuild-copy', private: true, dependencies: { 'better-sqlite3': '*' } }),
  );
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({
    buildPath: work,
    electronVersion,
    arch: process.env['npm_config_arch'] ?? process.arch,
    onlyModules: ['better-sqlite3'],
    force: true,
  });
  const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
  const builtAbi = /node_register_module_v(\d+)/.exec(readFileSync(built).toString('latin1'))?.[1];
  if (Number(builtAbi) !== abi) throw new Error(`${built} was built for ABI ${builtAbi ?? '?'}, Electron ${electronVersion} needs ${abi}`);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(built, target);
  console.log(`${tag} ${relative(root, target)} built for Electron ${electronVersion} (ABI ${abi})`);
} catch (error) {
  console.error(`${tag} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The headers are in node-gyp's Electron cache already, or the header server answers. */
async function headersAvailable() {
  if (existsSync(join(homedir(), '.electron-gyp', electronVersion, 'include', 'node', 'node_version.h'))) return true;
  try {
    const response = await fetch(`${HEADERS_URL}/v${electronVersion}/node-v${electronVersion}-headers.tar.gz`, {
      method: 'HEAD',
      signal: AbortSignal.timeout(15_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}
