import type { Statement } from 'better-sqlite3';
import { asSeriesId, asStudyId, type SeriesId, type StudyId } from '../../../common/ids';
import type { WorkspaceDb } from '../WorkspaceDb';

/** An imported grade cell as it is stored. */
export interface ImportedGradeCell {
  readonly studyId: StudyId;
  readonly condition: string;
  readonly level: string;
  /** Whether the cell came from an import (else it was made here and may adopt an imported value). */
  readonly imported: boolean;
  readonly importedGrade: string | null;
}

/** An imported point with its imported placement (never overwritten). */
export interface ImportedPoint {
  readonly studyId: StudyId;
  readonly condition: string;
  readonly level: string;
  readonly seriesId: SeriesId;
  readonly instanceNumber: number;
  readonly x: number;
  readonly y: number;
}

/** A point to import; its ids as the caller has them (plain numbers). */
export interface NewImportedPoint extends Omit<ImportedPoint, 'studyId' | 'seriesId'> {
  readonly studyId: number;
  readonly seriesId: number;
  /** Position in the imported train_label_coordinates.csv order, so exports keep the row order. */
  readonly seq: number;
}

/**
 * The writes of an RSNA label import (labels/importRsnaLabels.ts): every statement prepared once,
 * when the import's transaction starts, and run per row: an RSNA-sized import writes ~100k rows
 * in one transaction (issue 2: under 2 s). Imported values go to the `imported_*` columns and,
 * for new cells, to the current value as well.
 */
export class RsnaImportWriter {
  private readonly statements: {
    readonly nextStudySeq: Statement;
    readonly studySeq: Statement;
    readonly setStudySeq: Statement;
    readonly gradeCells: Statement;
    readonly insertGrade: Statement;
    readonly adoptGrade: Statement;
    readonly nextPointSeq: Statement;
    readonly importedPoints: Statement;
    readonly insertPoint: Statement;
    readonly nextSeriesSeq: Statement;
    readonly seriesDescription: Statement;
    readonly describeSeries: Statement;
    readonly insertImport: Statement;
  };

  constructor(
    db: WorkspaceDb,
    private readonly now: string,
  ) {
    this.statements = {
      nextStudySeq: db.prepare('SELECT coalesce(max(label_seq), -1) + 1 FROM studies').pluck(),
      studySeq: db.prepare('SELECT label_seq FROM studies WHERE id = ?').pluck(),
      setStudySeq: db.prepare('UPDATE studies SET label_seq = ? WHERE id = ?'),
      gradeCells: db.prepare('SELECT study_id, condition, level, imported, imported_grade FROM grades').raw(),
      insertGrade: db.prepare(
        `INSERT INTO grades (study_id, condition, level, imported, imported_grade, grade, source, updated_at)
         VALUES (?, ?, ?, 1, ?, ?, 'import', ?)`,
      ),
      adoptGrade: db.prepare('UPDATE grades SET imported = 1, imported_grade = ? WHERE study_id = ? AND condition = ? AND level = ?'),
      nextPointSeq: db.prepare('SELECT coalesce(max(import_seq), -1) + 1 FROM points').pluck(),
      importedPoints: db
        .prepare(
          'SELECT study_id, condition, level, imported_series_id, imported_instance_number, imported_x, imported_y FROM points WHERE import_seq IS NOT NULL',
        )
        .raw(),
      insertPoint: db.prepare(
        `INSERT INTO points (study_id, condition, level, import_seq, imported_series_id, imported_instance_number, imported_x, imported_y,
           series_id, instance_number, x, y, source, updated_at)
         VALUES (@study, @condition, @level, @seq, @series, @instance, @x, @y, @series, @instance, @x, @y, 'import', @now)`,
      ),
      nextSeriesSeq: db.prepare('SELECT coalesce(max(rsna_seq), -1) + 1 FROM series').pluck(),
      seriesDescription: db.prepare('SELECT rsna_description FROM series WHERE id = ?').pluck(),
      describeSeries: db.prepare("UPDATE series SET rsna_description = ?, rsna_seq = ?, role = ?, role_source = 'rsna_csv' WHERE id = ?"),
      insertImport: db.prepare('INSERT INTO imports (at, reader, folder, files, counts) VALUES (?, ?, ?, ?, ?)'),
    };
  }

  /** The label_seq the next study with imported grades gets (train.csv row order). */
  nextStudyLabelSeq(): number {
    return (this.statements.nextStudySeq.get() as number) ?? 0;
  }

  /** The study's label_seq, null when no train.csv row was imported for it yet. */
  studyLabelSeq(studyId: number): number | null {
    return this.statements.studySeq.get(studyId) as number | null;
  }

  setStudyLabelSeq(studyId: number, seq: number): void {
    this.statements.setStudySeq.run(seq, studyId);
  }

  /** Every grade row of the workspace, read once instead of a lookup per cell (50k cells in an RSNA-sized import). */
  listGradeCells(): ImportedGradeCell[] {
    return (this.statements.gradeCells.all() as [number, string, string, number, string | null][]).map(
      ([studyId, condition, level, imported, importedGrade]) => ({
        studyId: asStudyId(studyId),
        condition,
        level,
        imported: imported === 1,
        importedGrade,
      }),
    );
  }

  /** A new cell: the imported value is both the original and the current grade. */
  insertGrade(studyId: number, condition: string, level: string, grade: string | null): void {
    this.statements.insertGrade.run(studyId, condition, level, grade, grade, this.now);
  }

  /** A cell made here (by an edit) takes the imported original; its current grade stays. */
  adoptGrade(studyId: number, condition: string, level: string, grade: string | null): void {
    this.statements.adoptGrade.run(grade, studyId, condition, level);
  }

  /** The import_seq the next imported point gets. */
  nextPointImportSeq(): number {
    return this.statements.nextPointSeq.get() as number;
  }

  listImportedPoints(): ImportedPoint[] {
    return (this.statements.importedPoints.all() as [number, string, string, number, number, number, number][]).map(
      ([studyId, condition, level, seriesId, instanceNumber, x, y]) => ({
        studyId: asStudyId(studyId),
        condition,
        level,
        seriesId: asSeriesId(seriesId),
        instanceNumber,
        x,
        y,
      }),
    );
  }

  /** A new imported point: the imported placement is both the original and the current one. */
  insertPoint(point: NewImportedPoint): void {
    this.statements.insertPoint.run({
      study: point.studyId,
      condition: point.condition,
      level: point.level,
      seq: point.seq,
      series: point.seriesId,
      instance: point.instanceNumber,
      x: point.x,
      y: point.y,
      now: this.now,
    });
  }

  /** The rsna_seq the next described series gets (train_series_descriptions.csv row order). */
  nextSeriesRsnaSeq(): number {
    return this.statements.nextSeriesSeq.get() as number;
  }

  /** The series' imported RSNA description, null when none was imported. */
  seriesRsnaDescription(seriesId: number): string | null {
    return this.statements.seriesDescription.get(seriesId) as string | null;
  }

  /** Gives a series its imported description and the role it names (role_source 'rsna_csv'). */
  describeSeries(seriesId: number, description: string, seq: number, role: string): void {
    this.statements.describeSeries.run(description, seq, role, seriesId);
  }

  /** The import's own record (table `imports`): who, when, from where, with what counts. */
  insertImport(reader: string, folder: string, files: readonly string[], counts: object): void {
    this.statements.insertImport.run(this.now, reader, folder, JSON.stringify(files), JSON.stringify(counts));
  }
}
