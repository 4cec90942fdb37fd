import type { SeededRandom } from '../random/SeededRandom';
import { uidFromRandom } from '../random/uidFromRandom';

/** Patient and study attributes shared by every file of a study. */
export interface StudyInfo {
  readonly studyId: string;
  readonly studyInstanceUid: string;
  readonly frameOfReferenceUid: string;
  readonly patientName: string;
  readonly patientId: string;
  readonly patientBirthDate: string;
  readonly patientSex: 'F' | 'M';
  readonly patientAge: string;
  readonly studyDate: string;
  /** HHMMSS of the study start. */
  readonly studyTime: string;
  readonly studySeconds: number;
  readonly accessionNumber: string;
  readonly studyDescription: string;
}

const DAY_MS = 86_400_000;
const EPOCH_2015 = Date.UTC(2015, 0, 1);

/**
 * Draws the study's identity from the seeded generator only (no clock): a study date in
 * 2015–2024, a patient aged 25–85, a morning-to-evening start time. Names say what the data is.
 */
export function sampleStudyInfo(studyId: string, random: SeededRandom): StudyInfo {
  const uids = random.fork('study-uids');
  const studyDay = random.int(0, 3650);
  const ageYears = random.int(25, 85);
  const birthDay = studyDay - ageYears * 365 - random.int(0, 364);
  const seconds = random.int(7 * 3600, 19 * 3600);
  return {
    studyId,
    studyInstanceUid: uidFromRandom(uids),
    frameOfReferenceUid: uidFromRandom(uids),
    patientName: `PHANTOM^${studyId}`,
    patientId: `PH${studyId}`,
    patientBirthDate: dicomDate(birthDay),
    patientSex: random.chance(0.5) ? 'F' : 'M',
    patientAge: `${String(ageYears).padStart(3, '0')}Y`,
    studyDate: dicomDate(studyDay),
    studyTime: dicomTime(seconds),
    studySeconds: seconds,
    accessionNumber: `A${random.int(10_000_000, 99_999_999)}`,
    studyDescription: random.pick(['LUMBAR SPINE', 'MRI L-SPINE WO CONTRAST', 'MR LUMBAR SPINE', 'L-SPINE']),
  };
}

/** DA (YYYYMMDD, PS3.5 §6.2) for a day counted from 2015-01-01 (may be negative). */
export function dicomDate(daysFrom2015: number): string {
  return new Date(EPOCH_2015 + daysFrom2015 * DAY_MS).toISOString().slice(0, 10).replaceAll('-', '');
}

/** TM (HHMMSS) for seconds after midnight. */
export function dicomTime(seconds: number): string {
  const s = Math.floor(seconds) % 86_400;
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = s % 60;
  return `${String(hh).padStart(2, '0')}${String(mm).padStart(2, '0')}${String(ss).padStart(2, '0')}`;
}
