import type { Statement } from 'better-sqlite3';
import { isConditionId, isGradeId, isLevelId, isSeriesRole, locationKey, type GradeId } from '../../../common/vocabulary';
import type { CheckedPoint, LabelCheckInput } from '../../checks/LabelCheckInput';
import { sliceGeometryOfRow, type InstanceGeometryRow } from '../studies/instanceGeometryRow';
import type { WorkspaceDb } from '../WorkspaceDb';

const POINTS_SQL = `
SELECT p.id, p.condition, p.level, p.series_id, se.role, se.instance_count, p.instance_number, p.x, p.y,
  i.id AS instance_id, i.rows, i.columns, i.ipp_x, i.ipp_y, i.ipp_z, i.row_x, i.row_y, i.row_z, i.col_x, i.col_y, i.col_z, i.spacing_row, i.spacing_col
FROM points p
JOIN series se ON se.id = p.series_id
LEFT JOIN instances i ON i.id = (SELECT id FROM instances WHERE series_id = p.series_id AND instance_number = p.instance_number ORDER BY id LIMIT 1)
WHERE p.study_id = ? AND p.deleted = 0
ORDER BY p.id`;

interface PointRow extends InstanceGeometryRow {
  id: number;
  condition: string;
  level: string;
  series_id: number;
  role: string | null;
  instance_count: number;
  instance_number: number;
  x: number;
  y: number;
  instance_id: number | null;
}

const CENTRE_SQL = `
SELECT avg(ipp_x + row_x * spacing_col * (columns - 1) / 2.0 + col_x * spacing_row * (rows - 1) / 2.0)
FROM instances WHERE series_id = ? AND ipp_x IS NOT NULL AND row_x IS NOT NULL AND spacing_col IS NOT NULL`;

interface Statements {
  readonly grades: Statement;
  readonly points: Statement;
  readonly centre: Statement;
}

/** Prepared once per connection: preparing costs more than running these small queries. */
const prepared = new WeakMap<WorkspaceDb, Statements>();

function statements(db: WorkspaceDb): Statements {
  let found = prepared.get(db);
  if (!found) {
    found = {
      grades: db.prepare('SELECT condition, level, grade FROM grades WHERE study_id = ? AND grade IS NOT NULL').raw(),
      points: db.prepare(POINTS_SQL),
      centre: db.prepare(CENTRE_SQL).pluck(),
    };
    prepared.set(db, found);
  }
  return found;
}

/** Reads one study's current labels with the geometry of the instances its points sit on. */
export function loadLabelCheckInput(db: WorkspaceDb, studyId: number): LabelCheckInput {
  const sql = statements(db);
  const grades = new Map<string, GradeId>();
  const gradeRows = sql.grades.all(studyId) as [string, string, string][];
  for (const [condition, level, grade] of gradeRows) {
    if (isConditionId(condition) && isLevelId(level) && isGradeId(grade)) grades.set(locationKey({ condition, level }), grade);
  }
  const points: CheckedPoint[] = [];
  for (const r of sql.points.all(studyId) as PointRow[]) {
    if (!isConditionId(r.condition) || !isLevelId(r.level)) continue;
    points.push({
      id: r.id,
      condition: r.condition,
      level: r.level,
      seriesId: r.series_id,
      seriesRole: r.role !== null && isSeriesRole(r.role) ? r.role : null,
      seriesInstances: r.instance_count,
      instanceNumber: r.instance_number,
      instanceFound: r.instance_id !== null,
      geometry: sliceGeometryOfRow(r),
      x: r.x,
      y: r.y,
    });
  }
  const centres = new Map<number, number | null>();
  return {
    grades,
    points,
    seriesCentreX: (seriesId) => {
      if (!centres.has(seriesId)) centres.set(seriesId, (sql.centre.get(seriesId) as number | null) ?? null);
      return centres.get(seriesId) ?? null;
    },
  };
}
