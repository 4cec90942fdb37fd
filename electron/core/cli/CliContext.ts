import { SingleBar } from 'cli-progress';
import { defaultDatabasePath } from '../store/defaultDatabasePath';
import { openDatabase } from '../store/openDatabase';
import type { WorkspaceDb } from '../store/WorkspaceDb';

export interface GlobalOptions {
  db?: string;
}

/**
 * What every command shares: the database (from --db, else SPINE_REVIEW_DB, else the app's
 * default location), a progress bar on a terminal, and the closing JSON summary line.
 */
export class CliContext {
  private database: WorkspaceDb | null = null;

  constructor(
    private readonly globals: () => GlobalOptions,
    readonly stdout: NodeJS.WriteStream = process.stdout,
    readonly stderr: NodeJS.WriteStream = process.stderr,
  ) {}

  get databasePath(): string {
    return this.globals().db ?? defaultDatabasePath();
  }

  db(): WorkspaceDb {
    this.database ??= openDatabase(this.databasePath);
    return this.database;
  }

  close(): void {
    this.database?.close();
    this.database = null;
  }

  /** A progress bar on stderr when it is a terminal; silent otherwise (pipes, CI, tests). */
  progress(label: string): { update(done: number, total: number): void; stop(): void } {
    if (!this.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
    const bar = new SingleBar({
      format: `${label} [{bar}] {percentage}% {value}/{total} {eta_formatted}`,
      stream: this.stderr,
      hideCursor: true,
    });
    let started = false;
    return {
      update: (done, total) => {
        if (!started) {
          bar.start(total, done);
          started = true;
        } else {
          bar.setTotal(total);
          bar.update(done);
        }
      },
      stop: () => {
        if (started) bar.stop();
      },
    };
  }

  /** The last line of every command's output: one JSON object. */
  summary(value: unknown): void {
    this.stdout.write(`${JSON.stringify(value)}\n`);
  }

  info(message: string): void {
    this.stderr.write(`${message}\n`);
  }
}
