/**
 * The geometry row mapping lives in the store (store/studies/instanceGeometryRow.ts) with the
 * queries that select it; re-exported here for core/checks, which maps its own rows with it
 * until its SQL moves into the store too (issue 12).
 */
export { sliceGeometryOfRow, type InstanceGeometryRow } from '../store/studies/instanceGeometryRow';
