/**
 * Schema 3: blinded first reads (product.md P2 "Blinded first read"). With the setting on, the AI
 * stays hidden in a study until the reader commits their grades; the commit keeps those grades
 * and the AI grade then revealed, cell by cell, so automation bias can be measured later against
 * the grades the reader ends with. Append-only, like the audit: a first read is evidence.
 */
export const migration003 = `
CREATE TABLE first_reads (
  id INTEGER PRIMARY KEY,
  study_id INTEGER NOT NULL REFERENCES studies(id),
  reader TEXT NOT NULL,
  -- The AI run revealed at the commit (its grades are copied below: the run may be deleted later).
  run_id INTEGER,
  committed_at TEXT NOT NULL,
  UNIQUE (study_id, reader)
);
CREATE TABLE first_read_cells (
  first_read_id INTEGER NOT NULL REFERENCES first_reads(id),
  condition TEXT NOT NULL,
  level TEXT NOT NULL,
  -- The reader's grade at the commit; NULL: not graded.
  grade TEXT,
  -- The AI's most likely grade revealed at the commit; NULL: the AI had nothing for this cell.
  ai_grade TEXT,
  PRIMARY KEY (first_read_id, condition, level)
) WITHOUT ROWID;
CREATE TRIGGER first_reads_append_only_update BEFORE UPDATE ON first_reads
  BEGIN SELECT RAISE(ABORT, 'first_reads is append-only'); END;
CREATE TRIGGER first_reads_append_only_delete BEFORE DELETE ON first_reads
  BEGIN SELECT RAISE(ABORT, 'first_reads is append-only'); END;
CREATE TRIGGER first_read_cells_append_only_update BEFORE UPDATE ON first_read_cells
  BEGIN SELECT RAISE(ABORT, 'first_read_cells is append-only'); END;
CREATE TRIGGER first_read_cells_append_only_delete BEFORE DELETE ON first_read_cells
  BEGIN SELECT RAISE(ABORT, 'first_read_cells is append-only'); END;
`;
