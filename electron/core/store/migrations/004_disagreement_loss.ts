/**
 * Schema 4: what each study's AI–label disagreements cost under the competition metric, kept in
 * study_stats beside their number (product.md P1 "AI-vs-label disagreement sorted by competition
 * weight and confidence"). Per disagreeing cell of the latest run: weight(label) · −ln p_AI(label),
 * weights 1/2/4, probabilities normalised and clipped to [1e-15, 1 − 1e-15] as the metric does
 * (evaluation/rsnaMetric.ts). The AI grade is the same CASE as study_disagreements (schema 1).
 *
 * Kept by triggers, like the counts: computing it for a 2,000-study worklist at each sort read
 * ~50,000 cells and held Electron's main thread for 60–170 ms (bench/ipc.bench.ts; the limit is
 * 50 ms). The triggers find the latest run themselves, not through study_stats.latest_run_id,
 * because SQLite does not promise the order in which triggers on one event run.
 */
const latestRun = (study: string) => `(SELECT max(run_id) FROM predictions WHERE study_id = ${study})`;
const recompute = (study: string) => `
  UPDATE study_stats SET disagreement_loss = coalesce(
    (SELECT loss FROM study_disagreement_loss d WHERE d.study_id = ${study} AND d.run_id = ${latestRun(study)}), 0)
  WHERE study_id = ${study};`;

export const migration004 = `
ALTER TABLE study_stats ADD COLUMN disagreement_loss REAL NOT NULL DEFAULT 0;

CREATE VIEW study_disagreement_loss AS
SELECT study_id, run_id, sum(-weight * ln(min(1 - 1e-15, max(1e-15, CASE WHEN total > 0 THEN p_label / total ELSE 0 END)))) AS loss
FROM (
  SELECT pr.study_id, pr.run_id, g.grade,
    CASE g.grade WHEN 'normal_mild' THEN 1 WHEN 'moderate' THEN 2 ELSE 4 END AS weight,
    CASE g.grade WHEN 'normal_mild' THEN pr.p_normal_mild WHEN 'moderate' THEN pr.p_moderate ELSE pr.p_severe END AS p_label,
    pr.p_normal_mild + pr.p_moderate + pr.p_severe AS total,
    CASE WHEN pr.p_severe >= pr.p_moderate AND pr.p_severe >= pr.p_normal_mild THEN 'severe'
         WHEN pr.p_moderate >= pr.p_normal_mild THEN 'moderate' ELSE 'normal_mild' END AS ai
  FROM predictions pr
  JOIN grades g ON g.study_id = pr.study_id AND g.condition = pr.condition AND g.level = pr.level
  WHERE g.grade IN ('normal_mild', 'moderate', 'severe')
)
WHERE ai <> grade
GROUP BY study_id, run_id;

CREATE TRIGGER predictions_loss_insert AFTER INSERT ON predictions BEGIN ${recompute('NEW.study_id')} END;
CREATE TRIGGER predictions_loss_delete AFTER DELETE ON predictions BEGIN ${recompute('OLD.study_id')} END;
-- A label import writes tens of thousands of grades into studies no run has read yet: skip them.
CREATE TRIGGER grades_loss_update AFTER UPDATE OF grade ON grades
  WHEN OLD.grade IS NOT NEW.grade AND EXISTS (SELECT 1 FROM predictions WHERE study_id = NEW.study_id) BEGIN ${recompute('NEW.study_id')} END;
CREATE TRIGGER grades_loss_insert AFTER INSERT ON grades
  WHEN NEW.grade IS NOT NULL AND EXISTS (SELECT 1 FROM predictions WHERE study_id = NEW.study_id) BEGIN ${recompute('NEW.study_id')} END;
CREATE TRIGGER grades_loss_delete AFTER DELETE ON grades
  WHEN EXISTS (SELECT 1 FROM predictions WHERE study_id = OLD.study_id) BEGIN ${recompute('OLD.study_id')} END;

UPDATE study_stats SET disagreement_loss = coalesce(
  (SELECT loss FROM study_disagreement_loss d WHERE d.study_id = study_stats.study_id
     AND d.run_id = (SELECT max(run_id) FROM predictions WHERE study_id = study_stats.study_id)), 0);
`;
