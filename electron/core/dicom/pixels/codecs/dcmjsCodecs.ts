import type * as DcmjsCodecs from 'dcmjs-codecs';
import { createRequire } from 'node:module';

/**
 * dcmjs-codecs is a webpack CommonJS bundle whose named exports Node's ESM loader cannot see,
 * so it is loaded with require (which works the same under tsx, vitest and a bundled app).
 */
const require = createRequire(import.meta.url);
const dcmjsCodecs = require('dcmjs-codecs') as typeof DcmjsCodecs;

export const { Context, NativeCodecs } = dcmjsCodecs;
export type IjgContext = InstanceType<typeof Context>;

/** Where the WASM of dcmjs-codecs lies (it would otherwise look beside the caller's bundle). */
export const DCMJS_CODECS_WASM = require.resolve('dcmjs-codecs/build/dcmjs-native-codecs.wasm');
