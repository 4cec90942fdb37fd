import type { EventName, EventPayloads, Handlers } from '../common/contract';
import { EngineHost, type EngineTransport } from '../core/engine/EngineHost';
import { LabelCheckIndex } from '../core/checks/LabelCheckIndex';
import { FrameService } from '../core/dicom/pixels';
import { JobManager } from '../core/jobs/JobManager';
import { SettingsStore } from '../core/settings/SettingsStore';
import { openDatabase } from '../core/store/openDatabase';
import { CHECK_RESULTS, checkedEmit } from './contractChecks';
import type { CoreServices } from './CoreServices';
import { createHandlers } from './createHandlers';
import { FolderGrants } from './FolderGrants';

export interface WorkspaceOptions {
  readonly databasePath: string;
  readonly version: string;
  readonly platform?: string;
  readonly spawnEngine: () => EngineTransport;
  readonly chooseFolder: CoreServices['chooseFolder'];
  readonly emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => void;
  /** The decode worker's entry file; the Electron build passes its bundled one (see DecodeWorkerPool). */
  readonly decodeWorkerEntry?: string | URL;
}

export interface Workspace {
  readonly services: CoreServices;
  readonly handlers: Handlers;
  close(): void;
}

/** Opens a workspace database and everything that serves it; the same for the app, the harness and tests. */
export function openWorkspace(options: WorkspaceOptions): Workspace {
  const db = openDatabase(options.databasePath);
  const engine = new EngineHost(options.spawnEngine);
  const emit = CHECK_RESULTS ? checkedEmit(options.emit) : options.emit;
  const jobs = new JobManager({
    progress: (job) => emit('jobs:progress', job),
    finished: (job) => emit('jobs:finished', job),
  });
  const settings = new SettingsStore(db);
  const frames = new FrameService({
    cacheBytes: settings.get().cacheMegabytes * 2 ** 20,
    ...(options.decodeWorkerEntry ? { workerEntry: options.decodeWorkerEntry } : {}),
  });
  const services: CoreServices = {
    db,
    databasePath: options.databasePath,
    version: options.version,
    platform: options.platform ?? `${process.platform}-${process.arch}`,
    engine,
    jobs,
    settings,
    frames,
    checks: new LabelCheckIndex(db),
    chooseFolder: options.chooseFolder,
    folders: new FolderGrants(),
    emit,
  };
  return {
    services,
    handlers: createHandlers(services),
    close: () => {
      engine.dispose();
      void frames.close();
      db.close();
    },
  };
}
