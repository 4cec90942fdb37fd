import { type LevelId, LEVEL_IDS, type SeriesRole } from '../../electron/common/vocabulary';
import type { SpineAnatomy } from '../anatomy/SpineAnatomy';
import type { PulseSequence } from '../contrast/PulseSequence';
import type { SeededRandom } from '../random/SeededRandom';
import { uidFromRandom } from '../random/uidFromRandom';
import { sampleAcquisitionProtocol, type AcquisitionProtocol } from './AcquisitionProtocol';
import { instanceNumbering, type InstanceOrder } from './instanceNumbering';
import { planAxialBlock } from './planAxialBlock';
import { planSagittalStack, type SagittalStackOptions } from './planSagittalStack';
import { SERIES_DESCRIPTIONS } from './seriesDescriptions';
import type { SeriesPlan, SlicePlan } from './SeriesPlan';
import type { StudyPitfalls } from './StudyPitfalls';

/** Display matrices seen across sites, 256 … 640 (issue 3), weighted towards 512. */
const SAGITTAL_MATRICES = [256, 320, 384, 448, 512, 512, 512, 576, 640] as const;
const AXIAL_MATRICES = [256, 320, 320, 384, 448, 512, 512] as const;
/** Acquisition resolution the anatomy is rendered at before interpolation, mm. */
const SAGITTAL_RENDER_MM = 1.0;
const AXIAL_RENDER_MM = 0.7;

export interface StudyIds {
  /** Draws a unique RSNA series_id for series `k` of the study. */
  seriesId(k: number): string;
}

/**
 * Plans every series of a study: a sagittal T1 and a sagittal T2 (or STIR) stack of 15–19
 * slices centred on the canal, usually sharing one prescription as scanners do, and one to
 * three axial T2 series made of blocks angled along each disc. Applies the study's pitfalls.
 */
