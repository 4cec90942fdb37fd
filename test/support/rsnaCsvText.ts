import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRAIN_CSV_COLUMNS } from '../../electron/common/vocabulary';

/** A train.csv line: study id, then 25 cells; `cells` maps a column name to its value. */
export function trainLine(studyId: string, cells: Record<string, string> = {}): string {
  return [studyId, ...TRAIN_CSV_COLUMNS.slice(1).map((column) => cells[column] ?? 'Normal/Mild')].join(',');
}

export const TRAIN_HEADER = TRAIN_CSV_COLUMNS.join(',');
export const COORDINATES_HEADER = 'study_id,series_id,instance_number,condition,level,x,y';
export const SERIES_HEADER = 'study_id,series_id,series_description';

export interface RsnaTexts {
  train?: string;
  coordinates?: string;
  series?: string;
}

/** Writes the given CSV texts into `dir` under their RSNA file names. */
export function writeRsnaTexts(dir: string, texts: RsnaTexts): string {
  mkdirSync(dir, { recursive: true });
  if (texts.train !== undefined) writeFileSync(join(dir, 'train.csv'), texts.train);
  if (texts.coordinates !== undefined) writeFileSync(join(dir, 'train_label_coordinates.csv'), texts.coordinates);
  if (texts.series !== undefined) writeFileSync(join(dir, 'train_series_descriptions.csv'), texts.series);
  return dir;
}

/** A small but complete label set: 2 studies, every kind of cell, awkward floats. */
export function sampleRsnaTexts(): Required<RsnaTexts> {
  return {
    train: [
      TRAIN_HEADER,
      trainLine('4003253', {
        spinal_canal_stenosis_l4_l5: 'Moderate',
        left_subarticular_stenosis_l5_s1: 'Severe',
        left_subarticular_stenosis_l1_l2: '',
      }),
      trainLine('4646740', { right_neural_foraminal_narrowing_l5_s1: 'Severe' }),
      '',
    ].join('\n'),
    coordinates: [
      COORDINATES_HEADER,
      '4003253,702807833,8,Spinal Canal Stenosis,L1/L2,322.8316831683168,227.9645390070922',
      '4003253,702807833,8,Spinal Canal Stenosis,L4/L5,320.57142857142856,295.7142857142857',
      '4003253,1054713880,4,Left Neural Foraminal Narrowing,L5/S1,145.0,0.1',
      '4003253,2448190387,11,Left Subarticular Stenosis,L5/S1,1e-05,300.00000000000006',
      '4646740,3201256954,13,Right Neural Foraminal Narrowing,L5/S1,184.5,312.25',
      '',
    ].join('\n'),
    series: [
      SERIES_HEADER,
      '4003253,702807833,Sagittal T2/STIR',
      '4003253,1054713880,Sagittal T1',
      '4003253,2448190387,Axial T2',
      '4646740,3201256954,Sagittal T1',
      '',
    ].join('\n'),
  };
}
