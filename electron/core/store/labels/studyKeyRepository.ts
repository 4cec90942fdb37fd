import type { WorkspaceDb } from '../WorkspaceDb';

/**
 * Finds or creates studies and series by their keys (the RSNA study_id / series_id, or the
 * DICOM UIDs). Labels may arrive before their images: a study made here has no series rows
 * with instances until its folder is indexed. Statements are prepared once and ids cached: an
 * RSNA-sized import asks for them ~100k times in one transaction. (It writes `studies` and
 * `series`, whose repository is store/studies/; kept with the label import it serves.)
 */
export class StudyKeys {
  private readonly studies = new Map<string, number>();
  private readonly series = new Map<string, number>();
  private readonly statements;

  constructor(
    db: WorkspaceDb,
    private readonly now: string,
  ) {
    this.statements = {
      studyByKey: db.prepare('SELECT id FROM studies WHERE study_key = ?').pluck(),
      insertStudy: db.prepare('INSERT INTO studies (study_key, created_at) VALUES (?, ?)'),
      seriesByKey: db.prepare('SELECT id FROM series WHERE study_id = ? AND series_key = ?').pluck(),
      insertSeries: db.prepare('INSERT INTO series (study_id, series_key) VALUES (?, ?)'),
    };
  }

  studyId(studyKey: string): number {
    let id = this.studies.get(studyKey);
    if (id === undefined) {
      id =
        (this.statements.studyByKey.get(studyKey) as number | undefined) ??
        Number(this.statements.insertStudy.run(studyKey, this.now).lastInsertRowid);
      this.studies.set(studyKey, id);
    }
    return id;
  }

  seriesId(studyKey: string, seriesKey: string): number {
    const cacheKey = `${studyKey}\u0000${seriesKey}`;
    let id = this.series.get(cacheKey);
    if (id === undefined) {
      const studyId = this.studyId(studyKey);
      id =
        (this.statements.seriesByKey.get(studyId, seriesKey) as number | undefined) ??
        Number(this.statements.insertSeries.run(studyId, seriesKey).lastInsertRowid);
      this.series.set(cacheKey, id);
    }
    return id;
  }
}