export function planStudySeries(
  anatomy: SpineAnatomy,
  pitfalls: StudyPitfalls,
  ids: StudyIds,
  random: SeededRandom,
  sagittalT2?: 't2' | 'stir',
): SeriesPlan[] {
  const uids = random.fork('uids');
  const fieldStrength = random.chance(0.55) ? 1.5 : 3;
  const l3 = anatomy.column.vertebrae.find((v) => v.params.name === 'L3');
  if (!l3) throw new Error('the column has no L3');
  const drawnT2: PulseSequence = random.chance(0.12) ? 'stir' : 't2';
  const t2Sequence: PulseSequence = sagittalT2 ?? drawnT2;

  const sagittal = (
    sequence: PulseSequence,
    shared: SagittalStackOptions | null,
  ): { options: SagittalStackOptions; protocol: AcquisitionProtocol } => {
    const protocol = sampleAcquisitionProtocol(sequence, 'sagittal', fieldStrength, random);
    if (shared)
      return {
        options: { ...shared, matrix: random.chance(0.8) ? shared.matrix : random.pick(SAGITTAL_MATRICES) },
        protocol: { ...protocol, sliceThickness: round1(shared.spacing - 0.5), spacingBetweenSlices: shared.spacing },
      };
    const spacing = Math.max(3.6, protocol.spacingBetweenSlices);
    const fov = random.uniform(260, 320);
    // The skin of the back a little inside the field's posterior edge, the spine kept near the
    // middle (technologists centre on the spine).
    const l3y = l3.frame.origin[1];
    const centreY = Math.min(l3y + 35, Math.max(l3y - 15, anatomy.skinBack + random.uniform(10, 40) - fov / 2));
    return {
      options: {
        centre: [anatomy.midlineX + random.normal(0, 1.5), centreY, l3.frame.origin[2] + random.uniform(-25, 5)],
        yaw: random.chance(0.3) ? random.normal(0, 0.03) : 0,
        sliceCount: random.int(15, 19),
        spacing,
        fov,
        matrix: random.pick(SAGITTAL_MATRICES),
      },
      protocol: { ...protocol, spacingBetweenSlices: spacing, sliceThickness: round1(Math.min(protocol.sliceThickness, spacing - 0.2)) },
    };
  };

  const t1 = sagittal('t1', null);
  const sharePrescription = random.chance(0.75);
  const t2 = sagittal(t2Sequence, sharePrescription ? t1.options : null);
  if (pitfalls.matrixChange) {
    const target = random.chance(0.5) ? t1 : t2;
    const other = SAGITTAL_MATRICES.filter((m) => m !== target.options.matrix);
    target.options = {
      ...target.options,
      matrixChange: { fromIndex: Math.floor(target.options.sliceCount / 2), matrix: random.pick(other) },
    };
  }

  type Draft = Omit<SeriesPlan, 'seriesNumber' | 'seriesId' | 'slices' | 'omitSliceThickness'> & {
    geometries: { geometry: SlicePlan['geometry']; level: LevelId | null; offset: number }[];
  };
  const drafts: Draft[] = [];
  const sagittalDraft = (role: SeriesRole, sequence: PulseSequence, plan: typeof t1, group: string): Draft => ({
    role,
    sequence,
    seriesInstanceUid: uidFromRandom(uids),
    description: random.pick(SERIES_DESCRIPTIONS[`${role}:${sequence}`]),
    protocol: plan.protocol,
    geometries: planSagittalStack(plan.options).map((geometry) => ({ geometry, level: null, offset: 0 })),
    renderSpacing: Math.max(SAGITTAL_RENDER_MM, plan.options.fov / plan.options.matrix),
    renderGroup: group,
    levels: [],
    ...signalSettings(sequence, random),
  });
  drafts.push(sagittalDraft('sag_t1', 't1', t1, 'sag-a'));
  drafts.push(sagittalDraft('sag_t2', t2Sequence, t2, sharePrescription && !pitfalls.matrixChange ? 'sag-a' : 'sag-b'));

  const covered = LEVEL_IDS.filter((level) => !(pitfalls.axialSkipsL1L2 && level === 'l1_l2'));
  for (const levels of splitLevels(covered, pitfalls.axialSeriesCount, random)) {
    const protocol = sampleAcquisitionProtocol('t2', 'axial', fieldStrength, random);
    const fov = random.uniform(160, 220);
    const matrix = random.pick(AXIAL_MATRICES);
    const sliceCount = random.int(3, 5);
    const geometries = levels.flatMap((level) => {
      const landmarks = anatomy.levels.find((l) => l.level === level);
      if (!landmarks) throw new Error(`no landmarks for ${level}`);
      const tilt = random.normal(0, 0.035);
      const n = landmarks.discNormal;
      const normal: [number, number, number] = [
        0,
        n[1] * Math.cos(tilt) + n[2] * Math.sin(tilt),
        n[2] * Math.cos(tilt) - n[1] * Math.sin(tilt),
      ];
      return planAxialBlock({
        discCentre: landmarks.discCentre,
        normal,
        posteriorShift: random.uniform(18, 35),
        lateralShift: random.normal(0, 3),
        sliceCount,
        spacing: protocol.spacingBetweenSlices,
        fov,
        matrix,
      }).map((b) => ({ geometry: b.geometry, level, offset: b.offset }));
    });
    drafts.push({
      role: 'ax_t2',
      sequence: 't2',
      seriesInstanceUid: uidFromRandom(uids),
      description: random.pick(SERIES_DESCRIPTIONS['ax_t2:t2']),
      protocol,
      geometries,
      renderSpacing: Math.max(AXIAL_RENDER_MM, fov / matrix),
      renderGroup: `ax-${drafts.length}`,
      levels,
      ...signalSettings('t2', random),
    });
  }

  const kept = drafts.filter((d) => d.role !== pitfalls.missingSeries);
  const shuffledIndex = pitfalls.shuffledInstances ? random.int(0, kept.length - 1) : -1;
  const thicknessIndex = pitfalls.missingSliceThickness ? random.int(0, kept.length - 1) : -1;
  const firstSeriesNumber = random.pick([2, 3, 4]);
  const axialFirstSag = random.chance(0.15);
  const ordered = axialFirstSag ? [...kept.filter((d) => d.role === 'ax_t2'), ...kept.filter((d) => d.role !== 'ax_t2')] : kept;
  let nextInstance = 1;
  return ordered.map((draft, k) => {
    const order: InstanceOrder =
      kept.indexOf(draft) === shuffledIndex
        ? 'shuffled'
        : draft.role === 'ax_t2'
          ? random.chance(0.75)
            ? 'ascending'
            : 'descending'
          : random.chance(0.5)
            ? 'ascending'
            : 'descending';
    const continueNumbering = draft.role === 'ax_t2' && random.chance(0.2);
    const first = continueNumbering ? nextInstance : 1;
    const numbers = instanceNumbering(draft.geometries.length, order, first, random);
    nextInstance = first + draft.geometries.length;
    const slices: SlicePlan[] = draft.geometries.map((g, i) => ({
      geometry: g.geometry,
      instanceNumber: numbers[i] as number,
      sopInstanceUid: uidFromRandom(uids),
      level: g.level,
      offsetFromDisc: g.offset,
    }));
    const { geometries: _geometries, ...rest } = draft;
    return {
      ...rest,
      seriesNumber: firstSeriesNumber + k,
      seriesId: ids.seriesId(k),
      slices,
      omitSliceThickness: kept.indexOf(draft) === thicknessIndex,
    };
  });
}

/** Splits covered levels into `count` contiguous runs (several axial series covering different levels). */
function splitLevels(levels: readonly LevelId[], count: number, random: SeededRandom): LevelId[][] {
  if (count <= 1 || levels.length < count) return [[...levels]];
  const cuts = new Set<number>();
  while (cuts.size < count - 1) cuts.add(random.int(1, levels.length - 1));
  const sorted = [...cuts].sort((a, b) => a - b);
  const runs: LevelId[][] = [];
  let start = 0;
  for (const cut of [...sorted, levels.length]) {
    runs.push(levels.slice(start, cut));
    start = cut;
  }
  return runs;
}

function signalSettings(sequence: PulseSequence, random: SeededRandom): Pick<SeriesPlan, 'signalScale' | 'bitsStored' | 'noiseFraction'> {
  const bitsStored = random.chance(0.7) ? 12 : 16;
  const signalScale = bitsStored === 12 ? random.uniform(900, 2400) : random.uniform(2500, 12000);
  const noiseFraction = sequence === 'stir' ? random.uniform(0.025, 0.05) : random.uniform(0.014, 0.034);
  return { signalScale, bitsStored, noiseFraction };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
