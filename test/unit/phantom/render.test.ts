import { describe, expect, it } from 'vitest';
import { addRicianNoise } from '../../../phantom/render/addRicianNoise';
import { autoWindow } from '../../../phantom/render/autoWindow';
import { resampleToStored } from '../../../phantom/render/resampleBilinear';
import { resampledGrid, gridCoordinates } from '../../../phantom/render/RenderGrid';
import { paintShapes } from '../../../phantom/render/paintShapes';
import { FramedBox } from '../../../phantom/scene/FramedBox';
import { frame } from '../../../phantom/scene/Frame';
import { TISSUE } from '../../../phantom/scene/Tissue';
import { SeededRandom } from '../../../phantom/random/SeededRandom';
import { centredGeometry } from '../../../phantom/protocol/roundedGeometry';

describe('resampleToStored', () => {
  it('keeps a constant image constant, rounds and clamps to the stored bits', () => {
    const flat = new Float32Array(16).fill(100.4);
    expect([...resampleToStored(flat, 4, 4, 9, 7, 12)].every((v) => v === 100)).toBe(true);
    const wide = Float32Array.from([-5, 5000, 10, 20]);
    expect([...resampleToStored(wide, 2, 2, 2, 2, 12)]).toEqual([0, 4095, 10, 20]);
  });

  it('interpolates linearly between pixel centres over the same field of view', () => {
    const ramp = Float32Array.from([0, 100]);
    const out = resampleToStored(ramp, 2, 1, 4, 1, 16);
    // Target centres at 0.125, 0.375, 0.625, 0.875 of the field; source centres at 0.25, 0.75.
    expect([...out]).toEqual([0, 25, 75, 100]);
  });
});

describe('render grids', () => {
  it('a coarser grid covers the same field of view as the slice', () => {
    const g = centredGeometry([0, 0, 0], [0, 1, 0], [0, 0, -1], 300, 512);
    const coarse = resampledGrid(g, 300, 300);
    const cornerFine = gridCoordinates(coarse, [g.position[0], g.position[1] - g.columnSpacing / 2, g.position[2] + g.rowSpacing / 2]);
    expect(cornerFine.column).toBeCloseTo(-0.5, 6);
    expect(cornerFine.row).toBeCloseTo(-0.5, 6);
    expect(coarse.pixelSize).toBeCloseTo(1, 6);
  });

  it('paints a shape into its pixels with a soft edge and labels', () => {
    const g = centredGeometry([0, 0, 0], [1, 0, 0], [0, 1, 0], 40, 40);
    const grid = resampledGrid(g, 40, 40);
    const values = new Float32Array(40 * 40);
    const labels = new Uint8Array(40 * 40);
    const box = new FramedBox(TISSUE.marrow, frame([0, 0, 0], [1, 0, 0], [0, 1, 0]), [9.75, 10, 10], 1);
    paintShapes([box], { grid, channels: [{ values, signalOf: () => 0.5 }], labels }, 1);
    expect(values[20 * 40 + 20]).toBeCloseTo(0.5, 6);
    expect(labels[20 * 40 + 20]).toBe(TISSUE.marrow);
    expect(values[20 * 40 + 35]).toBe(0);
    expect(labels[20 * 40 + 35]).toBe(TISSUE.air);
    // Column 29's centre is at x = 9.5, 0.25 mm inside the face at 9.75: α = 0.5 + 0.25/1.
    expect(values[20 * 40 + 29]).toBeCloseTo(0.375, 6);
    expect(values[20 * 40 + 30]).toBe(0);
  });
});

describe('noise and window', () => {
  it('adds Rician noise: Rayleigh background, unbiased bright signal', () => {
    const values = new Float32Array(200000);
    values.fill(0, 0, 100000);
    values.fill(1000, 100000);
    addRicianNoise(values, 20, new SeededRandom(4));
    const mean = (a: number, b: number): number => values.slice(a, b).reduce((s, v) => s + v, 0) / (b - a);
    // Rayleigh mean σ·√(π/2).
    expect(mean(0, 100000)).toBeCloseTo(20 * Math.sqrt(Math.PI / 2), 0);
    expect(Math.abs(mean(100000, 200000) - 1000)).toBeLessThan(1);
  });

  it('sets a window spanning the bright tissue', () => {
    const pixels = new Uint16Array(3000);
    for (let i = 0; i < pixels.length; i++) pixels[i] = i < 1000 ? 5 : 200 + (i % 800);
    const w = autoWindow(pixels, 20);
    expect(w.width).toBeGreaterThan(900);
    expect(w.width).toBeLessThan(1100);
    expect(w.center).toBe(Math.round(w.width / 2));
  });
});
