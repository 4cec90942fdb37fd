import BetterSqlite3, { type Database } from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getStudy } from '../../../electron/core/studies/getStudy';
import { migrate } from '../../../electron/core/store/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/core/store/migrations';
import { openDatabase } from '../../../electron/core/store/openDatabase';
import { tempDir } from '../../support/tempDir';

const dir = tempDir();

/** A database file as a Spine Review of schema `version` left it: its migrations only, opened as openDatabase did. */
function databaseAtVersion(file: string, version: number): Database {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, file, MIGRATIONS.slice(0, version));
  return db;
}

/**
 * A small workspace written with statements schema 1 already accepts (so the same rows can be
 * written at every version): two studies, a series with images, grades (one cleared), a point,
 * the audit and undo stack, a review, two AI runs whose latest disagrees with a label, a box, a
 * setting, an import and an index problem; at schema ≥ 2 a cached label check, at ≥ 3 a first read.
 */
function writeWorkspace(db: Database, version: number): void {
  const at = '2024-05-01T10:00:00.000Z';
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  run(
    "INSERT INTO studies (id, study_key, study_instance_uid, patient_id, study_date, label_seq, created_at) VALUES (1, 'A', '1.2.3', 'P1', '20240501', 0, ?)",
    at,
  );
  run("INSERT INTO studies (id, study_key, created_at) VALUES (2, 'B', ?)", at);
  run(
    "INSERT INTO series (id, study_id, series_key, series_number, role, role_source, rsna_description, rsna_seq) VALUES (1, 1, 'S1', 1, 'sag_t2', 'rsna_csv', 'Sagittal T2/STIR', 0)",
  );
  for (const n of [1, 2]) {
    run(
      `INSERT INTO instances (id, series_id, sop_instance_uid, instance_number, file_path, file_size, file_mtime_ms, transfer_syntax_uid, rows, columns, frames,
         bits_allocated, photometric, ipp_x, ipp_y, ipp_z, row_x, row_y, row_z, col_x, col_y, col_z, spacing_row, spacing_col, slice_thickness, slice_position)
       VALUES (?, 1, ?, ?, ?, 1000, 1, '1.2.840.10008.1.2.1', 64, 64, 1, 16, 'MONOCHROME2', ?, 0, 0, 0, 1, 0, 0, 0, -1, 0.5, 0.5, 3, ?)`,
      n,
      `1.2.3.${n}`,
      n,
      `/data/A/${n}.dcm`,
      n * 3,
      n * 3,
    );
  }
  run(
    "INSERT INTO grades (study_id, condition, level, imported, imported_grade, grade, source, updated_at) VALUES (1, 'spinal', 'l4_l5', 1, 'moderate', 'severe', 'reader', ?)",
    at,
  );
  run(
    "INSERT INTO grades (study_id, condition, level, imported, imported_grade, grade, source, updated_at) VALUES (1, 'spinal', 'l3_l4', 1, 'normal_mild', 'normal_mild', 'import', ?)",
    at,
  );
  run(
    "INSERT INTO grades (study_id, condition, level, grade, source, updated_by, updated_at) VALUES (1, 'spinal', 'l5_s1', NULL, 'reader', 'r1', ?)",
    at,
  );
  run(
    "INSERT INTO grades (study_id, condition, level, grade, source, updated_at) VALUES (2, 'spinal', 'l4_l5', 'moderate', 'import', ?)",
    at,
  );
  run(
    `INSERT INTO points (id, study_id, condition, level, import_seq, imported_series_id, imported_instance_number, imported_x, imported_y, series_id, instance_number, x, y, source, updated_by, updated_at)
     VALUES (1, 1, 'spinal', 'l4_l5', 0, 1, 1, 30, 40, 1, 2, 31, 41, 'reader', 'r1', ?)`,
    at,
  );
  run(
    "INSERT INTO edits (study_id, group_id, entity, entity_id, condition, level, action, before, after, reader, source, at) VALUES (1, 1, 'grade', NULL, 'spinal', 'l4_l5', 'set_grade', '\"moderate\"', '\"severe\"', 'r1', 'reader', ?)",
    at,
  );
  run("INSERT INTO undo_stack (study_id, reader, group_id, undone) VALUES (1, 'r1', 1, 0)");
  run("INSERT INTO reviews (study_id, status, reader, updated_at) VALUES (1, 'reviewed', 'r1', ?)", at);
  for (const id of [1, 2])
    run(
      "INSERT INTO model_runs (id, created_at, finished_at, status, models, provider, options) VALUES (?, ?, ?, 'done', '[]', 'cpu', '{}')",
      id,
      at,
      at,
    );
  const predict = (runId: number, studyId: number, level: string, p: [number, number, number], point: [number, number, number] | null) =>
    run(
      `INSERT INTO predictions (run_id, study_id, condition, level, p_normal_mild, p_moderate, p_severe, series_id, instance_number, x, y, confidence, source)
       VALUES (?, ?, 'spinal', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      runId,
      studyId,
      level,
      ...p,
      point ? 1 : null,
      point?.[0] ?? null,
      point?.[1] ?? null,
      point?.[2] ?? null,
      point ? 0.9 : null,
      point ? 'model' : 'prior',
    );
  predict(1, 1, 'l4_l5', [0.2, 0.3, 0.5], [2, 31, 41]);
  predict(2, 1, 'l4_l5', [0.7, 0.2, 0.1], [2, 33, 42]);
  predict(2, 1, 'l3_l4', [0.6, 0.3, 0.1], null);
  predict(2, 2, 'l4_l5', [0.1, 0.1, 0.8], null);
  run(
    "INSERT INTO detections (run_id, study_id, instance_id, class_name, condition, level, confidence, x1, y1, x2, y2) VALUES (2, 1, 2, 'spinal_l4_l5', 'spinal', 'l4_l5', 0.9, 28, 38, 38, 48)",
  );
  run("INSERT INTO run_errors (run_id, study_id, message) VALUES (1, 2, 'no sagittal T2')");
  run("INSERT INTO settings (key, value) VALUES ('reader', '\"r1\"')");
  run("INSERT INTO imports (at, reader, folder, files, counts) VALUES (?, 'r1', '/labels', '[]', '{}')", at);
  run("INSERT INTO index_problems (scan_root, file_path, reason, seen_at) VALUES ('/data', '/data/bad.dcm', 'not DICOM', ?)", at);
  if (version >= 2) run("INSERT INTO label_checks (study_id, stamp, problems) VALUES (1, '1:2:0:1:0:0:2:1', 0)");
  if (version >= 3) {
    run("INSERT INTO first_reads (id, study_id, reader, run_id, committed_at) VALUES (1, 1, 'r1', 2, ?)", at);
    run(
      "INSERT INTO first_read_cells (first_read_id, condition, level, grade, ai_grade) VALUES (1, 'spinal', 'l4_l5', 'severe', 'normal_mild')",
    );
  }
}

/** Every table's rows, in a stable order, and the schema itself. */
function contents(db: Database): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const out: Record<string, unknown[]> = {
    schema: db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all(),
  };
  for (const table of tables) {
    out[table] = db
      .prepare(`SELECT * FROM "${table}"`)
      .raw()
      .all()
      .map((row) => JSON.stringify(row))
      .sort();
  }
  return out;
}

describe('upgrading a database from every earlier schema version', () => {
  it('knows more than one schema version (else there is nothing to upgrade from)', () => {
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(SCHEMA_VERSION).toBeGreaterThan(1);
  });

  for (let version = 1; version < SCHEMA_VERSION; version++) {
    it(`brings schema ${version} to ${SCHEMA_VERSION}, keeping every row and deriving the new columns as if the rows were written today`, () => {
      const file = join(dir, `schema-${version}.sqlite`);
      const old = databaseAtVersion(file, version);
      writeWorkspace(old, version);
      expect(old.pragma('user_version', { simple: true })).toBe(version);
      old.close();

      const upgraded = openDatabase(file);
      expect(upgraded.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);

      const today = openDatabase(join(dir, `reference-${version}.sqlite`));
      writeWorkspace(today, version);
      // Same schema, same rows, same trigger-kept stats (schema 4's disagreement_loss backfilled
      // on upgrade equals what its triggers keep for rows written now).
      expect(contents(upgraded)).toEqual(contents(today));
      today.close();

      // And the product reads the upgraded file: the viewer's study with its labels, review and latest run.
      const study = getStudy(upgraded, 1);
      expect(study.reviewedBy).toBe('r1');
      expect(study.grades.map((g) => `${g.level}:${g.grade}`).sort()).toEqual(['l3_l4:normal_mild', 'l4_l5:severe', 'l5_s1:null']);
      expect(study.points).toHaveLength(1);
      expect(study.run?.id).toBe(2);
      expect(study.predictions).toHaveLength(2);
      expect(study.detections).toHaveLength(1);
      const loss = upgraded.prepare('SELECT disagreement_loss FROM study_stats WHERE study_id = 1').pluck().get() as number;
      expect(loss).toBeCloseTo(4 * -Math.log(0.1), 10); // run 2 says normal_mild where the label is severe (weight 4, p 0.1)
      upgraded.close();
    });
  }
});
