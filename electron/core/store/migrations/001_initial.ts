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
  instance_count INTEGER NOT NULL DEFAULT 0,
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

-- Per-study counts the worklist shows, kept current by the triggers below so that listing
-- 2,000 studies reads 2,000 rows instead of aggregating ~150k (README "Store").
CREATE TABLE study_stats (
  study_id INTEGER PRIMARY KEY REFERENCES studies(id) ON DELETE CASCADE,
  instances INTEGER NOT NULL DEFAULT 0,
  sag_t1 INTEGER NOT NULL DEFAULT 0,
  sag_t2 INTEGER NOT NULL DEFAULT 0,
  ax_t2 INTEGER NOT NULL DEFAULT 0,
  other_series INTEGER NOT NULL DEFAULT 0,
  labelled INTEGER NOT NULL DEFAULT 0,
  moderate INTEGER NOT NULL DEFAULT 0,
  severe INTEGER NOT NULL DEFAULT 0,
  points INTEGER NOT NULL DEFAULT 0,
  latest_run_id INTEGER,
  disagreements INTEGER NOT NULL DEFAULT 0,
  last_edit_id INTEGER
);

CREATE TRIGGER studies_stats_insert AFTER INSERT ON studies
  BEGIN INSERT INTO study_stats (study_id) VALUES (NEW.id); END;

CREATE TRIGGER instances_count_insert AFTER INSERT ON instances BEGIN
  UPDATE series SET instance_count = instance_count + 1 WHERE id = NEW.series_id;
  UPDATE study_stats SET instances = instances + 1 WHERE study_id = (SELECT study_id FROM series WHERE id = NEW.series_id);
END;
CREATE TRIGGER instances_count_delete AFTER DELETE ON instances BEGIN
  UPDATE series SET instance_count = instance_count - 1 WHERE id = OLD.series_id;
  UPDATE study_stats SET instances = instances - 1 WHERE study_id = (SELECT study_id FROM series WHERE id = OLD.series_id);
END;
CREATE TRIGGER instances_count_move AFTER UPDATE OF series_id ON instances WHEN OLD.series_id <> NEW.series_id BEGIN
  UPDATE series SET instance_count = instance_count - 1 WHERE id = OLD.series_id;
  UPDATE study_stats SET instances = instances - 1 WHERE study_id = (SELECT study_id FROM series WHERE id = OLD.series_id);
  UPDATE series SET instance_count = instance_count + 1 WHERE id = NEW.series_id;
  UPDATE study_stats SET instances = instances + 1 WHERE study_id = (SELECT study_id FROM series WHERE id = NEW.series_id);
END;

-- Series badges count series that have images, by role; recounted only when a series gains
-- its first image, loses its last, or changes role.
CREATE TRIGGER series_roles_update AFTER UPDATE OF role, instance_count ON series
  WHEN OLD.role IS NOT NEW.role OR (OLD.instance_count = 0) <> (NEW.instance_count = 0) BEGIN
  UPDATE study_stats SET
    sag_t1 = (SELECT count(*) FROM series WHERE study_id = NEW.study_id AND role = 'sag_t1' AND instance_count > 0),
    sag_t2 = (SELECT count(*) FROM series WHERE study_id = NEW.study_id AND role = 'sag_t2' AND instance_count > 0),
    ax_t2 = (SELECT count(*) FROM series WHERE study_id = NEW.study_id AND role = 'ax_t2' AND instance_count > 0),
    other_series = (SELECT count(*) FROM series WHERE study_id = NEW.study_id AND role IS NULL AND instance_count > 0)
  WHERE study_id = NEW.study_id;
END;

CREATE TRIGGER grades_stats_insert AFTER INSERT ON grades BEGIN
  UPDATE study_stats SET
    labelled = labelled + (NEW.grade IS NOT NULL),
    moderate = moderate + (NEW.grade IS 'moderate'),
    severe = severe + (NEW.grade IS 'severe')
  WHERE study_id = NEW.study_id;
END;
CREATE TRIGGER grades_stats_update AFTER UPDATE OF grade ON grades WHEN OLD.grade IS NOT NEW.grade BEGIN
  UPDATE study_stats SET
    labelled = labelled + (NEW.grade IS NOT NULL) - (OLD.grade IS NOT NULL),
    moderate = moderate + (NEW.grade IS 'moderate') - (OLD.grade IS 'moderate'),
    severe = severe + (NEW.grade IS 'severe') - (OLD.grade IS 'severe')
  WHERE study_id = NEW.study_id;
