import { z } from 'zod';

/**
 * Branded ids (issue 12): a series UID cannot be passed where a study id is expected, though both
 * are plain values at run time. At the contract boundary the schemas accept the plain value (zod's
 * input type is unbranded, so tests and the renderer call with literals) and every result carries
 * the brand; where an id comes out of the store, `asStudyId` (and the others) put it on.
 */
const RowId = z.number().int().positive();
/** DICOM UIDs are at most 64 characters (PS3.5 9.1). */
const Uid = z.string().min(1).max(64);

/** A study of the workspace: `studies.id`. */
export const StudyId = RowId.brand<'StudyId'>();
export type StudyId = z.output<typeof StudyId>;

/** A series of the workspace: `series.id` (the renderer addresses series by row, never by UID). */
export const SeriesId = RowId.brand<'SeriesId'>();
export type SeriesId = z.output<typeof SeriesId>;

/** A model run: `model_runs.id`. */
export const RunId = RowId.brand<'RunId'>();
export type RunId = z.output<typeof RunId>;

/** Study Instance UID (0020,000D). */
export const StudyUid = Uid.brand<'StudyUid'>();
export type StudyUid = z.output<typeof StudyUid>;

/** Series Instance UID (0020,000E). */
export const SeriesUid = Uid.brand<'SeriesUid'>();
export type SeriesUid = z.output<typeof SeriesUid>;

/** SOP Instance UID (0008,0018). */
export const SopInstanceUid = Uid.brand<'SopInstanceUid'>();
export type SopInstanceUid = z.output<typeof SopInstanceUid>;

/**
 * A folder the user chose in a dialog main opened (issue 13): an opaque, unguessable token (a random
 * UUID) that main's FolderGrants maps to the folder's real path and the purpose it was chosen for.
 * The renderer sends it back in place of a path, so it can only name folders the user picked.
 */
export const FolderHandle = z.string().uuid().brand<'FolderHandle'>();
export type FolderHandle = z.output<typeof FolderHandle>;

// The brand casts for values read from the store, which holds them as plain numbers and strings.
export const asStudyId = (id: number): StudyId => id as StudyId;
export const asSeriesId = (id: number): SeriesId => id as SeriesId;
export const asRunId = (id: number): RunId => id as RunId;
export const asStudyUid = (uid: string): StudyUid => uid as StudyUid;
export const asSeriesUid = (uid: string): SeriesUid => uid as SeriesUid;
export const asSopInstanceUid = (uid: string): SopInstanceUid => uid as SopInstanceUid;
export const asFolderHandle = (handle: string): FolderHandle => handle as FolderHandle;
