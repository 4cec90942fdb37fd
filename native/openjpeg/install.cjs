// Builds the addon at `npm install`. Optional by design: without a compiler or the OpenJPEG
// headers (Debian: libopenjp2-7-dev) the app decodes JPEG 2000 with OpenJPEG WASM instead, so a
// failed build warns and lets the install go on — unless SPINE_REVIEW_REQUIRE_NATIVE_J2K=1
// (CI sets it, so the native path is always built and tested there).
'use strict';
const { spawnSync } = require('node:child_process');

// npm hands install scripts its own node-gyp; run by hand, the project's devDependency is used.
function findNodeGyp() {
  if (process.env.npm_config_node_gyp) return process.env.npm_config_node_gyp;
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    return null;
  }
}
const nodeGyp = findNodeGyp();
const build = nodeGyp
  ? spawnSync(process.execPath, [nodeGyp, 'rebuild'], { cwd: __dirname, stdio: 'inherit' })
  : { status: null, error: new Error('node-gyp not found') };
if (build.status !== 0) {
  const why = build.error ? build.error.message : `node-gyp exited with ${build.status}`;
  console.warn(`@spine-review/openjpeg-native: not built (${why}); JPEG 2000 will decode with OpenJPEG WASM, about 3x slower.`);
  if (process.env.SPINE_REVIEW_REQUIRE_NATIVE_J2K === '1') process.exit(1);
}
