import type { Database } from 'better-sqlite3';
import type { RunSummary } from '../../common/contract/quality';
import { asRunId } from '../../common/ids';
import { NotFoundError } from '../errors';

export type { RunSummary };

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

const SELECT = `SELECT r.id, r.created_at, r.finished_at, r.status, r.provider, r.error, r.models, r.options,
  (SELECT count(DISTINCT study_id) FROM predictions p WHERE p.run_id = r.id) AS studies FROM model_runs r`;

/** Every model run, newest first, with its models. */
export function listRuns(db: Database): RunSummary[] {
  return (db.prepare(`${SELECT} ORDER BY r.id DESC`).all() as RunRow[]).map(toSummary);
}

export function runSummary(db: Database, runId: number): RunSummary {
  const row = db.prepare(`${SELECT} WHERE r.id = ?`).get(runId) as RunRow | undefined;
  if (!row) throw new NotFoundError(`no model run ${runId}`);
  return toSummary(row);
}

function toSummary(r: RunRow): RunSummary {
  const models = parse<{ id: string; kind: string; condition: string; version: string; sha256: string }[]>(r.models, []);
  return {
    id: asRunId(r.id),
    createdAt: r.created_at,
    finishedAt: r.finished_at,
    status: r.status,
    provider: r.provider,
    error: r.error,
    models: models.map(({ id, kind, condition, version, sha256 }) => ({ id, kind, condition, version, sha256 })),
    studies: r.studies,
    options: parse<Record<string, unknown>>(r.options, {}),
  };
}

function parse<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
