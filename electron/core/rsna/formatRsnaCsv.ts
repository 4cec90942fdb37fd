import { stringify } from 'csv-stringify/sync';
import { conditionInfo, gradeInfo, LOCATIONS, levelInfo, locationKey, seriesRoleInfo } from '../../common/vocabulary';
import type { CoordinateRow, SeriesDescriptionRow, TrainRow } from './RsnaLabels';
import { RSNA_HEADERS } from './rsnaFiles';

/**
 * A float as Python's repr writes it (the competition files were written by pandas): the
 * shortest digits that read back to the same double (JavaScript's toExponential() without an
 * argument gives exactly those, ECMA-262 Number.prototype.toExponential), positional with ".0"
 * on integral values when the decimal exponent is in [-4, 16), else scientific with a signed
 * two-digit exponent ("1e-05", "1.5e+16"), as CPython's float_repr_style 'short' does.
 */
export function formatFloat(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const [mantissa = '0', exponentText = '0'] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  if (exponent >= -4 && exponent < 16) {
    const text = String(value);
    return text.includes('.') ? text : `${text}.0`;
  }
  const sign = exponent < 0 ? '-' : '+';
  return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
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
