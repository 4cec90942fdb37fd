#!/usr/bin/env node
// The `spine-review` command: runs the built CLI when the package was built (out/cli), else the
// TypeScript source through tsx (a checkout).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../out/cli/main.js', import.meta.url);
const args = process.argv.slice(2);
let runCli;
if (existsSync(fileURLToPath(built))) {
  ({ runCli } = await import(built.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ runCli } = await import('../electron/core/cli/main.ts'));
}
process.exitCode = await runCli(args);
