/**
 * Schema 2: label sanity-check counts per study (checks/LabelCheckIndex), kept beside the stamp
 * of the study's counts they were computed from, so a restart does not check every study again
 * and the worklist can filter by "label problems" at once. A derived cache: safe to empty.
 */
export const migration002 = `
CREATE TABLE label_checks (
  study_id INTEGER PRIMARY KEY REFERENCES studies(id) ON DELETE CASCADE,
  stamp TEXT NOT NULL,
  problems INTEGER NOT NULL
);
`;
