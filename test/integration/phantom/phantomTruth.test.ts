import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientPoint, patientToPixel, pixelToPatient, type SliceGeometry, type Vec3 } from '../../../electron/common/geometry';
import type { ConditionId, GradeId, LevelId } from '../../../electron/common/vocabulary';
import { readDicomHeader } from '../../../electron/core/dicom/readDicomHeader';
import { generatePhantomStudy } from '../../../phantom/generatePhantomStudy';
import { TISSUE } from '../../../phantom/scene/Tissue';
import { labelAt } from '../../../phantom/truth/labelAt';
import type { StudyTruth, TruthPoint } from '../../../phantom/truth/StudyTruth';
import { readPixels } from '../../support/dicomTools';
import { phantomFixture, type PhantomFixture } from '../../support/phantomFixture';

let fixture: PhantomFixture;
beforeAll(async () => {
  fixture = await phantomFixture(202, 4);
});
afterAll(() => rmSync(fixture.dir, { recursive: true, force: true }));

function fileOf(imagesDir: string, truth: StudyTruth, point: TruthPoint): string {
  return join(imagesDir, truth.studyId, point.seriesId, `${point.instanceNumber}.dcm`);
}

/** The geometry a reader gets from the file's header (what a consumer of the dataset sees). */
function geometryOf(file: string): SliceGeometry {
  const h = readDicomHeader(file);
  if (!h.imagePosition || !h.rowDirection || !h.columnDirection || !h.pixelSpacing) throw new Error(`${file}: no geometry`);
  return {
    position: h.imagePosition,
    rowDirection: h.rowDirection,
    columnDirection: h.columnDirection,
    rowSpacing: h.pixelSpacing[0],
    columnSpacing: h.pixelSpacing[1],
    rows: h.rows,
    columns: h.columns,
  };
}

function find(truth: StudyTruth, condition: ConditionId, level: LevelId): TruthPoint | undefined {
  return truth.points.find((p) => p.condition === condition && p.level === level);
}

