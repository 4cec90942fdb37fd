import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobInfo, StudySummary } from '../../../electron/common/contract';
import { dispatch } from '../../../electron/workspace/dispatch';
import { nodeWorkspace } from '../../support/nodeWorkspace';
import { sampleRsnaTexts, writeRsnaTexts } from '../../support/rsnaCsvText';
import { writeSmallRsnaStudies } from '../../support/smallStudies';
import { tempDir } from '../../support/tempDir';

describe('the IPC handler table', () => {
  const dir = tempDir();
  const root = join(dir, 'images');
  writeSmallRsnaStudies(root, [{ studyKey: '4003253' }]);
  const labels = writeRsnaTexts(join(dir, 'labels'), sampleRsnaTexts());
  const { workspace, events, grantFolder } = nodeWorkspace(join(dir, 'db.sqlite'), () => root);
  const call = (channel: string, request?: unknown) => dispatch(workspace.handlers, channel, request);

  it('refuses unknown channels and invalid requests before any handler runs', async () => {
    expect(await call('fs:read', { path: '/etc/passwd' })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'unknown method "fs:read"' },
    });
    const bad = await call('studies:get', { studyId: 'DROP TABLE' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!bad.ok && bad.error.message).toMatch(/studies:get: studyId: .*number/);
    expect(await call('studies:list', { search: 'x', extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('answers a missing study with not-found', async () => {
    expect(await call('studies:get', { studyId: 999 })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'study 999 not found' },
    });
  });

  it('indexes through the engine as a job with progress events, then lists the study', async () => {
    const chosen = await call('dialog:chooseFolder', { purpose: 'index' });
    // Main grants the folder its own dialog returned: a handle to send back, the path to show (issue 13).
    expect(chosen).toEqual({ ok: true, value: { handle: expect.stringMatching(/^[0-9a-f-]{36}$/), path: realpathSync(root) } });
    const started = await call('index:start', { folder: (chosen as { value: { handle: string } }).value.handle });
    expect(started.ok).toBe(true);
    const job = (started as { value: JobInfo }).value;
    const finished = await workspace.services.jobs.settled(job.id);
    expect(finished).toMatchObject({ state: 'done', error: null, result: { instancesAdded: 12, studiesAdded: 1 } });
    expect(events.some((e) => e.event === 'jobs:progress')).toBe(true);
    expect(events.some((e) => e.event === 'jobs:finished' && (e.payload as JobInfo).id === job.id)).toBe(true);
    expect(events.some((e) => e.event === 'workspace:changed')).toBe(true);
    const list = (await call('studies:list', {})) as { ok: true; value: StudySummary[] };
    expect(list.value.map((s) => [s.key, s.instances, s.status])).toEqual([['4003253', 12, 'new']]);
  });

  it('cancels an index job from the UI side: the job ends cancelled', async () => {
    const other = join(dir, 'more-images');
    writeSmallRsnaStudies(other, [{ studyKey: '9100001' }, { studyKey: '9100002' }]);
    const started = (await call('index:start', { folder: await grantFolder(other, 'index') })) as { ok: true; value: JobInfo };
    expect(await call('jobs:cancel', { jobId: started.value.id })).toEqual({ ok: true, value: true });
    const finished = await workspace.services.jobs.settled(started.value.id);
    expect(finished.state).toBe('cancelled');
    expect(await call('jobs:cancel', { jobId: started.value.id })).toEqual({ ok: true, value: false });
  });

  it('imports labels in the engine, all or nothing, and shows them in the study', async () => {
    const started = (await call('labels:import', { folder: await grantFolder(labels, 'import') })) as { ok: true; value: JobInfo };
    const finished = await workspace.services.jobs.settled(started.value.id);
    expect(finished).toMatchObject({ state: 'done', result: { pointsAdded: 5 } });
    const list = (await call('studies:list', { sort: { by: 'key', direction: 'asc' } })) as { ok: true; value: StudySummary[] };
    expect(list.value.filter((s) => !s.key.startsWith('91')).map((s) => [s.key, s.labelledCells, s.points, s.worstGrade])).toEqual([
      ['4003253', 24, 4, 'severe'],
      ['4646740', 25, 1, 'severe'],
    ]);
    const study = (await call('studies:get', { studyId: list.value[0]?.id })) as {
      ok: true;
      value: { series: unknown[]; grades: unknown[]; points: unknown[] };
    };
    expect(study.value.grades).toHaveLength(25);
    expect(study.value.points).toHaveLength(4);
  });

  it('reports a failed import job with the file, line and field', async () => {
    const bad = writeRsnaTexts(join(dir, 'bad'), {
      coordinates: 'study_id,series_id,instance_number,condition,level,x,y\n1,2,3,Spinal Canal Stenosis,L1/L2,1,oops\n',
    });
    const started = (await call('labels:import', { folder: await grantFolder(bad, 'import') })) as { ok: true; value: JobInfo };
    const finished = await workspace.services.jobs.settled(started.value.id);
    expect(finished.state).toBe('failed');
    expect(finished.error).toMatch(/train_label_coordinates\.csv:2, field y: "oops" is not a number/);
  });

  it('keeps settings, validated', async () => {
    expect(await call('settings:set', { reader: '  ' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const set = (await call('settings:set', { reader: 'Dr. Grey' })) as { ok: true; value: { reader: string } };
    expect(set.value.reader).toBe('Dr. Grey');
    expect(await call('app:info')).toMatchObject({
      ok: true,
      value: { reader: 'Dr. Grey', version: 'test', jpeg2000Decoder: expect.stringMatching(/^OpenJPEG /) },
    });
  });
});
