import type { ModelRunInfo } from '../../inference/models/openModelSet';
import { asRunId, type RunId } from '../../../common/ids';
import type { StudyPrediction } from '../../inference/pipeline/StudyInput';
import { writeTransaction } from '../transaction';
import type { WorkspaceDb } from '../WorkspaceDb';

export type RunStatus = 'running' | 'done' | 'failed' | 'cancelled';

/**
 * The store side of a model run (model_runs, predictions, detections, run_errors). Only the
 * parent writes (the store has one writer); each study's answers go in one short transaction.
 */
export class ModelRunStore {
  constructor(
    private readonly db: WorkspaceDb,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  create(options: unknown, models: readonly unknown[] = []): number {
    const result = writeTransaction(this.db, () =>
      this.db
        .prepare("INSERT INTO model_runs (created_at, status, models, options) VALUES (?, 'running', ?, ?)")
        .run(this.now(), JSON.stringify(models), JSON.stringify(options)),
    );
    return Number(result.lastInsertRowid);
  }

  /** Once the engine has opened the models: which, and on which provider. */
  setModels(runId: number, provider: string, models: readonly ModelRunInfo[]): void {
    writeTransaction(this.db, () =>
      this.db.prepare('UPDATE model_runs SET provider = ?, models = ? WHERE id = ?').run(provider, JSON.stringify(models), runId),
    );
  }

  /** A study's 25 answers and its detections, replacing any earlier ones of this run. */
  writeStudy(runId: number, prediction: StudyPrediction): void {
    writeTransaction(this.db, () => {
      this.db.prepare('DELETE FROM predictions WHERE run_id = ? AND study_id = ?').run(runId, prediction.studyId);
      this.db.prepare('DELETE FROM detections WHERE run_id = ? AND study_id = ?').run(runId, prediction.studyId);
      this.db.prepare('DELETE FROM run_errors WHERE run_id = ? AND study_id = ?').run(runId, prediction.studyId);
      const insert = this.db.prepare(
        `INSERT INTO predictions (run_id, study_id, condition, level, p_normal_mild, p_moderate, p_severe, series_id, instance_number, x, y, confidence, source)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const p of prediction.predictions) {
        insert.run(
          runId,
          prediction.studyId,
          p.condition,
          p.level,
          ...p.probabilities,
          p.point?.seriesId ?? null,
          p.point?.instanceNumber ?? null,
          p.point?.x ?? null,
          p.point?.y ?? null,
          p.confidence,
          p.source,
        );
      }
      const detection = this.db.prepare(
        `INSERT INTO detections (run_id, study_id, instance_id, class_name, condition, level, confidence, x1, y1, x2, y2)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const d of prediction.detections) {
        detection.run(runId, prediction.studyId, d.instanceId, d.className, d.condition, d.level, d.confidence, d.x1, d.y1, d.x2, d.y2);
      }
    });
  }

  writeError(runId: number, studyId: number, message: string): void {
    writeTransaction(this.db, () =>
      this.db.prepare('INSERT OR REPLACE INTO run_errors (run_id, study_id, message) VALUES (?, ?, ?)').run(runId, studyId, message),
    );
  }

  finish(runId: number, status: Exclude<RunStatus, 'running'>, error: string | null = null): void {
    writeTransaction(this.db, () =>
      this.db.prepare('UPDATE model_runs SET status = ?, finished_at = ?, error = ? WHERE id = ?').run(status, this.now(), error, runId),
    );
  }
}

export function modelRunExists(db: WorkspaceDb, runId: number): boolean {
  return db.prepare('SELECT 1 FROM model_runs WHERE id = ?').get(runId) !== undefined;
}

/** A model run as stored, with the number of studies it answered; `models` and `options` are its JSON text. */
export interface ModelRunRecord {
  readonly id: RunId;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  readonly status: string;
  readonly provider: string | null;
  readonly error: string | null;
  readonly modelsJson: string;
  readonly optionsJson: string;
  readonly studies: number;
}

interface RunRow {
  id: number;
  created_at: string;
  finished_at: string | null;
  status: string;
  provider: string | null;
  error: string | null;
  models: string;
  options: string;
  studies: number;
}

const SELECT_RUN = `SELECT r.id, r.created_at, r.finished_at, r.status, r.provider, r.error, r.models, r.options,
  (SELECT count(DISTINCT study_id) FROM predictions p WHERE p.run_id = r.id) AS studies FROM model_runs r`;

/** Every model run, newest first. */
export function listModelRunRecords(db: WorkspaceDb): ModelRunRecord[] {
  return (db.prepare(`${SELECT_RUN} ORDER BY r.id DESC`).all() as RunRow[]).map(toRecord);
}

export function findModelRunRecord(db: WorkspaceDb, runId: number): ModelRunRecord | undefined {
  const row = db.prepare(`${SELECT_RUN} WHERE r.id = ?`).get(runId) as RunRow | undefined;
  return row && toRecord(row);
}

function toRecord(r: RunRow): ModelRunRecord {
  return {
    id: asRunId(r.id),
    createdAt: r.created_at,
    finishedAt: r.finished_at,
    status: r.status,
    provider: r.provider,
    error: r.error,
    modelsJson: r.models,
    optionsJson: r.options,
    studies: r.studies,
  };
}

/** The latest run that answered this study (the viewer shows its answers); undefined when none did. */
export function findLatestRunOfStudy(
  db: WorkspaceDb,
  studyId: number,
): { id: RunId; createdAt: string; provider: string | null } | undefined {
  const row = db
    .prepare(
      `SELECT r.id, r.created_at, r.provider FROM model_runs r
       WHERE r.id = (SELECT max(p.run_id) FROM predictions p WHERE p.study_id = ?)`,
    )
    .get(studyId) as { id: number; created_at: string; provider: string | null } | undefined;
  return row && { id: asRunId(row.id), createdAt: row.created_at, provider: row.provider };
}