describe('ground truth against the written geometry', () => {
  it('puts every point inside its image, on a file that exists, where the header places it', () => {
    let checked = 0;
    for (const truth of fixture.truth) {
      for (const point of truth.points) {
        const file = fileOf(fixture.imagesDir, truth, point);
        expect(existsSync(file), file).toBe(true);
        const g = geometryOf(file);
        expect(point.pixel.x).toBeGreaterThanOrEqual(0);
        expect(point.pixel.y).toBeGreaterThanOrEqual(0);
        expect(point.pixel.x).toBeLessThanOrEqual(g.columns - 1);
        expect(point.pixel.y).toBeLessThanOrEqual(g.rows - 1);
        const p = pixelToPatient(g, point.pixel);
        for (let k = 0; k < 3; k++) expect(Math.abs((p[k] as number) - (point.patient[k] as number))).toBeLessThan(0.01);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('has the right points per series role, and none for a missing series', () => {
    for (const truth of fixture.truth) {
      const role = (p: TruthPoint) => truth.series.find((s) => s.seriesId === p.seriesId)?.role;
      for (const p of truth.points) {
        const expected = p.condition === 'spinal' ? 'sag_t2' : p.condition.endsWith('foraminal') ? 'sag_t1' : 'ax_t2';
        expect(role(p)).toBe(expected);
      }
      if (truth.pitfalls.missingSeries === 'sag_t1') expect(truth.points.some((p) => p.condition.endsWith('foraminal'))).toBe(false);
      const labelled = truth.locations.filter((l) => l.grade !== null).length;
      expect(labelled).toBeGreaterThanOrEqual(23);
      if (truth.pitfalls.axialSkipsL1L2) {
        expect(
          truth.locations
            .filter((l) => l.grade === null)
            .map((l) => `${l.condition}:${l.level}`)
            .sort(),
        ).toEqual(['left_subarticular:l1_l2', 'right_subarticular:l1_l2']);
        expect(find(truth, 'left_subarticular', 'l1_l2')).toBeUndefined();
      }
    }
  });

  it('places left foraminal points on the patient left (LPS +x) of the right ones, the canal between them', () => {
    for (const truth of fixture.truth) {
      for (const level of truth.anatomy.levels) {
        const left = find(truth, 'left_foraminal', level.level);
        const right = find(truth, 'right_foraminal', level.level);
        const spinal = find(truth, 'spinal', level.level);
        if (!left || !right || !spinal) continue;
        const x = (p: TruthPoint) => pixelToPatient(geometryOf(fileOf(fixture.imagesDir, truth, p)), p.pixel)[0];
        expect(x(left)).toBeGreaterThan(x(spinal) + 8);
        expect(x(right)).toBeLessThan(x(spinal) - 8);
        const leftSub = find(truth, 'left_subarticular', level.level);
        const rightSub = find(truth, 'right_subarticular', level.level);
        // Axial images show the patient's left on the image's right.
        if (leftSub && rightSub) expect(leftSub.pixel.x).toBeGreaterThan(rightSub.pixel.x);
      }
    }
  });

  it('puts spinal points inside the thecal sac on the mid-sagittal T2 slice', () => {
    for (const truth of fixture.truth) {
      for (const point of truth.points.filter((p) => p.condition === 'spinal')) {
        const file = fileOf(fixture.imagesDir, truth, point);
        const g = geometryOf(file);
        expect([TISSUE.csf, TISSUE.nerve, TISSUE.cord] as number[]).toContain(
          labelAt(truth.anatomy.shapes, pixelToPatient(g, point.pixel)),
        );
        // On T2 and STIR, CSF is far brighter than vertebral marrow: compare the point's
        // neighbourhood with the body of the vertebra above the disc, on the same image.
        const { pixels, columns } = readPixels(file);
        const mean3 = (x: number, y: number): number => {
          let sum = 0;
          for (let dy = -1; dy <= 1; dy++)
            for (let dx = -1; dx <= 1; dx++) sum += pixels[(Math.round(y) + dy) * columns + Math.round(x) + dx] as number;
          return sum / 9;
        };
        const level = truth.anatomy.levels.find((l) => l.level === point.level);
        const body = patientToPixel(g, patientPoint(...(level?.disc.upper.frame.origin as Vec3))).point;
        const grade = truth.locations.find((l) => l.condition === 'spinal' && l.level === point.level)?.grade;
        const ratio = mean3(point.pixel.x, point.pixel.y) / mean3(body.x, body.y);
        // A narrowed sac is a few mm wide and crowded with roots: partial volume dims its CSF.
        const minimum = grade === 'severe' ? 1.05 : grade === 'moderate' ? 1.25 : 1.5;
        expect(ratio, `${truth.studyId} ${point.level} ${grade}`).toBeGreaterThan(minimum);
        // The mid-sagittal slice: within half a slice spacing of the canal centre.
        const series = truth.series.find((s) => s.seriesId === point.seriesId);
        const spacing = Math.abs(geometryOf(series?.files[0] as string).position[0] - geometryOf(series?.files[1] as string).position[0]);
        expect(Math.abs(point.distanceFromSlice)).toBeLessThanOrEqual(spacing / 2 + 0.01);
      }
    }
  });

  it('puts axial points on the slice nearest their disc, and foraminal points on the slice nearest their foramen', () => {
    let axial = 0;
    for (const truth of fixture.truth) {
      for (const point of truth.points) {
        const series = truth.series.find((s) => s.seriesId === point.seriesId);
        if (!series) throw new Error('unknown series');
        const level = truth.anatomy.levels.find((l) => l.level === point.level);
        if (!level) throw new Error('unknown level');
        const target: Vec3 = point.condition.endsWith('subarticular') ? level.discCentre : point.landmark;
        if (point.condition === 'spinal') continue;
        let best = { instance: -1, distance: Infinity };
        for (const file of series.files) {
          const g = geometryOf(file);
          const { distance } = patientToPixel(g, patientPoint(...target));
          if (point.condition.endsWith('subarticular')) {
            // Only slices of this disc's block: an axial series may hold several discs.
            const inPlane = patientToPixel(g, patientPoint(...level.canalCentre)).point;
            if (inPlane.y < 0 || inPlane.y >= g.rows) continue;
          }
          if (Math.abs(distance) < Math.abs(best.distance)) best = { instance: readDicomHeader(file).instanceNumber ?? -1, distance };
        }
        expect(point.instanceNumber, `${point.condition} ${point.level}`).toBe(best.instance);
        if (point.condition.endsWith('subarticular')) {
          axial++;
          expect(Math.abs(best.distance)).toBeLessThan(3);
        }
      }
    }
    expect(axial).toBeGreaterThan(20);
  });
});

describe('grades reflected in the images', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phantom-grades-'));
  const studies = new Map<GradeId, StudyTruth>();
  beforeAll(() => {
    for (const grade of ['normal_mild', 'moderate', 'severe'] as const) {
      studies.set(grade, generatePhantomStudy(join(dir, grade), 303, 0, { grades: grade, pitfalls: 'none', sagittalT2: 't2' }).truth);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * Mean signal within `radiusMm` of the point, relative to the slice's 99.5th percentile: the
   * share of bright tissue (CSF on T2, fat on T1) the point is surrounded by.
   */
  function relativeSignal(grade: GradeId, point: TruthPoint, radiusMm: number): number {
    const truth = studies.get(grade) as StudyTruth;
    const file = join(dir, grade, truth.studyId, point.seriesId, `${point.instanceNumber}.dcm`);
    const { pixels, columns, rows } = readPixels(file);
    const g = geometryOf(file);
    const sorted = Float64Array.from(pixels).sort();
    const reference = sorted[Math.floor(sorted.length * 0.995)] as number;
    const r = radiusMm / g.columnSpacing;
    let sum = 0;
    let n = 0;
    for (let y = Math.floor(point.pixel.y - r); y <= Math.ceil(point.pixel.y + r); y++) {
      for (let x = Math.floor(point.pixel.x - r); x <= Math.ceil(point.pixel.x + r); x++) {
        if (x < 0 || y < 0 || x >= columns || y >= rows || (x - point.pixel.x) ** 2 + (y - point.pixel.y) ** 2 > r * r) continue;
        sum += pixels[y * columns + x] as number;
        n++;
      }
    }
    return sum / n / reference;
  }

  it('darkens around each point as the grade rises: less CSF in the canal, less fat in the foramen and the recess', () => {
    const cases: [ConditionId, number][] = [
      ['spinal', 5],
      ['left_foraminal', 6],
      ['right_foraminal', 6],
      ['left_subarticular', 4],
      ['right_subarticular', 4],
    ];
    for (const [condition, radius] of cases) {
      for (const level of ['l1_l2', 'l2_l3', 'l3_l4', 'l4_l5', 'l5_s1'] as const) {
        const areas = (['normal_mild', 'moderate', 'severe'] as const).map((grade) => {
          const point = find(studies.get(grade) as StudyTruth, condition, level);
          if (!point) throw new Error(`no ${condition} ${level} point`);
          return relativeSignal(grade, point, radius);
        });
        expect(areas[0], `${condition} ${level} normal vs moderate: ${areas.map((a) => a.toFixed(3)).join(' ')}`).toBeGreaterThan(
          areas[1] as number,
        );
        expect(areas[1], `${condition} ${level} moderate vs severe: ${areas.map((a) => a.toFixed(3)).join(' ')}`).toBeGreaterThan(
          areas[2] as number,
        );
      }
    }
  });
});
