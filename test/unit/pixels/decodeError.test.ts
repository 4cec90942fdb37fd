import { describe, expect, it } from 'vitest';
import { DecodeError, isWasmAbort } from '../../../electron/core/dicom/pixels/DecodeError';

describe('isWasmAbort', () => {
  it('recognises a real WebAssembly trap inside a DecodeError, and nothing else', () => {
    // (module (func (export "f") unreachable))
    const bytes = new Uint8Array([
      0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11,
    ]);
    // The global WebAssembly object (its value is not in the project's ES2023 + node typings).
    const wasm = (
      globalThis as unknown as {
        WebAssembly: { Module: new (b: Uint8Array) => object; Instance: new (m: object) => { exports: Record<string, unknown> } };
      }
    ).WebAssembly;
    const instance = new wasm.Instance(new wasm.Module(bytes));
    let trap: unknown;
    try {
      (instance.exports['f'] as () => void)();
    } catch (error) {
      trap = error;
    }
    expect(isWasmAbort(new DecodeError('/a.dcm', 'JPEG-LS: unreachable', { cause: trap }))).toBe(true);
    expect(isWasmAbort(new DecodeError('/a.dcm', 'x', { cause: new Error('Aborted(OOM)') }))).toBe(true);
    expect(isWasmAbort(new DecodeError('/a.dcm', 'truncated'))).toBe(false);
    expect(isWasmAbort(new Error('CharLS could not decode the frame'))).toBe(false);
  });
});
