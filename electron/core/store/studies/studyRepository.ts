import type { WorkspaceDb } from '../WorkspaceDb';
import { asStudyId, type StudyId } from '../../../common/ids';

/** A study's identity as indexed (the DICOM attributes are null when the files lacked them). */
export interface StudyRecord {
  readonly id: StudyId;
  readonly studyKey: string;
  readonly studyInstanceUid: string | null;
  readonly patientId: string | null;
  readonly studyDate: string | null;
}

export function findStudy(db: WorkspaceDb, studyId: number): StudyRecord | undefined {
  const row = db.prepare('SELECT id, study_key, study_instance_uid, patient_id, study_date FROM studies WHERE id = ?').get(studyId) as
    { id: number; study_key: string; study_instance_uid: string | null; patient_id: string | null; study_date: string | null } | undefined;
  return (
    row && {
      id: asStudyId(row.id),
      studyKey: row.study_key,
      studyInstanceUid: row.study_instance_uid,
      patientId: row.patient_id,
      studyDate: row.study_date,
    }
  );
}

/** Whether the study exists (label and review writes check it before they write). */
export function studyExists(db: WorkspaceDb, studyId: number): boolean {
  return db.prepare('SELECT 1 FROM studies WHERE id = ?').get(studyId) !== undefined;
}

export function countStudies(db: WorkspaceDb): number {
  return db.prepare('SELECT count(*) FROM studies').pluck().get() as number;
}

/** The id of the study with this key (RSNA study_id or StudyInstanceUID); undefined when none. */
export function findStudyIdByKey(db: WorkspaceDb, studyKey: string): number | undefined {
  return db.prepare('SELECT id FROM studies WHERE study_key = ?').pluck().get(studyKey) as number | undefined;
}

/** The ids of these study keys, in their order (one statement for all); undefined where a key is unknown. */
export function findStudyIdsByKeys(db: WorkspaceDb, studyKeys: readonly string[]): (number | undefined)[] {
  const lookup = db.prepare('SELECT id FROM studies WHERE study_key = ?').pluck();
  return studyKeys.map((key) => lookup.get(key) as number | undefined);
}

/** Every study id, ascending. */
export function listStudyIds(db: WorkspaceDb): number[] {
  return db.prepare('SELECT id FROM studies ORDER BY id').pluck().all() as number[];
}

/** Every study's id by its key. */
export function studyIdsByKey(db: WorkspaceDb): Map<string, number> {
  return new Map(db.prepare('SELECT study_key, id FROM studies').raw().all() as [string, number][]);
}

/** A study key lookup by id, its statement prepared once for many calls; undefined for an unknown id. */
export function studyKeyLookup(db: WorkspaceDb): (studyId: number) => string | undefined {
  const statement = db.prepare('SELECT study_key FROM studies WHERE id = ?').pluck();
  return (studyId) => statement.get(studyId) as string | undefined;
}
