import type { SeededRandom } from '../random/SeededRandom';
import type { RenderGrid } from './RenderGrid';

/**
 * A smooth multiplicative intensity inhomogeneity, as a receive coil array gives: the spine
 * coil lies under the patient's back, so signal is highest at the back and falls off towards
 * the abdomen, with a gentle random tilt across the field on top.
 */
export class BiasField {
  private readonly falloff: number;
  private readonly depthGain: number;
  private readonly tilt: readonly [number, number, number];
  private readonly scale: number;

  constructor(
    private readonly coilY: number,
    private readonly centre: readonly [number, number, number],
    random: SeededRandom,
  ) {
    this.falloff = random.uniform(90, 160);
    this.depthGain = random.uniform(0.35, 0.8);
    this.tilt = [random.uniform(-0.12, 0.12), random.uniform(-0.05, 0.05), random.uniform(-0.1, 0.1)];
    this.scale = 1;
    // Normalise so the gain is 1 at `centre` (the spinal canal): the series' brightness is set elsewhere.
    this.scale = 1 / this.at(centre[0], centre[1], centre[2]);
  }

  /** The gain at a patient point: 1 at the centre, higher towards the coil, lower away from it. */
  at(x: number, y: number, z: number): number {
    const depth = Math.max(0, this.coilY - y);
    const coil = 1 - this.depthGain + this.depthGain * Math.exp(-depth / this.falloff);
    const [cx, cy, cz] = this.centre;
    const tilt = 1 + this.tilt[0] * ((x - cx) / 100) + this.tilt[1] * ((y - cy) / 100) + this.tilt[2] * ((z - cz) / 150);
    return coil * tilt * this.scale;
  }

  /** Multiplies every pixel by the field and by `scale` (the series' signal scale). */
  apply(grid: RenderGrid, values: Float32Array, scale = 1): void {
    const { origin, columnStep: cs, rowStep: rs } = grid;
    // The field is smooth: evaluate it every 8 pixels along a row and interpolate linearly.
    const step = 8;
    for (let j = 0; j < grid.rows; j++) {
      const x0 = origin[0] + j * rs[0];
      const y0 = origin[1] + j * rs[1];
      const z0 = origin[2] + j * rs[2];
      let previous = this.at(x0, y0, z0) * scale;
      for (let i0 = 0; i0 < grid.columns; i0 += step) {
        const i1 = Math.min(grid.columns - 1, i0 + step);
        const next = this.at(x0 + i1 * cs[0], y0 + i1 * cs[1], z0 + i1 * cs[2]) * scale;
        const span = Math.max(1, i1 - i0);
        const end = i1 === grid.columns - 1 ? i1 + 1 : i1;
        for (let i = i0; i < end; i++) {
          const index = j * grid.columns + i;
          values[index] = (values[index] as number) * (previous + ((next - previous) * (i - i0)) / span);
        }
        previous = next;
      }
    }
  }
}
