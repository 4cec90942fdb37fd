import type { PulseSequence } from '../contrast/PulseSequence';
import type { SeededRandom } from '../random/SeededRandom';

/** The MR acquisition attributes of a series (PS3.3 C.8.3.1 MR Image Module and friends). */
export interface AcquisitionProtocol {
  readonly repetitionTime: number;
  readonly echoTime: number;
  /** Only for STIR (inversion recovery). */
  readonly inversionTime: number | null;
  readonly echoTrainLength: number;
  readonly flipAngle: number;
  readonly sliceThickness: number;
  readonly spacingBetweenSlices: number;
  readonly fieldStrength: 1.5 | 3;
  readonly pixelBandwidth: number;
  readonly numberOfAverages: number;
  /** (0018,0020) ScanningSequence and (0018,0021) SequenceVariant, multi-valued. */
  readonly scanningSequence: readonly string[];
  readonly sequenceVariant: readonly string[];
  readonly scanOptions: readonly string[];
  readonly sequenceName: string;
  /** Frequency × phase encoding steps actually acquired. */
  readonly acquisitionMatrix: readonly [number, number];
}

/**
 * Draws a realistic protocol for a lumbar spine series: T1 and T2 turbo spin echo with the
 * usual TR/TE ranges at 1.5 or 3 T, STIR with its inversion time nulling fat, 3–4 mm slices.
 */
export function sampleAcquisitionProtocol(
  sequence: PulseSequence,
  plane: 'sagittal' | 'axial',
  fieldStrength: 1.5 | 3,
  random: SeededRandom,
): AcquisitionProtocol {
  const thickness = random.pick(plane === 'sagittal' ? [3, 3.5, 4, 4, 4] : [3.5, 4, 4, 4.5]);
  const gap = random.pick([0.3, 0.4, 0.5, 0.8, 1]);
  const common = {
    sliceThickness: thickness,
    spacingBetweenSlices: Math.round((thickness + gap) * 10) / 10,
    fieldStrength,
    pixelBandwidth: Math.round(random.uniform(130, 300)),
    numberOfAverages: random.pick([1, 1, 2, 2, 3]),
    acquisitionMatrix: [random.pick([256, 288, 320, 384]), random.pick([192, 224, 256, 288])] as const,
  };
  if (sequence === 't1') {
    return {
      ...common,
      repetitionTime: Math.round(random.uniform(400, 750)),
      echoTime: Math.round(random.uniform(8, 14) * 10) / 10,
      inversionTime: null,
      echoTrainLength: random.int(3, 5),
      flipAngle: random.pick([90, 150, 160]),
      scanningSequence: ['SE'],
      sequenceVariant: ['SK', 'SP'],
      scanOptions: ['SP'],
      sequenceName: '*tse2d1_3',
    };
  }
  if (sequence === 'stir') {
    return {
      ...common,
      repetitionTime: Math.round(random.uniform(3500, 5500)),
      echoTime: Math.round(random.uniform(40, 70)),
      inversionTime: fieldStrength === 3 ? Math.round(random.uniform(210, 230)) : Math.round(random.uniform(140, 160)),
      echoTrainLength: random.int(9, 17),
      flipAngle: random.pick([90, 150]),
      scanningSequence: ['SE', 'IR'],
      sequenceVariant: ['SK', 'SP', 'MP'],
      scanOptions: ['SP'],
      sequenceName: '*tir2d1_13',
    };
  }
  return {
    ...common,
    repetitionTime: Math.round(random.uniform(2500, 5000)),
    echoTime: Math.round(random.uniform(85, 120)),
    inversionTime: null,
    echoTrainLength: random.int(15, 27),
    flipAngle: random.pick([90, 150, 160]),
    scanningSequence: ['SE'],
    sequenceVariant: ['SK', 'SP'],
    scanOptions: ['SP'],
    sequenceName: '*tse2d1_19',
  };
}
