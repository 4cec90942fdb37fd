import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMAINS, EVENT_NAMES, METHOD_NAMES, METHODS, spineApiOf, spineFunction, type Handlers } from '../../../electron/common/contract';
import { CHECK_RESULTS, checkedEmit } from '../../../electron/workspace/contractChecks';
import { dispatch } from '../../../electron/workspace/dispatch';
import { nodeWorkspace } from '../../support/nodeWorkspace';
import { tempDir } from '../../support/tempDir';

describe('the IPC contract', () => {
  const { workspace } = nodeWorkspace(join(tempDir(), 'db.sqlite'));

  it('names every method and event <domain>:<verb>, the domain exactly as declared', () => {
    const names = DOMAINS.map((domain) => domain.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('on');
    for (const channel of [...METHOD_NAMES, ...EVENT_NAMES]) {
      expect(channel).toMatch(/^[a-z]+:[a-z][a-zA-Z]*$/);
      expect(names).toContain(channel.split(':')[0]);
    }
    expect(new Set(METHOD_NAMES).size).toBe(METHOD_NAMES.length);
    expect(EVENT_NAMES).toEqual(['jobs:progress', 'jobs:finished', 'workspace:changed']);
  });

  it('lays window.spine out as spine.<domain>.<verb>, each calling its own channel', async () => {
    const calls: [string, unknown][] = [];
    const api = spineApiOf(METHOD_NAMES, async (channel, request) => calls.push([channel, request]));
    expect(Object.keys(api).sort()).toEqual(
      DOMAINS.filter((d) => Object.keys(d.methods).length > 0)
        .map((d) => d.name)
        .sort(),
    );
    await api['studies']?.['list']?.({ search: 'x' });
    expect(calls).toEqual([['studies:list', { search: 'x' }]]);
    for (const channel of METHOD_NAMES) expect(spineFunction(api, channel)).toBeTypeOf('function');
    expect(spineFunction(api, 'fs:read')).toBeUndefined();
  });

  it('takes plain numbers for ids in requests and refuses what is not a row id', () => {
    expect(METHODS['labels:setGrade'].request.safeParse({ studyId: 3, condition: 'spinal', level: 'l4_l5', grade: 'severe' }).success).toBe(
      true,
    );
    expect(METHODS['studies:get'].request.safeParse({ studyId: 0 }).success).toBe(false);
    expect(METHODS['runs:quality'].request.safeParse({ runId: 1.5 }).success).toBe(false);
  });

  it('has a handler for every declared method and for nothing else', () => {
    expect(Object.keys(workspace.handlers).sort()).toEqual([...METHOD_NAMES].sort());
  });
});

describe('results and events checked against their declarations under the tests', () => {
  const info = { version: '1', databasePath: '/db', reader: 'dr', platform: 'linux-x64', jpeg2000Decoder: 'wasm' };
  const table = (answer: unknown): Handlers => ({ 'app:info': () => answer }) as unknown as Handlers;

  it('is on here (NODE_ENV=test)', () => {
    expect(CHECK_RESULTS).toBe(true);
  });

  it('sends the handler’s own value when it matches, and fails an answer its schema does not describe', async () => {
    const answer = await dispatch(table(info), 'app:info', {});
    expect(answer.ok && answer.value).toBe(info);
    expect(await dispatch(table({ ...info, version: 1 }), 'app:info', {})).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'app:info: the result does not match its declaration: version: Invalid input: expected string, received number',
      },
    });
    expect(await dispatch(table({ ...info, extra: true }), 'app:info', {})).toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('refuses an event whose payload its schema does not describe', () => {
    const sent: unknown[] = [];
    const emit = checkedEmit((_event, payload) => sent.push(payload));
    emit('workspace:changed', { reason: 'index' });
    expect(() => emit('workspace:changed', { reason: 3 } as never)).toThrow(/workspace:changed: the payload does not match/);
    expect(sent).toEqual([{ reason: 'index' }]);
  });
});
