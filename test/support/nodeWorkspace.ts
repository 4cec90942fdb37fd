import { afterAll } from 'vitest';
import type { EventName, EventPayloads, FolderHandle, FolderPurpose } from '../../electron/common/contract';
import { forkEngine } from '../../electron/core/engine/forkEngine';
import { dispatch } from '../../electron/workspace/dispatch';
import { openWorkspace, type Workspace } from '../../electron/workspace/openWorkspace';

export interface RecordedEvent {
  event: EventName;
  payload: EventPayloads[EventName];
}

/**
 * A workspace as the app opens it, with a forked engine and an event log; closed after the file.
 * `chooseFolder` answers the folder dialog; `grantFolder` answers it once with `path` and asks it
 * through dialog:chooseFolder, as the renderer does, for the handle the folder methods take (issue 13).
 */
export function nodeWorkspace(
  databasePath: string,
  chooseFolder: (purpose: string) => string | null = () => null,
): { workspace: Workspace; events: RecordedEvent[]; grantFolder: (path: string, purpose: FolderPurpose) => Promise<FolderHandle> } {
  const events: RecordedEvent[] = [];
  let nextAnswer: string | null = null;
  const workspace = openWorkspace({
    databasePath,
    version: 'test',
    spawnEngine: () => forkEngine(),
    chooseFolder: async (purpose) => nextAnswer ?? chooseFolder(purpose),
    emit: (event, payload) => events.push({ event, payload }),
  });
  const grantFolder = async (path: string, purpose: FolderPurpose): Promise<FolderHandle> => {
    nextAnswer = path;
    try {
      const answer = await dispatch(workspace.handlers, 'dialog:chooseFolder', { purpose });
      if (!answer.ok || !answer.value) throw new Error(`dialog:chooseFolder(${purpose}) granted nothing for ${path}`);
      return (answer.value as { handle: FolderHandle }).handle;
    } finally {
      nextAnswer = null;
    }
  };
  afterAll(() => workspace.close());
  return { workspace, events, grantFolder };
}
