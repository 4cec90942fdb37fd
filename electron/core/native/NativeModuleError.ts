import type { AddonAbi } from './readAddonAbi';
import type { Runtime } from './currentRuntime';

export interface NativeModuleFailure {
  /** The npm package, e.g. `better-sqlite3`. */
  readonly moduleName: string;
  /** The addon file that was loaded. */
  readonly file: string;
  readonly builtFor: AddonAbi;
  readonly runtime: Runtime;
  /** The one command that makes a binary for this runtime. */
  readonly fixCommand: string;
  /** The loader's own error (dlopen's or Node's), on one line. */
  readonly reason: string;
}

/**
 * A native addon that does not load in this runtime (issue 13): a missing file, a file that is
 * not an addon, or one built for another module ABI (Node's build in Electron, or the reverse).
 * The message is a few lines a user can act on: what was built, what is needed, the fix.
 */
export class NativeModuleError extends Error {
  override readonly name = 'NativeModuleError';

  constructor(
    readonly failure: NativeModuleFailure,
    options?: { cause?: unknown },
  ) {
    super(describe(failure), options);
  }

  /** The same facts on one line, for a log. */
  oneLine(): string {
    const { file, reason, fixCommand } = this.failure;
    return `${headline(this.failure)}; file: ${file}; reason: ${reason}; fix: ${fixCommand}`;
  }
}

function headline({ moduleName, builtFor, runtime }: NativeModuleFailure): string {
  const needs = `this runtime (${runtime.name} ${runtime.version}) needs ABI ${runtime.abi}`;
  return `native module ${moduleName} could not be loaded: ${builtForText(builtFor)}; ${needs}`;
}

function describe(failure: NativeModuleFailure): string {
  const lines = [`${headline(failure)}.`, `  file:   ${failure.file}`, `  reason: ${failure.reason}`, `  fix:    ${failure.fixCommand}`];
  return lines.join('\n');
}

function builtForText(builtFor: AddonAbi): string {
  switch (builtFor.kind) {
    case 'abi':
      return `the file was built for ABI ${builtFor.abi}`;
    case 'napi':
      return 'the file is an N-API addon (any ABI)';
    case 'missing':
      return 'the file is missing';
    case 'not-an-addon':
      return 'the file is not a Node addon (no node_register_module_v<ABI> or napi_register_module_v1 in it)';
  }
}
