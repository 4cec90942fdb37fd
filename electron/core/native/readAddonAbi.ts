import { readFileSync } from 'node:fs';

/**
 * The module ABI a native addon was built for, read from the file itself. A V8/NAN addon
 * registers through a symbol named after its NODE_MODULE_VERSION (`node_register_module_v115`
 * for Node 20, see node.h's NODE_MODULE_INITIALIZER), so the name is in the binary's symbol
 * table; an N-API addon exports `napi_register_module_v1` instead and loads in any runtime.
 */
export type AddonAbi =
  | { readonly kind: 'abi'; readonly abi: number }
  | { readonly kind: 'napi' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'not-an-addon' };

const NODE_REGISTER = /node_register_module_v(\d+)/;
const NAPI_REGISTER = 'napi_register_module_v1';

export function readAddonAbi(file: string): AddonAbi {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { kind: 'missing' };
  }
  // latin1 maps every byte to one character, so the symbol name matches wherever it lies.
  const text = bytes.toString('latin1');
  const versioned = NODE_REGISTER.exec(text);
  if (versioned?.[1] !== undefined) return { kind: 'abi', abi: Number(versioned[1]) };
  if (text.includes(NAPI_REGISTER)) return { kind: 'napi' };
  return { kind: 'not-an-addon' };
}
