import { stringify } from 'csv-stringify/sync';
import { conditionInfo, gradeInfo, LOCATIONS, levelInfo, locationKey, seriesRoleInfo } from '../../common/vocabulary';
import type { CoordinateRow, SeriesDescriptionRow, TrainRow } from './RsnaLabels';
import { RSNA_HEADERS } from './rsnaFiles';

/**
 * A float as Python's repr writes it (the competition files were written by pandas): the
 * shortest text that reads back to the same double, with ".0" on integral values. JavaScript's
 * Number#toString gives the same shortest digits (ECMA-262 Number::toString).
 */
export function formatFloat(value: number): string {
  return Number.isInteger(value) && Math.abs(value) < 1e16 ? value.toFixed(1) : String(value);
}

function toCsv(header: readonly string[], rows: string[][]): string {
  return stringify([header as string[], ...rows], { record_delimiter: 'unix' });
}

export function formatTrainCsv(rows: readonly TrainRow[]): string {
  return toCsv(
    RSNA_HEADERS.train,
    rows.map((row) => [
      row.studyId,
      ...LOCATIONS.map((location) => {
        const grade = row.grades.get(locationKey(location));
        return grade ? gradeInfo(grade).rsnaName : '';
      }),
    ]),
  );
}

export function formatCoordinatesCsv(rows: readonly CoordinateRow[]): string {
  return toCsv(
    RSNA_HEADERS.coordinates,
    rows.map((row) => [
      row.studyId,
      row.seriesId,
      String(row.instanceNumber),
      conditionInfo(row.condition).rsnaName,
      levelInfo(row.level).rsnaName,
      formatFloat(row.x),
      formatFloat(row.y),
    ]),
  );
}

export function formatSeriesDescriptionsCsv(rows: readonly SeriesDescriptionRow[]): string {
  return toCsv(
    RSNA_HEADERS.seriesDescriptions,
    rows.map((row) => [row.studyId, row.seriesId, seriesRoleInfo(row.role).rsnaName]),
  );
}
