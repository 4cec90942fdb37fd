import { readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FolderPurpose, IndexProblem, IpcResult, JobInfo, StudySummary } from '../../../electron/common/contract';
import { dispatch } from '../../../electron/workspace/dispatch';
import { nodeWorkspace } from '../../support/nodeWorkspace';
import { sampleRsnaTexts, writeRsnaTexts } from '../../support/rsnaCsvText';
import { writeSmallRsnaStudies } from '../../support/smallStudies';
import { tempDir } from '../../support/tempDir';

/**
 * Issue 13, "paths only from the user": through the real handler table, every method that takes a
 * folder refuses a free path, a forged handle and a handle granted for another purpose, and
 * nothing is read or written: no job, no index problem, no file. A granted root holding links out
 * of it indexes what is inside and records the links, reading nothing behind them.
 */

/** Each folder-taking method, the purpose its folder must have been granted for, and its request around a folder value. */
const FOLDER_METHODS: readonly { method: string; purpose: FolderPurpose; request: (folder: unknown) => unknown }[] = [
  { method: 'index:start', purpose: 'index', request: (folder) => ({ folder }) },
  { method: 'labels:import', purpose: 'import', request: (folder) => ({ folder }) },
  { method: 'labels:export', purpose: 'export', request: (folder) => ({ folder, variant: 'corrected' }) },
  { method: 'models:import', purpose: 'models', request: (folder) => ({ folder }) },
  { method: 'training:export', purpose: 'training-export', request: (folder) => ({ folder, parts: ['yolo'] }) },
  {
    method: 'quality:agreement',
    purpose: 'reader-labels',
    request: (folder) => ({ first: { kind: 'folder', folder }, second: { kind: 'current' } }),
  },
  {
    method: 'quality:disagreements',
    purpose: 'reader-labels',
    request: (folder) => ({ first: { kind: 'current' }, second: { kind: 'folder', folder } }),
  },
];

const FREE_PATHS = ['/etc', '..', '../../etc', 'C:\\Windows', '\\\\server\\share', '\\\\?\\C:\\', 'file:///etc'];
const FORGED_HANDLE = '00000000-0000-4000-8000-000000000000';

describe('folder paths reach main only through its own dialog (issue 13)', () => {
  const dir = tempDir('path-refusal-');
  // A folder that would be read successfully, were it let through: RSNA CSVs with a train.csv.
  const readable = writeRsnaTexts(join(dir, 'readable'), sampleRsnaTexts());
  const readableFiles = readdirSync(readable).sort();
  const { workspace, grantFolder } = nodeWorkspace(join(dir, 'db.sqlite'));
  const call = (channel: string, request: unknown): Promise<IpcResult<unknown>> => dispatch(workspace.handlers, channel, request);
  const report: string[] = [];
  afterAll(() => console.info(`refused folder requests (issue 13):\n${report.map((line) => `  ${line}`).join('\n')}`));

  const expectNothingTouched = async (): Promise<void> => {
    expect(workspace.services.jobs.list()).toEqual([]);
    expect(await call('index:problems', {})).toEqual({ ok: true, value: [] });
    // Beside the workspace database (and its journal), only the folder the test wrote; in it, only what it wrote.
    expect(readdirSync(dir).filter((name) => !name.startsWith('db.sqlite'))).toEqual(['readable']);
    expect(readdirSync(readable).sort()).toEqual(readableFiles);
  };

  it('refuses a free path string in place of a handle, before any handler runs', async () => {
    for (const { method, request } of FOLDER_METHODS) {
      for (const path of FREE_PATHS) {
        const answer = await call(method, request(path));
        expect(answer, `${method} ${path}`).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
        report.push(`${method} ${JSON.stringify(path)}: ${describe_(answer)}`);
      }
    }
    // The old request shapes, with the path in the field it used to have, are refused too.
    for (const [method, request] of [
      ['index:start', { root: '/etc' }],
      ['labels:import', { dir: '/etc' }],
      ['models:import', { dir: '/etc' }],
      ['quality:agreement', { first: { kind: 'folder', dir: '/etc' }, second: { kind: 'current' } }],
    ] as const) {
      const answer = await call(method, request);
      expect(answer, method).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      report.push(`${method} ${JSON.stringify(request)}: ${describe_(answer)}`);
    }
    await expectNothingTouched();
  });

  it('refuses a forged handle and a handle granted for another purpose as forbidden, naming the method', async () => {
    for (const { method, purpose, request } of FOLDER_METHODS) {
      const forged = await call(method, request(FORGED_HANDLE));
      expect(forged, `${method} forged`).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: expect.stringContaining(method) },
      });
      report.push(`${method} forged handle: ${describe_(forged)}`);
      const other: FolderPurpose = purpose === 'export' ? 'import' : 'export';
      const handle = await grantFolder(readable, other);
      const misused = await call(method, request(handle));
      expect(misused, `${method} granted for ${other}`).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: expect.stringContaining(`"${other}"`) },
      });
      report.push(`${method} handle granted for "${other}": ${describe_(misused)}`);
    }
    await expectNothingTouched();
  });

  it('answers a granted handle with the path it was granted for (the one way in)', async () => {
    const handle = await grantFolder(readable, 'reader-labels');
    expect(await call('quality:agreement', { first: { kind: 'folder', folder: handle }, second: { kind: 'current' } })).toMatchObject({
      ok: true,
      value: { first: { kind: 'folder', folder: handle }, second: { kind: 'current' } },
    });
  });

  it('does not follow links out of a granted root: it records them and indexes only what is inside', async () => {
    const root = join(dir, 'granted');
    writeSmallRsnaStudies(root, [{ studyKey: '4003253' }]);
    const outside = join(dir, 'outside');
    writeSmallRsnaStudies(outside, [{ studyKey: '5550001' }]);
    symlinkSync(join(outside, '5550001'), join(root, 'linked-study'), 'dir');
    const outsideFile = join(outside, '5550001', readdirSync(join(outside, '5550001'))[0] as string);
    const someSlice = readdirSync(join(outside, '5550001', readdirSync(join(outside, '5550001'))[0] as string))[0] as string;
    symlinkSync(join(outsideFile, someSlice), join(root, 'linked-slice.dcm'), 'file');
    // A link within the root leads to files the walk indexes anyway: not a problem.
    symlinkSync(join(root, '4003253'), join(root, 'same-study'), 'dir');

    const started = (await call('index:start', { folder: await grantFolder(root, 'index') })) as { ok: true; value: JobInfo };
    const finished = await workspace.services.jobs.settled(started.value.id);
    expect(finished).toMatchObject({ state: 'done', result: { studiesAdded: 1, instancesAdded: 12 } });
    const studies = (await call('studies:list', {})) as { ok: true; value: StudySummary[] };
    expect(studies.value.map((s) => s.key)).toEqual(['4003253']);
    const problems = (await call('index:problems', {})) as { ok: true; value: IndexProblem[] };
    expect(problems.value.map((p) => [p.filePath, p.reason]).sort()).toEqual([
      [join(root, 'linked-slice.dcm'), `symlink leads outside the indexed folder: ${join(outsideFile, someSlice)}`],
      [join(root, 'linked-study'), `symlink leads outside the indexed folder: ${join(outside, '5550001')}`],
    ]);
    report.push(`index:start granted root with links out: ${problems.value.length} links recorded, nothing indexed from outside`);
  });
});

function describe_(answer: IpcResult<unknown>): string {
  return answer.ok ? 'ACCEPTED' : `${answer.error.code} (${answer.error.message})`;
}