END;
CREATE TRIGGER grades_stats_delete AFTER DELETE ON grades BEGIN
  UPDATE study_stats SET
    labelled = labelled - (OLD.grade IS NOT NULL),
    moderate = moderate - (OLD.grade IS 'moderate'),
    severe = severe - (OLD.grade IS 'severe')
  WHERE study_id = OLD.study_id;
END;

CREATE TRIGGER points_stats_insert AFTER INSERT ON points BEGIN
  UPDATE study_stats SET points = points + (NEW.deleted = 0) WHERE study_id = NEW.study_id;
END;
CREATE TRIGGER points_stats_update AFTER UPDATE OF deleted ON points WHEN OLD.deleted <> NEW.deleted BEGIN
  UPDATE study_stats SET points = points + (NEW.deleted = 0) - (OLD.deleted = 0) WHERE study_id = NEW.study_id;
END;
CREATE TRIGGER points_stats_delete AFTER DELETE ON points BEGIN
  UPDATE study_stats SET points = points - (OLD.deleted = 0) WHERE study_id = OLD.study_id;
END;

CREATE TRIGGER edits_stats_insert AFTER INSERT ON edits BEGIN
  UPDATE study_stats SET last_edit_id = NEW.id WHERE study_id = NEW.study_id;
END;

-- AI-label disagreement: cells of the study's latest run whose most likely grade differs from
-- the label. Recounted for one study when a prediction is written or a grade changes.
CREATE VIEW study_disagreements AS
SELECT pr.study_id, pr.run_id, count(*) AS n FROM predictions pr
JOIN grades g ON g.study_id = pr.study_id AND g.condition = pr.condition AND g.level = pr.level
WHERE g.grade IS NOT NULL AND g.grade <> CASE
  WHEN pr.p_severe >= pr.p_moderate AND pr.p_severe >= pr.p_normal_mild THEN 'severe'
  WHEN pr.p_moderate >= pr.p_normal_mild THEN 'moderate'
  ELSE 'normal_mild' END
GROUP BY pr.study_id, pr.run_id;

CREATE TRIGGER predictions_stats_insert AFTER INSERT ON predictions BEGIN
  UPDATE study_stats SET latest_run_id = max(coalesce(latest_run_id, 0), NEW.run_id) WHERE study_id = NEW.study_id;
  UPDATE study_stats SET disagreements = coalesce(
    (SELECT n FROM study_disagreements d WHERE d.study_id = NEW.study_id AND d.run_id = study_stats.latest_run_id), 0)
  WHERE study_id = NEW.study_id;
END;
CREATE TRIGGER predictions_stats_delete AFTER DELETE ON predictions BEGIN
  UPDATE study_stats SET latest_run_id = (SELECT max(run_id) FROM predictions WHERE study_id = OLD.study_id) WHERE study_id = OLD.study_id;
  UPDATE study_stats SET disagreements = coalesce(
    (SELECT n FROM study_disagreements d WHERE d.study_id = OLD.study_id AND d.run_id = study_stats.latest_run_id), 0)
  WHERE study_id = OLD.study_id;
END;
CREATE TRIGGER grades_disagreements_update AFTER UPDATE OF grade ON grades WHEN OLD.grade IS NOT NEW.grade BEGIN
  UPDATE study_stats SET disagreements = coalesce(
    (SELECT n FROM study_disagreements d WHERE d.study_id = NEW.study_id AND d.run_id = study_stats.latest_run_id), 0)
  WHERE study_id = NEW.study_id AND latest_run_id IS NOT NULL;
END;

CREATE TRIGGER grades_disagreements_insert AFTER INSERT ON grades WHEN NEW.grade IS NOT NULL BEGIN
  UPDATE study_stats SET disagreements = coalesce(
    (SELECT n FROM study_disagreements d WHERE d.study_id = NEW.study_id AND d.run_id = study_stats.latest_run_id), 0)
  WHERE study_id = NEW.study_id AND latest_run_id IS NOT NULL;
END;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
`;
