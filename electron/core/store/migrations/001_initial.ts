/**
 * Schema 1. Imported originals live in `imported_*` columns that no statement updates after
 * the import; the current value sits beside them, and every change made here is appended to
 * `edits` (append-only: triggers refuse UPDATE and DELETE). See README "Store".
 */
export const migration001 = `
CREATE TABLE studies (
  id INTEGER PRIMARY KEY,
  study_key TEXT NOT NULL UNIQUE,
  study_instance_uid TEXT,
  patient_id TEXT,
  study_date TEXT,
  study_description TEXT,
  label_seq INTEGER,
  created_at TEXT NOT NULL
);
CREATE INDEX studies_uid ON studies(study_instance_uid);

CREATE TABLE series (
  id INTEGER PRIMARY KEY,
  study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,
  series_key TEXT NOT NULL,
  series_instance_uid TEXT,
  series_number INTEGER,
  series_description TEXT,
  modality TEXT,
  orientation TEXT,
  normal_x REAL, normal_y REAL, normal_z REAL,
  rsna_description TEXT,
  rsna_seq INTEGER,
  role TEXT,
  role_source TEXT,
  UNIQUE (study_id, series_key)
);

CREATE TABLE instances (
  id INTEGER PRIMARY KEY,
  series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
  sop_instance_uid TEXT NOT NULL,
  instance_number INTEGER,
  file_path TEXT NOT NULL UNIQUE,
  file_size INTEGER NOT NULL,
  file_mtime_ms REAL NOT NULL,
  transfer_syntax_uid TEXT NOT NULL,
  rows INTEGER NOT NULL,
  columns INTEGER NOT NULL,
  frames INTEGER NOT NULL,
  bits_allocated INTEGER NOT NULL,
  photometric TEXT NOT NULL,
  ipp_x REAL, ipp_y REAL, ipp_z REAL,
  row_x REAL, row_y REAL, row_z REAL,
  col_x REAL, col_y REAL, col_z REAL,
  spacing_row REAL, spacing_col REAL,
  slice_thickness REAL,
  slice_position REAL,
  UNIQUE (series_id, sop_instance_uid)
);
CREATE INDEX instances_order ON instances(series_id, slice_position, instance_number);
CREATE INDEX instances_number ON instances(series_id, instance_number);

CREATE TABLE index_problems (
  id INTEGER PRIMARY KEY,
  scan_root TEXT NOT NULL,
  file_path TEXT NOT NULL UNIQUE,
  reason TEXT NOT NULL,
  seen_at TEXT NOT NULL
);

CREATE TABLE grades (
  study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,
  condition TEXT NOT NULL,
  level TEXT NOT NULL,
  imported INTEGER NOT NULL DEFAULT 0,
  imported_grade TEXT,
  grade TEXT,
  source TEXT NOT NULL,
  updated_by TEXT,
  updated_at TEXT,
  PRIMARY KEY (study_id, condition, level)
) WITHOUT ROWID;

CREATE TABLE points (
  id INTEGER PRIMARY KEY,
  study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,
  condition TEXT NOT NULL,
  level TEXT NOT NULL,
  import_seq INTEGER,
  imported_series_id INTEGER REFERENCES series(id),
  imported_instance_number INTEGER,
  imported_x REAL,
  imported_y REAL,
  series_id INTEGER NOT NULL REFERENCES series(id),
  instance_number INTEGER NOT NULL,
  x REAL NOT NULL,
  y REAL NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  source TEXT NOT NULL,
  updated_by TEXT,
  updated_at TEXT
);
CREATE INDEX points_location ON points(study_id, condition, level);
CREATE UNIQUE INDEX points_import_seq ON points(import_seq) WHERE import_seq IS NOT NULL;

CREATE TABLE edits (
  id INTEGER PRIMARY KEY,
  study_id INTEGER NOT NULL REFERENCES studies(id),
  group_id INTEGER NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  condition TEXT,
  level TEXT,
  action TEXT NOT NULL,
  before TEXT,
  after TEXT,
  reader TEXT NOT NULL,
  source TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX edits_study ON edits(study_id, id);
CREATE INDEX edits_location ON edits(study_id, condition, level, id);
CREATE TRIGGER edits_append_only_update BEFORE UPDATE ON edits
  BEGIN SELECT RAISE(ABORT, 'edits is append-only'); END;
CREATE TRIGGER edits_append_only_delete BEFORE DELETE ON edits
  BEGIN SELECT RAISE(ABORT, 'edits is append-only'); END;

CREATE TABLE undo_stack (
  study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,
  reader TEXT NOT NULL,
  group_id INTEGER NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (study_id, reader, group_id)
) WITHOUT ROWID;

CREATE TABLE reviews (
  study_id INTEGER PRIMARY KEY REFERENCES studies(id) ON DELETE CASCADE,
  status TEXT NOT NULL,
  reader TEXT,
  updated_at TEXT NOT NULL
);

CREATE TABLE model_runs (
  id INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL,
  models TEXT NOT NULL,
  provider TEXT,
  options TEXT NOT NULL,
  error TEXT
);

CREATE TABLE predictions (
  run_id INTEGER NOT NULL REFERENCES model_runs(id) ON DELETE CASCADE,
  study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,
  condition TEXT NOT NULL,
  level TEXT NOT NULL,
  p_normal_mild REAL NOT NULL,
  p_moderate REAL NOT NULL,
  p_severe REAL NOT NULL,
  series_id INTEGER REFERENCES series(id),
  instance_number INTEGER,
  x REAL,
  y REAL,
  confidence REAL,
  source TEXT NOT NULL,
  PRIMARY KEY (run_id, study_id, condition, level)
) WITHOUT ROWID;
CREATE INDEX predictions_study ON predictions(study_id, run_id);

CREATE TABLE detections (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES model_runs(id) ON DELETE CASCADE,
  study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,
  instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
  class_name TEXT NOT NULL,
  condition TEXT,
  level TEXT,
  confidence REAL NOT NULL,
  x1 REAL NOT NULL, y1 REAL NOT NULL, x2 REAL NOT NULL, y2 REAL NOT NULL
);
CREATE INDEX detections_instance ON detections(run_id, instance_id);
CREATE INDEX detections_study ON detections(study_id, run_id);

CREATE TABLE run_errors (
  run_id INTEGER NOT NULL REFERENCES model_runs(id) ON DELETE CASCADE,
  study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,
  message TEXT NOT NULL,
  PRIMARY KEY (run_id, study_id)
) WITHOUT ROWID;

CREATE TABLE imports (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  reader TEXT NOT NULL,
  folder TEXT NOT NULL,
  files TEXT NOT NULL,
  counts TEXT NOT NULL
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
`;
