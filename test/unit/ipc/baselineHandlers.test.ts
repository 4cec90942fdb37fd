import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/workspace/dispatch';
import { ModelRunStore } from '../../../electron/core/store/runs/modelRunRepository';
import { nodeWorkspace } from '../../support/nodeWorkspace';
import { tempDir } from '../../support/tempDir';

describe('runs:baseline through the handler table', () => {
  const { workspace } = nodeWorkspace(join(tempDir(), 'workspace.sqlite'));
  const call = (request: unknown) => dispatch(workspace.handlers, 'runs:baseline', request);

  it('validates the request and names a run that does not exist', async () => {
    expect(await call({ runId: 'latest' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call({ runId: 1, extra: true })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call({ runId: 41 })).toMatchObject({ ok: false, error: { code: 'not-found', message: 'no model run 41' } });
  });

  it('answers a run on no labelled study with no baseline', async () => {
    const runId = new ModelRunStore(workspace.services.db).create({ strategy: 'targeted' });
    expect(await call({ runId })).toEqual({ ok: true, value: { runId, studies: 0, labelledCells: 0, baselines: [] } });
  });
});
