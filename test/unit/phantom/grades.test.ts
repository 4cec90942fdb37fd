import { describe, expect, it } from 'vitest';
import { LOCATIONS, locationKey } from '../../../electron/common/vocabulary';
import { GRADE_THRESHOLDS, LEVEL_LIABILITY, RSNA_GRADE_FREQUENCIES } from '../../../phantom/grades/gradeModel';
import { normalCdf } from '../../../phantom/grades/normalCdf';
import { sampleGrades } from '../../../phantom/grades/sampleGrades';
import { SEVERITY_BANDS, severityFromGrade } from '../../../phantom/grades/severityFromGrade';
import { SeededRandom } from '../../../phantom/random/SeededRandom';

describe('grade model', () => {
  it('computes the normal CDF', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
  });

  it('draws about the RSNA frequencies (77% / 16% / 6%) over many studies', () => {
    const random = new SeededRandom(11);
    const counts = { normal_mild: 0, moderate: 0, severe: 0 };
    const studies = 2000;
    for (let i = 0; i < studies; i++) {
      for (const grade of sampleGrades(random).values()) counts[grade]++;
    }
    const total = studies * 25;
    expect(counts.normal_mild / total).toBeCloseTo(RSNA_GRADE_FREQUENCIES.normal_mild, 1);
    expect(Math.abs(counts.moderate / total - RSNA_GRADE_FREQUENCIES.moderate)).toBeLessThan(0.02);
    expect(Math.abs(counts.severe / total - RSNA_GRADE_FREQUENCIES.severe)).toBeLessThan(0.015);
    expect(GRADE_THRESHOLDS.severe).toBeGreaterThan(GRADE_THRESHOLDS.moderate);
  });

  it('puts more stenosis at L4/L5 than at L1/L2, as in the competition data', () => {
    const random = new SeededRandom(12);
    let l12 = 0;
    let l45 = 0;
    for (let i = 0; i < 1000; i++) {
      const grades = sampleGrades(random);
      if (grades.get(locationKey({ condition: 'spinal', level: 'l1_l2' })) !== 'normal_mild') l12++;
      if (grades.get(locationKey({ condition: 'spinal', level: 'l4_l5' })) !== 'normal_mild') l45++;
    }
    expect(l45).toBeGreaterThan(3 * l12);
    expect(LEVEL_LIABILITY.spinal.length).toBe(5);
  });

  it('applies overrides, all at once or per location', () => {
    const all = sampleGrades(new SeededRandom(1), 'severe');
    expect([...all.values()].every((g) => g === 'severe')).toBe(true);
    expect(all.size).toBe(LOCATIONS.length);
    const key = locationKey({ condition: 'left_foraminal', level: 'l5_s1' });
    const one = sampleGrades(new SeededRandom(1), { [key]: 'moderate' });
    expect(one.get(key)).toBe('moderate');
  });

  it('keeps each grade inside its severity band, the bands apart and ordered', () => {
    const random = new SeededRandom(3);
    for (const grade of ['normal_mild', 'moderate', 'severe'] as const) {
      for (let i = 0; i < 200; i++) {
        const s = severityFromGrade(grade, random);
        expect(s).toBeGreaterThanOrEqual(SEVERITY_BANDS[grade][0]);
        expect(s).toBeLessThanOrEqual(SEVERITY_BANDS[grade][1]);
      }
    }
    expect(SEVERITY_BANDS.normal_mild[1]).toBeLessThan(SEVERITY_BANDS.moderate[0]);
    expect(SEVERITY_BANDS.moderate[1]).toBeLessThan(SEVERITY_BANDS.severe[0]);
  });
});
