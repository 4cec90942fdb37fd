import type { WorkspaceDb } from '../core/store/WorkspaceDb';
import type { EventName, EventPayloads, FolderPurpose } from '../common/contract';
import type { EngineHost } from '../core/engine/EngineHost';
import type { JobManager } from '../core/jobs/JobManager';
import type { LabelCheckIndex } from '../core/checks/LabelCheckIndex';
import type { FrameService } from '../core/dicom/pixels';
import type { SettingsStore } from '../core/settings/SettingsStore';
import type { FolderGrants } from './FolderGrants';

/** What the handler table is built from. Main makes one with Electron's pieces; tests and the e2e harness with Node's. */
export interface CoreServices {
  readonly db: WorkspaceDb;
  readonly databasePath: string;
  readonly version: string;
  readonly platform: string;
  readonly engine: EngineHost;
  readonly jobs: JobManager;
  readonly settings: SettingsStore;
  /** Decoded frames for the viewer (worker threads, byte-bounded LRU cache). */
  readonly frames: FrameService;
  /** Label sanity checks, cached per study for the worklist. */
  readonly checks: LabelCheckIndex;
  /** A native folder picker in the app (the chosen path, null on cancel); the e2e harness answers from the test. */
  readonly chooseFolder: (purpose: FolderPurpose) => Promise<string | null>;
  /** The folders chosen through chooseFolder this session: handlers take the renderer's handles to paths only here (issue 13). */
  readonly folders: FolderGrants;
  readonly emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => void;
}
