import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../../../electron/common/geometry';
import { Capsule } from '../../../phantom/scene/Capsule';
import { FramedBox } from '../../../phantom/scene/FramedBox';
import { FramedEllipsoid } from '../../../phantom/scene/FramedEllipsoid';
import { frame, rotateFrameAboutW, toLocal, toPatient } from '../../../phantom/scene/Frame';
import { kidneyDistance, kidneyOutline } from '../../../phantom/scene/kidneyDistance';
import type { Shape } from '../../../phantom/scene/Shape';
import { TISSUE } from '../../../phantom/scene/Tissue';
import { CLAMP_MM, VerticalTube } from '../../../phantom/scene/VerticalTube';
import { SeededRandom } from '../../../phantom/random/SeededRandom';

const tilted = frame([10, -5, 3], [1, 0, 0], [0, Math.cos(0.3), -Math.sin(0.3)]);

/** Row evaluation must agree with point evaluation everywhere. */
function expectRowsMatchPoints(shape: Shape): void {
  const random = new SeededRandom(9);
  const out = new Float32Array(40);
  for (let trial = 0; trial < 20; trial++) {
    const p: Vec3 = [random.uniform(-40, 40), random.uniform(-40, 40), random.uniform(-40, 40)];
    const step: Vec3 = [random.uniform(-1, 1), random.uniform(-1, 1), random.uniform(-1, 1)];
    shape.distances(p[0], p[1], p[2], step[0], step[1], step[2], out.length, out);
    for (let i = 0; i < out.length; i += 7) {
      expect(out[i]).toBeCloseTo(shape.distanceAt(p[0] + i * step[0], p[1] + i * step[1], p[2] + i * step[2]), 3);
    }
  }
}

describe('frames', () => {
  it('are orthonormal and invert', () => {
    const f = rotateFrameAboutW(tilted, 0.7);
    const p: Vec3 = [3, -7, 11];
    const back = toPatient(f, toLocal(f, p));
    back.forEach((v, k) => expect(v).toBeCloseTo(p[k] as number, 9));
    const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    expect(dot(f.u, f.v)).toBeCloseTo(0, 12);
    expect(dot(f.v, f.w)).toBeCloseTo(0, 12);
    expect(dot(f.w, f.w)).toBeCloseTo(1, 12);
  });
});

