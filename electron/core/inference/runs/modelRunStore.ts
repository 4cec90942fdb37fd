import type { Database } from 'better-sqlite3';
import type { ModelRunInfo } from '../models/openModelSet';
import type { StudyPrediction } from '../pipeline/StudyInput';

export type RunStatus = 'running' | 'done' | 'failed' | 'cancelled';

/**
 * The store side of a model run (model_runs, predictions, detections, run_errors). Only the
 * parent writes (the store has one writer); each study's answers go in one short transaction.
 */
export class ModelRunStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  create(options: unknown, models: readonly unknown[] = []): number {
    const result = this.db
      .prepare("INSERT INTO model_runs (created_at, status, models, options) VALUES (?, 'running', ?, ?)")
      .run(this.now(), JSON.stringify(models), JSON.stringify(options));
    return Number(result.lastInsertRowid);
  }

  /** Once the engine has opened the models: which, and on which provider. */
  setModels(runId: number, provider: string, models: readonly ModelRunInfo[]): void {
    this.db.prepare('UPDATE model_runs SET provider = ?, models = ? WHERE id = ?').run(provider, JSON.stringify(models), runId);
  }

  /** A study's 25 answers and its detections, replacing any earlier ones of this run. */
  writeStudy(runId: number, prediction: StudyPrediction): void {
    const write = this.db.transaction(() => {
      this.db.prepare('DELETE FROM predictions WHERE run_id = ? AND study_id = ?').run(runId, prediction.studyId);
      this.db.prepare('DELETE FROM detections WHERE run_id = ? AND study_id = ?').run(runId, prediction.studyId);
      this.db.prepare('DELETE FROM run_errors WHERE run_id = ? AND study_id = ?').run(runId, prediction.studyId);
      const insert = this.db.prepare(
        `INSERT INTO predictions (run_id, study_id, condition, level, p_normal_mild, p_moderate, p_severe, series_id, instance_number, x, y, confidence, source)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const p of prediction.predictions) {
        insert.run(runId, prediction.studyId, p.condition, p.level, ...p.probabilities, p.point?.seriesId ?? null, p.point?.instanceNumber ?? null, p.point?.x ?? null, p.point?.y ?? null, p.confidence, p.source);
      }
      const detection = this.db.prepare(
        `INSERT INTO detections (run_id, study_id, instance_id, class_name, condition, level, confidence, x1, y1, x2, y2)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const d of prediction.detections) {
        detection.run(runId, prediction.studyId, d.instanceId, d.className, d.condition, d.level, d.confidence, d.x1, d.y1, d.x2, d.y2);
      }
    });
    write();
  }

  writeError(runId: number, studyId: number, message: string): void {
    this.db.prepare('INSERT OR REPLACE INTO run_errors (run_id, study_id, message) VALUES (?, ?, ?)').run(runId, studyId, message);
  }

  finish(runId: number, status: Exclude<RunStatus, 'running'>, error: string | null = null): void {
    this.db.prepare('UPDATE model_runs SET status = ?, finished_at = ?, error = ? WHERE id = ?').run(status, this.now(), error, runId);
  }
}
