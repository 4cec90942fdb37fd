import type { PlaneOrientation } from '../geometry/sliceGeometry';
import { seriesRoleFromRsnaName, type SeriesRole } from './seriesRoles';

export type RoleSource = 'rsna_csv' | 'description' | 'orientation';

export interface RoleEvidence {
  readonly rsnaDescription: string | null;
  readonly seriesDescription: string | null;
  readonly orientation: PlaneOrientation | null;
  /** Milliseconds, (0018,0080). */
  readonly repetitionTime: number | null;
  /** Milliseconds, (0018,0081). */
  readonly echoTime: number | null;
  /** Milliseconds, (0018,0082): present on inversion-recovery (STIR) sequences. */
  readonly inversionTime: number | null;
}

export interface RoleDecision {
  readonly role: SeriesRole | null;
  readonly source: RoleSource | null;
}

/**
 * The series role, in the order of trust the product asks for: the RSNA series CSV, else the
 * DICOM SeriesDescription, else the slice orientation (with TR/TE/TI telling T1 from T2/STIR
 * on a sagittal stack: T1 has short TR and TE, T2 a long TE, STIR an inversion time).
 */
export function classifySeriesRole(evidence: RoleEvidence): RoleDecision {
  if (evidence.rsnaDescription) {
    const role = seriesRoleFromRsnaName(evidence.rsnaDescription);
    if (role) return { role: role.id, source: 'rsna_csv' };
  }
  const fromDescription = roleFromDescription(evidence.seriesDescription);
  if (fromDescription) return { role: fromDescription, source: 'description' };
  const fromOrientation = roleFromOrientation(evidence);
  if (fromOrientation) return { role: fromOrientation, source: 'orientation' };
  return { role: null, source: null };
}

function roleFromDescription(description: string | null): SeriesRole | null {
  if (!description) return null;
  const exact = seriesRoleFromRsnaName(description.trim());
  if (exact) return exact.id;
  const text = description.toLowerCase();
  const sagittal = /\bsag|sagittal/.test(text);
  const axial = /\bax|axial|\btra\b|transverse/.test(text);
  const t1 = /t1/.test(text);
  const t2 = /t2|stir|tirm/.test(text);
  if (sagittal && t1 && !t2) return 'sag_t1';
  if (sagittal && t2) return 'sag_t2';
  if (axial && t2) return 'ax_t2';
  return null;
}

function roleFromOrientation(evidence: RoleEvidence): SeriesRole | null {
  if (evidence.orientation === 'axial') return 'ax_t2';
  if (evidence.orientation !== 'sagittal') return null;
  if (evidence.inversionTime !== null && evidence.inversionTime > 0) return 'sag_t2';
  const { repetitionTime: tr, echoTime: te } = evidence;
  if (te !== null && te >= 60) return 'sag_t2';
  if (tr !== null && te !== null && tr < 1000 && te < 30) return 'sag_t1';
  return null;
}
