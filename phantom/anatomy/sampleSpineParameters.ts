import { LEVEL_IDS, type LevelId } from '../../electron/common/vocabulary';
import type { SeededRandom } from '../random/SeededRandom';
import type { LevelSeverities } from './LevelSeverities';
import { type DiscParameters, type SpineParameters, VERTEBRA_NAMES, type VertebraParameters } from './SpineParameters';

const DEG = Math.PI / 180;

/**
 * Typical adult sizes (mm), T11 … S1, from morphometric studies of the lumbar spine (body
 * height and depth, interpedicular distance, pedicle width growing from L1 to L5): the
 * generator varies each with the patient's size and a little per vertebra.
 */
const TYPICAL = {
  height: [23, 24, 25, 26.5, 27.5, 27.5, 26.5, 25],
  depth: [28, 29, 30, 32, 33, 34, 34, 32],
  width: [36, 38, 41, 43, 46, 48, 50, 48],
  canalWidth: [20, 20.5, 21.5, 22.5, 23.5, 24.5, 26.5, 28],
  canalDepth: [17, 17, 17, 16.5, 16, 16, 16.5, 15],
  pedicleWidth: [7, 7.5, 8, 9, 10, 12, 15, 16],
  pedicleHeight: [15, 15, 15, 15, 15, 14.5, 13.5, 13],
  spinousLength: [26, 28, 30, 31, 31, 29, 24, 14],
  transverseLength: [14, 12, 14, 18, 21, 18, 14, 26],
};
/** Disc heights at the centre, T11/T12 … L5/S1, before degeneration. */
const DISC_HEIGHT = [6, 7, 8, 9, 10, 11, 10];
/** Facet joint angle to the sagittal plane: upper lumbar joints are more sagittal. */
const FACET_ANGLE_DEG = [30, 32, 34, 38, 42, 47, 52];
/** Share of the lumbar lordosis carried by each segment, S1→L5 … L2→L1. */
const LORDOSIS_SHARE = [0.3, 0.25, 0.2, 0.14, 0.11];

export function sampleSpineParameters(random: SeededRandom, severities: LevelSeverities): SpineParameters {
  const size = random.uniform(0.9, 1.1);
  const canalSize = random.uniform(0.92, 1.1);
  // Supine: sacral slope 28–40°, lumbar lordosis (L1–S1) a little larger than the slope, so L1
  // leans back slightly and L3–L4 is the most anterior, as on supine lumbar MR.
  const sacralSlope = random.uniform(28, 40) * DEG;
  const lordosis = sacralSlope + random.uniform(5, 14) * DEG;
  const age = random.uniform(0, 1);
  const scoliosis = random.chance(0.3) ? random.uniform(-4, 4) : 0;

  const tilts: number[] = new Array<number>(VERTEBRA_NAMES.length).fill(0);
  const s1 = VERTEBRA_NAMES.length - 1;
  tilts[s1] = -sacralSlope;
  for (let k = 0; k < LORDOSIS_SHARE.length; k++) {
    tilts[s1 - 1 - k] = (tilts[s1 - k] as number) + lordosis * (LORDOSIS_SHARE[k] as number) * random.uniform(0.8, 1.2);
  }
  // Thoracolumbar junction: the axis keeps turning backwards a little (start of the kyphosis).
  tilts[1] = (tilts[2] as number) + random.uniform(0.5, 3) * DEG;
  tilts[0] = (tilts[1] as number) + random.uniform(0.5, 3) * DEG;

  const vertebrae: VertebraParameters[] = VERTEBRA_NAMES.map((name, i) => {
    const pick = (table: readonly number[], spread: number, scale = size): number => random.jitter((table[i] as number) * scale, spread);
    return {
      name,
      height: pick(TYPICAL.height, 0.05),
      depth: pick(TYPICAL.depth, 0.05),
      width: pick(TYPICAL.width, 0.05),
      canalWidth: pick(TYPICAL.canalWidth, 0.04, canalSize),
      canalDepth: pick(TYPICAL.canalDepth, 0.04, canalSize),
      pedicleWidth: pick(TYPICAL.pedicleWidth, 0.08),
      pedicleHeight: pick(TYPICAL.pedicleHeight, 0.06),
      spinousLength: pick(TYPICAL.spinousLength, 0.1),
      transverseLength: pick(TYPICAL.transverseLength, 0.12),
      tilt: tilts[i] as number,
      lateralShift: scoliosis * Math.sin((Math.PI * i) / (VERTEBRA_NAMES.length - 1)),
    };
  });

  const discs: DiscParameters[] = DISC_HEIGHT.map((baseHeight, i) => {
    const level: LevelId | null = i >= 2 ? (LEVEL_IDS[i - 2] as LevelId) : null;
    const worst = level ? severities.worst(level) : 0;
    // Degeneration follows age and the stenosis at the level (disc height loss and bulging
    // go with central and foraminal narrowing), with some freedom so signal alone is not the grade.
    const degeneration = clamp01(0.1 + 0.25 * age + 0.5 * worst + random.normal(0, 0.1));
    return {
      name: `${VERTEBRA_NAMES[i]}/${VERTEBRA_NAMES[i + 1]}`,
      level,
      height: random.jitter(baseHeight * size, 0.06) * (1 - 0.4 * degeneration),
      degeneration,
      facetAngle: random.jitter(FACET_ANGLE_DEG[i] as number, 0.1) * DEG,
    };
  });

  return {
    vertebrae,
    discs,
    softTissue: {
      torsoWidth: random.uniform(290, 380),
      torsoDepth: random.uniform(220, 310),
      backFat: random.uniform(10, 38),
      sideFat: random.uniform(12, 40),
      paraspinalWidth: random.uniform(26, 34) * size,
      paraspinalDepth: random.uniform(24, 32) * size,
      psoasRadius: random.uniform(16, 24) * size,
      aortaRadius: random.uniform(8, 12),
    },
    l3Centre: [random.uniform(-12, 12), random.uniform(-30, 10), random.uniform(-60, 40)],
    conusLevel: random.uniform(0.1, 0.8),
  };
}

function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}
