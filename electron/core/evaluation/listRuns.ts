import type { RunSummary } from '../../common/contract/quality';
import { NotFoundError } from '../errors';
import { findModelRunRecord, listModelRunRecords, type ModelRunRecord } from '../store/runs/modelRunRepository';
import type { WorkspaceDb } from '../store/WorkspaceDb';

export type { RunSummary };

/** Every model run, newest first, with its models. */
export function listRuns(db: WorkspaceDb): RunSummary[] {
  return listModelRunRecords(db).map(toSummary);
}

export function runSummary(db: WorkspaceDb, runId: number): RunSummary {
  const record = findModelRunRecord(db, runId);
  if (!record) throw new NotFoundError(`no model run ${runId}`);
  return toSummary(record);
}

function toSummary(r: ModelRunRecord): RunSummary {
  const models = parse<{ id: string; kind: string; condition: string; version: string; sha256: string }[]>(r.modelsJson, []);
  return {
    id: r.id,
    createdAt: r.createdAt,
    finishedAt: r.finishedAt,
    status: r.status,
    provider: r.provider,
    error: r.error,
    models: models.map(({ id, kind, condition, version, sha256 }) => ({ id, kind, condition, version, sha256 })),
    studies: r.studies,
    options: parse<Record<string, unknown>>(r.optionsJson, {}),
  };
}

function parse<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
