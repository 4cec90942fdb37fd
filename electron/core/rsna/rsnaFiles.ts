import { TRAIN_CSV_COLUMNS } from '../../common/vocabulary';

/** File names and exact headers of the RSNA 2024 CSVs (shared/design/rsna-data.md, "Files"). */
export const RSNA_FILES = {
  train: 'train.csv',
  coordinates: 'train_label_coordinates.csv',
  seriesDescriptions: 'train_series_descriptions.csv',
} as const;

export type RsnaFileKind = keyof typeof RSNA_FILES;

export const RSNA_HEADERS: Record<RsnaFileKind, readonly string[]> = {
  train: TRAIN_CSV_COLUMNS,
  coordinates: ['study_id', 'series_id', 'instance_number', 'condition', 'level', 'x', 'y'],
  seriesDescriptions: ['study_id', 'series_id', 'series_description'],
};

/** Alternative name of the series file in the test split. */
export const TEST_SERIES_DESCRIPTIONS_FILE = 'test_series_descriptions.csv';
