import type { ConditionId, GradeId, LevelId, SeriesRole } from '../../common/vocabulary';

/** Where a row came from, for error messages. */
export interface RowSource {
  readonly file: string;
  readonly line: number;
}

/** One train.csv row: a study and its 25 cells (null = empty cell), keyed by locationKey. */
export interface TrainRow {
  readonly studyId: string;
  readonly grades: ReadonlyMap<string, GradeId | null>;
  readonly source?: RowSource;
}

/** One train_label_coordinates.csv row. */
export interface CoordinateRow {
  readonly studyId: string;
  readonly seriesId: string;
  readonly instanceNumber: number;
  readonly condition: ConditionId;
  readonly level: LevelId;
  readonly x: number;
  readonly y: number;
  readonly source?: RowSource;
}

/** One train_series_descriptions.csv row. */
export interface SeriesDescriptionRow {
  readonly studyId: string;
  readonly seriesId: string;
  readonly role: SeriesRole;
  readonly source?: RowSource;
}

/** The three files' contents; any of them may be absent from an import. */
export interface RsnaLabels {
  readonly train?: readonly TrainRow[];
  readonly coordinates?: readonly CoordinateRow[];
  readonly seriesDescriptions?: readonly SeriesDescriptionRow[];
}
