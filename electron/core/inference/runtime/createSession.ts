import { availableParallelism } from 'node:os';
import { InferenceSession, env } from 'onnxruntime-node';
import { providerCandidates, type ProviderAttempt, type ProviderName } from './executionProviders';

export interface SessionResult {
  readonly session: InferenceSession;
  readonly provider: ProviderName;
  readonly attempts: readonly ProviderAttempt[];
}

export interface SessionSettings {
  /** Providers to prefer, in order; CPU is always tried last. Default: every provider we know. */
  readonly providers?: readonly ProviderName[];
  /** Intra-op threads; default: the machine's parallelism, at most 8. */
  readonly threads?: number;
}

let quietened = false;

/**
 * Opens a session on the first provider that starts, trying each on its own (see
 * providerCandidates) and keeping why each earlier one failed. Sessions run one at a time in
 * the engine process, so one op pool sized to the cores is enough (inter-op parallelism off).
 * Throws when even the CPU provider cannot open the model (corrupt file, unsupported operator),
 * with every attempt's reason.
 */
export async function createSession(model: string | Uint8Array, settings: SessionSettings = {}): Promise<SessionResult> {
  if (!quietened) {
    // Failed provider probes log at error level from native code; the reasons are kept instead.
    env.logLevel = 'fatal';
    quietened = true;
  }
  const threads = settings.threads ?? Math.min(8, Math.max(1, availableParallelism()));
  const attempts: ProviderAttempt[] = [];
  for (const candidate of providerCandidates(settings.providers)) {
    if (candidate.skipReason) {
      attempts.push({ provider: candidate.provider, outcome: 'skipped', reason: candidate.skipReason, milliseconds: 0 });
      continue;
    }
    const started = performance.now();
    const options: InferenceSession.SessionOptions = {
      executionProviders: [candidate.provider],
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
      logSeverityLevel: 4,
      // Idle op threads sleep instead of spinning: the same speed here and ~15% less CPU taken
      // from the UI and the decoders (onnxruntime session option session.intra_op.allow_spinning).
      extra: { session: { intra_op: { allow_spinning: '0' } } },
    };
    try {
      const session =
        typeof model === 'string' ? await InferenceSession.create(model, options) : await InferenceSession.create(model, options);
      attempts.push({ provider: candidate.provider, outcome: 'used', reason: null, milliseconds: performance.now() - started });
      return { session, provider: candidate.provider, attempts };
    } catch (error) {
      attempts.push({
        provider: candidate.provider,
        outcome: 'failed',
        reason: firstLine(error),
        milliseconds: performance.now() - started,
      });
    }
  }
  const detail = attempts.map((a) => `${a.provider}: ${a.reason ?? a.outcome}`).join('; ');
  throw new Error(`no execution provider could open the model (${detail})`);
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n')[0] ?? text;
  return line.length > 400 ? `${line.slice(0, 400)}…` : line;
}
