import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { listSupportedBackends } from 'onnxruntime-node';

/** Execution providers we know how to ask onnxruntime-node for, in the order we prefer them. */
export const PROVIDER_ORDER = ['cuda', 'webgpu', 'dml', 'coreml', 'cpu'] as const;
export type ProviderName = (typeof PROVIDER_ORDER)[number];

export function isProviderName(value: string): value is ProviderName {
  return (PROVIDER_ORDER as readonly string[]).includes(value);
}

/** Why a provider was or was not used, for the diagnostics screen. */
export interface ProviderAttempt {
  readonly provider: ProviderName;
  readonly outcome: 'used' | 'failed' | 'skipped';
  readonly reason: string | null;
  readonly milliseconds: number;
}

export interface ProviderCandidate {
  readonly provider: ProviderName;
  /** Null when worth trying; else why it is skipped without trying. */
  readonly skipReason: string | null;
}

/**
 * The providers to try, in order, each alone (onnxruntime-node 1.30 throws instead of falling
 * back when a listed provider cannot start, e.g. `['webgpu', 'cpu']` without a GPU adapter).
 * `requested` narrows the list (CPU is always added last). A provider the installed build does
 * not list, or CUDA without its libraries (downloaded only with ONNXRUNTIME_NODE_INSTALL=cuda12),
 * is skipped with the reason rather than tried.
 */
export function providerCandidates(requested?: readonly ProviderName[]): ProviderCandidate[] {
  const wanted = requested && requested.length > 0 ? [...new Set([...requested, 'cpu' as const])] : [...PROVIDER_ORDER];
  const listed = new Set(listSupportedBackends().map((b) => b.name));
  return wanted.map((provider) => {
    if (provider === 'cpu') return { provider, skipReason: null };
    if (!listed.has(provider))
      return { provider, skipReason: `not available in this onnxruntime-node build for ${process.platform}-${process.arch}` };
    if (provider === 'cuda' && !cudaLibrariesInstalled()) {
      return {
        provider,
        skipReason: 'CUDA provider libraries are not installed (install onnxruntime-node with ONNXRUNTIME_NODE_INSTALL=cuda12)',
      };
    }
    return { provider, skipReason: null };
  });
}

/** The CUDA provider is a separate shared library beside the binding (onnxruntime-node/script/install.js). */
function cudaLibrariesInstalled(): boolean {
  const require = createRequire(import.meta.url);
  const root = dirname(dirname(require.resolve('onnxruntime-node')));
  const dir = join(root, 'bin', 'napi-v6', process.platform, process.arch);
  const name = process.platform === 'win32' ? 'onnxruntime_providers_cuda.dll' : 'libonnxruntime_providers_cuda.so';
  return existsSync(join(dir, name));
}
