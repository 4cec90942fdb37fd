import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listStudies } from '../../../electron/core/studies/listStudies';
import { STUDY_SUMMARY_SQL } from '../../../electron/core/store/studies/studySummaryRepository';
import { openDatabase } from '../../../electron/core/store/openDatabase';
import { fillSyntheticWorkspace } from '../../support/syntheticWorkspace';
import { tempDir } from '../../support/tempDir';
import { setGrade } from '../../../electron/core/labels/editLabels';

describe('the worklist query', () => {
  const db = openDatabase(join(tempDir(), 'worklist.sqlite'));
  fillSyntheticWorkspace(db, 200);

  it('reads one row per study plus primary-key lookups (EXPLAIN QUERY PLAN)', () => {
    const details = (db.prepare(`EXPLAIN QUERY PLAN ${STUDY_SUMMARY_SQL}`).all({ studyId: null }) as { detail: string }[]).map(
      (r) => r.detail,
    );
    expect(details.filter((d) => d.startsWith('SCAN'))).toEqual([expect.stringMatching(/^SCAN s\b/)]);
    expect(details).toContain('SEARCH st USING INTEGER PRIMARY KEY (rowid=?)');
    expect(details).toContain('SEARCH e USING INTEGER PRIMARY KEY (rowid=?) LEFT-JOIN');
  });

  it('keeps study_stats equal to a fresh count from the base tables after every kind of write', () => {
    const study = listStudies(db)[5]?.id as number;
    setGrade(db, study, 'spinal', 'l1_l2', null, { reader: 'x' });
    setGrade(db, study, 'spinal', 'l2_l3', 'severe', { reader: 'x' });
    db.prepare('UPDATE points SET deleted = 1 WHERE study_id = ? AND level = ?').run(study, 'l3_l4');
    db.prepare(
      'DELETE FROM instances WHERE id IN (SELECT i.id FROM instances i JOIN series se ON se.id = i.series_id WHERE se.study_id = ? AND se.role = ?)',
    ).run(study, 'ax_t2');
    const runId = Number(
      db.prepare("INSERT INTO model_runs (created_at, status, models, options) VALUES ('t', 'done', '[]', '{}')").run().lastInsertRowid,
    );
    db.prepare(
      "INSERT INTO predictions (run_id, study_id, condition, level, p_normal_mild, p_moderate, p_severe, source) VALUES (?, ?, 'spinal', 'l2_l3', 0.9, 0.05, 0.05, 'detected')",
    ).run(runId, study);
    const fresh = db
      .prepare(
        `SELECT
           (SELECT count(*) FROM instances i JOIN series se ON se.id = i.series_id WHERE se.study_id = s.id) AS instances,
           (SELECT count(*) FROM series se WHERE se.study_id = s.id AND se.role = 'ax_t2' AND EXISTS (SELECT 1 FROM instances i WHERE i.series_id = se.id)) AS ax_t2,
           (SELECT count(*) FROM grades g WHERE g.study_id = s.id AND g.grade IS NOT NULL) AS labelled,
           (SELECT count(*) FROM grades g WHERE g.study_id = s.id AND g.grade = 'severe') AS severe,
           (SELECT count(*) FROM points p WHERE p.study_id = s.id AND p.deleted = 0) AS points
         FROM studies s WHERE s.id = ?`,
      )
      .get(study);
    const stats = db.prepare('SELECT instances, ax_t2, labelled, severe, points FROM study_stats WHERE study_id = ?').get(study);
    expect(stats).toEqual(fresh);
    expect(fresh).toMatchObject({ ax_t2: 0, labelled: 24 });
    const summary = listStudies(db).find((s) => s.id === study);
    expect(summary).toMatchObject({ disagreements: 1, status: 'in_review', seriesByRole: { ax_t2: 0 } });
    // Its cost (schema 4): the label says Severe (weight 4), the AI gave Severe 5 %.
    expect(summary?.disagreementLoss).toBeCloseTo(-4 * Math.log(0.05), 12);
  });

  it('summarises counts, worst grade, status and last reader', () => {
    const all = listStudies(db);
    expect(all).toHaveLength(200);
    expect(all[0]).toMatchObject({
      key: '1000000',
      instances: 9,
      labelledCells: 25,
      points: 25,
      worstGrade: 'severe',
      status: 'new',
      lastReader: null,
    });
    setGrade(db, all[1]?.id as number, 'spinal', 'l1_l2', 'moderate', { reader: 'dr-a' });
    const edited = listStudies(db, { status: ['in_review'] });
    expect(edited.map((s) => [s.key, s.lastReader])).toContainEqual(['1000001', 'dr-a']);
  });

  it('filters by search text and sorts', () => {
    expect(listStudies(db, { search: '100019' }).map((s) => s.key)).toEqual([
      '1000190',
      '1000191',
      '1000192',
      '1000193',
      '1000194',
      '1000195',
      '1000196',
      '1000197',
      '1000198',
      '1000199',
    ]);
    const sorted = listStudies(db, { sort: { by: 'key', direction: 'desc' } });
    expect(sorted[0]?.key).toBe('1000199');
  });
});
