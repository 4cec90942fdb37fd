/** The three series roles of the lumbar protocol and their RSNA descriptions. */
export const SERIES_ROLES = [
  { id: 'sag_t1', rsnaName: 'Sagittal T1', short: 'T1', plane: 'sagittal' },
  { id: 'sag_t2', rsnaName: 'Sagittal T2/STIR', short: 'T2', plane: 'sagittal' },
  { id: 'ax_t2', rsnaName: 'Axial T2', short: 'AX', plane: 'axial' },
] as const;

export type SeriesRoleInfo = (typeof SERIES_ROLES)[number];
export type SeriesRole = SeriesRoleInfo['id'];

const byId = new Map<string, SeriesRoleInfo>(SERIES_ROLES.map((r) => [r.id, r]));
const byRsnaName = new Map<string, SeriesRoleInfo>(SERIES_ROLES.map((r) => [r.rsnaName, r]));

export function seriesRoleInfo(id: SeriesRole): SeriesRoleInfo {
  const info = byId.get(id);
  if (!info) throw new Error(`unknown series role "${id}"`);
  return info;
}

/** Exact match on train_series_descriptions.csv values. */
export function seriesRoleFromRsnaName(name: string): SeriesRoleInfo | undefined {
  return byRsnaName.get(name);
}

export function isSeriesRole(value: string): value is SeriesRole {
  return byId.has(value);
}
