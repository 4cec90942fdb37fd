import type { JobInfo, JobKind } from '../../common/contract/jobs';

export interface JobContext {
  readonly signal: AbortSignal;
  progress(done: number, total: number, message?: string): void;
}

export interface JobEvents {
  progress(job: JobInfo): void;
  finished(job: JobInfo): void;
}

type MutableJob = { -readonly [K in keyof JobInfo]: JobInfo[K] };

/** Progress events are coalesced to at most one per job every 100 ms, enough for a smooth bar. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * Tracks the app's long jobs: ids, progress, cancel, outcome. Where a job computes (engine
 * process, this process) is the job function's business; this only keeps the books and tells
 * the UI.
 */
export class JobManager {
  private readonly jobs = new Map<string, { info: MutableJob; controller: AbortController; lastEmit: number; settled: Promise<JobInfo> }>();
  private nextId = 1;

  constructor(
    private readonly events: JobEvents,
    private readonly now: () => Date = () => new Date(),
  ) {}

  start(kind: JobKind, label: string, run: (context: JobContext) => Promise<unknown>): JobInfo {
    const id = `${kind}-${this.nextId++}`;
    const controller = new AbortController();
    const info: MutableJob = {
      id,
      kind,
      label,
      state: 'running',
      done: 0,
      total: 0,
      message: null,
      result: null,
      error: null,
      startedAt: this.now().toISOString(),
      finishedAt: null,
    };
    let markSettled: (job: JobInfo) => void = () => undefined;
    const settled = new Promise<JobInfo>((resolve) => (markSettled = resolve));
    const entry = { info, controller, lastEmit: 0, settled };
    this.jobs.set(id, entry);
    const context: JobContext = {
      signal: controller.signal,
      progress: (done, total, message) => {
        info.done = done;
        info.total = total;
        info.message = message ?? null;
        const t = this.now().getTime();
        if (t - entry.lastEmit >= PROGRESS_INTERVAL_MS || done === total) {
          entry.lastEmit = t;
          this.events.progress({ ...info });
        }
      },
    };
    this.events.progress({ ...info });
    void run(context)
      .then(
        (result) => this.finish(info, controller.signal.aborted ? 'cancelled' : 'done', result, null),
        (error: unknown) =>
          this.finish(
            info,
            controller.signal.aborted ? 'cancelled' : 'failed',
            null,
            error instanceof Error ? error.message : String(error),
          ),
      )
      .then(() => markSettled({ ...info }));
    return { ...info };
  }

  cancel(id: string): boolean {
    const entry = this.jobs.get(id);
    if (!entry || entry.info.state !== 'running') return false;
    entry.controller.abort();
    return true;
  }

  get(id: string): JobInfo | undefined {
    const entry = this.jobs.get(id);
    return entry ? { ...entry.info } : undefined;
  }

  list(): JobInfo[] {
    return [...this.jobs.values()].map((entry) => ({ ...entry.info }));
  }

  /** Resolves when the job ends (for the CLI and tests). */
  settled(id: string): Promise<JobInfo> {
    const entry = this.jobs.get(id);
    if (!entry) return Promise.reject(new Error(`no job ${id}`));
    return entry.settled;
  }

  private finish(info: MutableJob, state: JobInfo['state'], result: unknown, error: string | null): void {
    info.state = state;
    info.result = result;
    info.error = error;
    info.finishedAt = this.now().toISOString();
    this.events.finished({ ...info });
  }
}
