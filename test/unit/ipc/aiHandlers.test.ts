import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AiDiagnostics, JobInfo } from '../../../electron/common/contract';
import { dispatch } from '../../../electron/workspace/dispatch';
import { nodeWorkspace } from '../../support/nodeWorkspace';
import { tempDir } from '../../support/tempDir';
import { testModelsDir } from '../../support/testModels';

describe('AI through the handler table', () => {
  const dir = tempDir();
  const modelsDir = testModelsDir().dir as string;
  // The engine process inherits the environment: this points every default-model lookup at the test models.
  process.env['SPINE_REVIEW_MODELS'] = modelsDir;
  const { workspace } = nodeWorkspace(join(dir, 'workspace.sqlite'));
  const call = (channel: string, request?: unknown) => dispatch(workspace.handlers, channel, request);

  it('reports the execution providers and opens every default model in the engine', async () => {
    const answer = (await call('ai:diagnostics', {})) as { ok: true; value: AiDiagnostics };
    expect(answer.ok).toBe(true);
    expect(answer.value.modelsDir).toBe(modelsDir);
    expect(answer.value.providers.at(-1)).toEqual({ provider: 'cpu', skipReason: null });
    expect(answer.value.models.length).toBeGreaterThanOrEqual(6);
    expect(answer.value.models.every((m) => m.status === 'ok' && m.provider === 'cpu')).toBe(true);
  });

  it('validates the run request and runs as a job (an empty workspace runs on no study)', async () => {
    expect(await call('ai:run', { strategy: 'everywhere' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const started = (await call('ai:run', {})) as { ok: true; value: JobInfo };
    const finished = await workspace.services.jobs.settled(started.value.id);
    expect(finished).toMatchObject({ kind: 'infer', state: 'done', result: { studies: 0, status: 'done' } });
  });
});
