import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFirstRunDemo } from '../../../electron/workspace/startFirstRunDemo';
import { listStudies } from '../../../electron/core/studies/listStudies';
import { nodeWorkspace } from '../../support/nodeWorkspace';
import { tempDir } from '../../support/tempDir';

describe('first start', () => {
  const dir = tempDir();
  const { workspace, events } = nodeWorkspace(join(dir, 'workspace.sqlite'));
  const demoDir = join(dir, 'demo-studies');

  it('fills an empty workspace with the 5-study demo set in the engine, clearing a half-written earlier attempt', async () => {
    mkdirSync(join(demoDir, 'train_images', '123'), { recursive: true });
    writeFileSync(join(demoDir, 'train_images', '123', 'left-over.dcm'), 'partial');
    const job = startFirstRunDemo(workspace.services, demoDir);
    expect(job).not.toBeNull();
    const finished = await workspace.services.jobs.settled(job?.id as string);
    expect(finished).toMatchObject({ state: 'done', result: { studies: 5 } });
    const studies = listStudies(workspace.services.db);
    expect(studies).toHaveLength(5);
    expect(studies.every((s) => s.instances > 0 && s.labelledCells > 0)).toBe(true);
    expect(existsSync(join(demoDir, 'train_images', '123', 'left-over.dcm'))).toBe(false);
    expect(events.some((e) => e.event === 'workspace:changed')).toBe(true);
  });

  it('does nothing on a workspace that has studies', () => {
    expect(startFirstRunDemo(workspace.services, demoDir)).toBeNull();
  });
});
