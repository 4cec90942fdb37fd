import { afterAll } from 'vitest';
import type { EventName, EventPayloads } from '../../electron/common/contract';
import { forkEngine } from '../../electron/core/engine/forkEngine';
import { openWorkspace, type Workspace } from '../../electron/workspace/openWorkspace';

export interface RecordedEvent {
  event: EventName;
  payload: EventPayloads[EventName];
}

/** A workspace as the app opens it, with a forked engine and an event log; closed after the file. */
export function nodeWorkspace(
  databasePath: string,
  chooseFolder: (purpose: string) => string | null = () => null,
): { workspace: Workspace; events: RecordedEvent[] } {
  const events: RecordedEvent[] = [];
  const workspace = openWorkspace({
    databasePath,
    version: 'test',
    spawnEngine: () => forkEngine(),
    chooseFolder: async (purpose) => chooseFolder(purpose),
    emit: (event, payload) => events.push({ event, payload }),
  });
  afterAll(() => workspace.close());
  return { workspace, events };
}
