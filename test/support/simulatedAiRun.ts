import type { Database } from 'better-sqlite3';
import { LOCATIONS, type ConditionId, type LevelId } from '../../electron/common/vocabulary';

export interface SimulatedPrediction {
  readonly probabilities: readonly [number, number, number];
  readonly point?: { readonly seriesId: number; readonly instanceNumber: number; readonly x: number; readonly y: number };
}

/**
 * Writes one AI run the way the inference job stores it (tables model_runs, predictions,
 * detections): real rows in the real store, for tests of what the UI shows of a run.
 * Locations not given get a confident Normal/Mild without a point.
 */
export function writeSimulatedAiRun(
  db: Database,
  studyId: number,
  predictions: ReadonlyMap<string, SimulatedPrediction>,
  detections: readonly {
    instanceId: number;
    condition: ConditionId;
    level: LevelId;
    confidence: number;
    box: [number, number, number, number];
  }[] = [],
): number {
  return db.transaction(() => {
    const runId = Number(
      db
        .prepare(
          "INSERT INTO model_runs (created_at, finished_at, status, models, provider, options) VALUES (?, ?, 'done', '[]', 'cpu', '{}')",
        )
        .run('2026-03-01T09:00:00.000Z', '2026-03-01T09:00:05.000Z').lastInsertRowid,
    );
    const insert = db.prepare(
      `INSERT INTO predictions (run_id, study_id, condition, level, p_normal_mild, p_moderate, p_severe, series_id, instance_number, x, y, confidence, source)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const location of LOCATIONS) {
      const p = predictions.get(`${location.condition}:${location.level}`) ?? { probabilities: [0.9, 0.07, 0.03] as const };
      const point = p.point;
      insert.run(
        runId,
        studyId,
        location.condition,
        location.level,
        ...p.probabilities,
        point?.seriesId ?? null,
        point?.instanceNumber ?? null,
        point?.x ?? null,
        point?.y ?? null,
        point ? 0.9 : null,
        point ? 'detected' : 'prior',
      );
    }
    const box = db.prepare(
      'INSERT INTO detections (run_id, study_id, instance_id, class_name, condition, level, confidence, x1, y1, x2, y2) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const d of detections)
      box.run(runId, studyId, d.instanceId, `${d.condition}_${d.level}`, d.condition, d.level, d.confidence, ...d.box);
    return runId;
  })();
}
