import { describe, expect, it } from 'vitest';
import { dot, sub } from '../../../electron/common/geometry';
import { LEVEL_IDS, locationKey, type ConditionId, type GradeId, type LevelId } from '../../../electron/common/vocabulary';
import { planPhantomStudy } from '../../../phantom/planPhantomStudy';
import { TISSUE } from '../../../phantom/scene/Tissue';
import { labelAt } from '../../../phantom/truth/labelAt';
import { measureLocations } from '../../../phantom/truth/measureLocations';

const SAC = [TISSUE.csf, TISSUE.nerve, TISSUE.cord] as number[];
const FREE = [TISSUE.epiduralFat, TISSUE.nerve] as number[];

describe('phantom anatomy', () => {
  it('stacks L1–S1 downwards with a lordosis: bodies tilt back going up, L3/L4 in front of S1', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const { anatomy } = planPhantomStudy(seed, 0, { pitfalls: 'none' });
      const byName = new Map(anatomy.column.vertebrae.map((v) => [v.params.name as string, v]));
      const get = (name: string) => {
        const v = byName.get(name);
        if (!v) throw new Error(`no ${name}`);
        return v;
      };
      for (const [upper, lower] of [
        ['L1', 'L2'],
        ['L2', 'L3'],
        ['L3', 'L4'],
        ['L4', 'L5'],
        ['L5', 'S1'],
      ] as const) {
        expect(get(upper).frame.origin[2]).toBeGreaterThan(get(lower).frame.origin[2]);
        expect(get(upper).params.tilt).toBeGreaterThan(get(lower).params.tilt);
      }
      // Lumbar lordosis (L1–S1 angle) of a supine adult, and the sacrum behind the apex (LPS +y is posterior).
      const lordosisDeg = ((get('L1').params.tilt - get('S1').params.tilt) * 180) / Math.PI;
      expect(lordosisDeg).toBeGreaterThan(30);
      expect(lordosisDeg).toBeLessThan(60);
      expect(get('S1').frame.origin[1]).toBeGreaterThan(Math.min(get('L3').frame.origin[1], get('L4').frame.origin[1]) + 10);
      expect(anatomy.levels.map((l) => l.level)).toEqual(LEVEL_IDS);
    }
  });

  it('puts each landmark in its tissue: canal centre in the sac, foramina and recesses in fat or nerve, left on the patient left', () => {
    for (const seed of [5, 6, 7]) {
      const { anatomy } = planPhantomStudy(seed, 1, { grades: 'normal_mild', pitfalls: 'none' });
      for (const level of anatomy.levels) {
        expect(SAC).toContain(labelAt(anatomy.shapes, level.canalCentre));
        expect(FREE).toContain(labelAt(anatomy.shapes, level.foramen.left));
        expect(FREE).toContain(labelAt(anatomy.shapes, level.foramen.right));
        expect(level.foramen.left[0]).toBeGreaterThan(level.canalCentre[0] + 10);
        expect(level.foramen.right[0]).toBeLessThan(level.canalCentre[0] - 10);
        expect(level.recess.left[0]).toBeGreaterThan(level.recess.right[0]);
        expect(labelAt(anatomy.shapes, level.discCentre)).toBe(TISSUE.nucleus);
        // The canal lies behind the disc (LPS +y posterior) along the disc's own axes.
        expect(dot(sub(level.canalCentre, level.discCentre), level.disc.frame.v)).toBeGreaterThan(15);
      }
    }
  });

  it('narrows the canal, foramen and recess in proportion to the grade', () => {
    const measure = (grade: GradeId) => measureLocations(planPhantomStudy(21, 2, { grades: grade, pitfalls: 'none' }).anatomy);
    const normal = measure('normal_mild');
    const moderate = measure('moderate');
    const severe = measure('severe');
    const find = (list: ReturnType<typeof measure>, condition: ConditionId, level: LevelId) => {
      const m = list.find((x) => x.condition === condition && x.level === level);
      if (!m) throw new Error('missing measurement');
      return m;
    };
    for (const level of LEVEL_IDS) {
      for (const condition of ['spinal', 'left_foraminal', 'right_foraminal', 'left_subarticular', 'right_subarticular'] as const) {
        const [n, m, s] = [find(normal, condition, level), find(moderate, condition, level), find(severe, condition, level)];
        expect(n.areaMm2, `${condition} ${level} area`).toBeGreaterThan(m.areaMm2);
        expect(m.areaMm2, `${condition} ${level} area`).toBeGreaterThan(s.areaMm2);
      }
      expect(find(normal, 'spinal', level).diameterMm).toBeGreaterThan(find(moderate, 'spinal', level).diameterMm);
      expect(find(moderate, 'spinal', level).diameterMm).toBeGreaterThan(find(severe, 'spinal', level).diameterMm);
    }
  });

  it('separates the grades by their measurements across random studies', () => {
    const byGrade = new Map<string, number[]>();
    for (let index = 0; index < 12; index++) {
      const plan = planPhantomStudy(33, index, { pitfalls: 'none' });
      for (const m of measureLocations(plan.anatomy)) {
        const grade = plan.grades.get(locationKey(m));
        const group = m.condition.includes('foraminal') ? 'foraminal' : m.condition.includes('subarticular') ? 'subarticular' : 'spinal';
        const key = `${group}:${grade}`;
        byGrade.set(key, [...(byGrade.get(key) ?? []), m.areaMm2]);
      }
    }
    const mean = (key: string): number => {
      const values = byGrade.get(key) ?? [];
      return values.length === 0 ? NaN : values.reduce((s, v) => s + v, 0) / values.length;
    };
    for (const group of ['spinal', 'foraminal', 'subarticular']) {
      const n = mean(`${group}:normal_mild`);
      const m = mean(`${group}:moderate`);
      const s = mean(`${group}:severe`);
      expect(n).toBeGreaterThan(m);
      if (!Number.isNaN(s)) expect(m).toBeGreaterThan(s);
    }
  });
});
