import { createRequire } from 'node:module';
import { currentRuntime, type Runtime } from './currentRuntime';
import { NativeModuleError } from './NativeModuleError';
import { readAddonAbi } from './readAddonAbi';

export interface NativeAddonSpec {
  readonly moduleName: string;
  readonly file: string;
  readonly fixCommand: string;
}

const requireAddon = createRequire(import.meta.url);

/**
 * Loads a native addon file, or throws a NativeModuleError that says why it did not load: the
 * ABI the file was built for (read from its bytes) beside the one this runtime needs.
 */
export function loadNativeAddon(spec: NativeAddonSpec, runtime: Runtime = currentRuntime()): object {
  try {
    return requireAddon(spec.file) as object;
  } catch (error) {
    throw new NativeModuleError(
      { ...spec, builtFor: readAddonAbi(spec.file), runtime, reason: loaderReason(error, spec.file) },
      { cause: error },
    );
  }
}

/** The loader's message on one line, without the file name the error already gives. */
function loaderReason(error: unknown, file: string): string {
  // Node's "Cannot find module" lists the require stack: our own loader, no help to a user.
  const message = (error instanceof Error ? error.message : String(error)).split('\nRequire stack:')[0] ?? '';
  return message.replaceAll(`'${file}'`, '').replaceAll(`${file}: `, '').replace(/\s+/g, ' ').trim();
}
