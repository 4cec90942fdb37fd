/**
 * The tissue classes the phantom paints. Each maps to a signal per pulse sequence
 * (contrast/tissueSignal.ts); the label maps tests and measurements read use these ids.
 */
export const TISSUE = {
  air: 0,
  subcutaneousFat: 1,
  muscle: 2,
  viscera: 3,
  retroperitonealFat: 4,
  vessel: 5,
  cortex: 6,
  marrow: 7,
  annulus: 8,
  nucleus: 9,
  epiduralFat: 10,
  ligament: 11,
  csf: 12,
  nerve: 13,
  facetFluid: 14,
  cord: 15,
} as const;

export type Tissue = (typeof TISSUE)[keyof typeof TISSUE];

export const TISSUE_COUNT = 16;

export const TISSUE_NAMES: readonly string[] = Object.keys(TISSUE);