describe('signed distance shapes', () => {
  it('box: negative inside, zero on the face, positive outside', () => {
    const box = new FramedBox(TISSUE.marrow, tilted, [5, 4, 3], 1);
    expect(box.distanceAt(...toPatient(tilted, [0, 0, 0]))).toBeCloseTo(-3, 6);
    expect(box.distanceAt(...toPatient(tilted, [5, 0, 0]))).toBeCloseTo(0, 6);
    expect(box.distanceAt(...toPatient(tilted, [8, 0, 0]))).toBeCloseTo(3, 6);
    const inset = new FramedBox(TISSUE.marrow, tilted, [5, 4, 3], 1, 0, 1.5);
    expect(inset.distanceAt(...toPatient(tilted, [5, 0, 0]))).toBeCloseTo(1.5, 6);
    expectRowsMatchPoints(box);
  });

  it('ellipsoid: exact on the surface and sign-correct', () => {
    const e = new FramedEllipsoid(TISSUE.nucleus, tilted, [6, 3, 2]);
    expect(e.distanceAt(...toPatient(tilted, [6, 0, 0]))).toBeCloseTo(0, 6);
    expect(e.distanceAt(...toPatient(tilted, [0, 3, 0]))).toBeCloseTo(0, 6);
    expect(e.distanceAt(...toPatient(tilted, [0, 0, 0]))).toBeLessThan(0);
    expect(e.distanceAt(...toPatient(tilted, [0, 0, 3]))).toBeCloseTo(1, 1);
    expectRowsMatchPoints(e);
  });

  it('capsule: distance to a polyline minus its radius', () => {
    const c = new Capsule(
      TISSUE.nerve,
      [
        [0, 0, 0],
        [10, 0, 0],
        [10, 10, 0],
      ],
      [1, 2, 1],
    );
    expect(c.distanceAt(5, 3, 0)).toBeCloseTo(3 - 1.5, 6);
    expect(c.distanceAt(13, 5, 0)).toBeCloseTo(3 - 1.5, 6);
    expect(c.distanceAt(10, 0, 0)).toBeCloseTo(-2, 6);
    expectRowsMatchPoints(c);
  });

  it('vertical tube: follows its knots, clamps far distances, keeps the sign', () => {
    const tube = new VerticalTube(TISSUE.csf, [
      { z: -10, x: 0, y: 0, rx: 8, ry: 6 },
      { z: 10, x: 4, y: 2, rx: 4, ry: 3 },
    ]);
    expect(tube.distanceAt(8, 0, -10)).toBeCloseTo(0, 6);
    expect(tube.distanceAt(2 + 6, 1, 0)).toBeCloseTo(0, 6);
    expect(tube.distanceAt(0, 0, -10)).toBe(-CLAMP_MM);
    expect(tube.distanceAt(60, 0, 0)).toBe(CLAMP_MM);
    expect(tube.distanceAt(0, 0, -13)).toBeCloseTo(3, 6);
    const flat = new VerticalTube(
      TISSUE.subcutaneousFat,
      [
        { z: -10, x: 0, y: 0, rx: 50, ry: 50 },
        { z: 10, x: 0, y: 0, rx: 50, ry: 50 },
      ],
      0,
      20,
    );
    expect(flat.distanceAt(0, 21, 0)).toBeGreaterThan(0);
    expect(flat.distanceAt(0, 19, 0)).toBeLessThan(0);
    expectRowsMatchPoints(tube);
    // Rows at constant height take a faster path: it must agree with the general one.
    const fast = new Float32Array(120);
    const general = new Float32Array(120);
    for (const [y, z, dx, dy] of [
      [1, 0, 0.3, 0.05],
      [-7, 5, 0.25, -0.1],
      [0, -9.5, 0.1, 0.2],
      [30, 3, -0.5, 0],
    ] as const) {
      tube.distances(-20, y, z, dx, dy, 0, fast.length, fast);
      tube.distances(-20, y, z, dx, dy, 1e-12, general.length, general);
      for (let i = 0; i < fast.length; i++) expect(fast[i]).toBeCloseTo(general[i] as number, 4);
    }
    const wall = new VerticalTube(
      TISSUE.retroperitonealFat,
      [
        { z: -10, x: 0, y: 0, rx: 20, ry: 20 },
        { z: 10, x: 0, y: 0, rx: 20, ry: 20 },
      ],
      0,
      Infinity,
      1,
    );
    expect(wall.distanceAt(20, 0, 0)).toBeCloseTo(-0.5, 6);
    expect(wall.distanceAt(10, 0, 0)).toBeGreaterThan(0);
    expect(wall.distanceAt(22, 0, 0)).toBeCloseTo(1.5, 6);
    expectRowsMatchPoints(wall);
    expect(
      () =>
        new VerticalTube(TISSUE.csf, [
          { z: 1, x: 0, y: 0, rx: 1, ry: 1 },
          { z: 1, x: 0, y: 0, rx: 1, ry: 1 },
        ]),
    ).toThrow(/increasing z/);
  });

  it('kidney outline: a flat back hollowed at the midline', () => {
    const k = kidneyOutline(48, 34, 1.5);
    expect(kidneyDistance(0, -k.halfDepth, k)).toBeCloseTo(0, 6);
    expect(kidneyDistance(0, k.posteriorWall - 1.5, k)).toBeCloseTo(0, 1);
    expect(kidneyDistance(0, k.posteriorWall - 0.5, k)).toBeGreaterThan(0);
    expect(kidneyDistance(10, k.posteriorWall - 0.5, k)).toBeLessThan(0);
    expect(k.halfDepth + k.posteriorWall).toBeCloseTo(34, 6);
  });
});

describe('row spans', () => {
  it('never leave out a pixel near the surface, and fill only pixels surely inside', () => {
    const shapes: Shape[] = [
      new VerticalTube(
        TISSUE.subcutaneousFat,
        [
          { z: -50, x: 0, y: 0, rx: 40, ry: 30 },
          { z: 50, x: 5, y: 3, rx: 30, ry: 35 },
        ],
        0,
        20,
      ),
      new FramedBox(TISSUE.marrow, rotateFrameAboutW(tilted, 0.5), [8, 5, 6], 2),
      new FramedEllipsoid(TISSUE.nucleus, tilted, [9, 4, 3]),
    ];
    const pad = 0.6;
    const out = new Float32Array(200);
    for (const shape of shapes) {
      for (let row = -45; row <= 45; row += 3) {
        for (const [dx, dy] of [
          [0.5, 0],
          [0.3, 0.2],
          [0, 0.5],
        ] as const) {
          const x0 = -50 * (dx / 0.5);
          const y0 = row - 50 * (dy / 0.5) * (dx === 0 ? 1 : 0);
          const z0 = row / 3;
          shape.distances(x0, y0, z0, dx, dy, 0, out.length, out);
          const span = { ...shape.rowSpan(x0, y0, z0, dx, dy, 0, out.length, pad) };
          const inner = { ...shape.interiorSpan(x0, y0, z0, dx, dy, 0, out.length, pad) };
          for (let i = 0; i < out.length; i++) {
            if (i < span.lo || i > span.hi) expect(out[i]).toBeGreaterThanOrEqual(pad);
            if (i >= inner.lo && i <= inner.hi) expect(out[i]).toBeLessThanOrEqual(-pad);
          }
        }
      }
    }
  });
});
