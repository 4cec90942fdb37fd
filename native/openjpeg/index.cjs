'use strict';
// Loads the built addon, or says why it is not there (the caller falls back to WASM).
const { join } = require('node:path');

let binding = null;
let unavailableBecause = null;
try {
  binding = require(join(__dirname, 'build', 'Release', 'spine_openjpeg.node'));
} catch (error) {
  unavailableBecause = `the native OpenJPEG decoder is not built (${error && error.message ? error.message.split('\n')[0] : String(error)})`;
}
module.exports = { binding, unavailableBecause };
