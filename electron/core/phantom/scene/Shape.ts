import type { Bounds } from './Bounds';
import type { Tissue } from './Tissue';

/**
 * One piece of anatomy: a signed distance field (mm, negative inside) with a tissue. The
 * renderer asks for distances a whole image row at a time (`distances`), so each shape's
 * inner loop stays monomorphic and cheap; `distanceAt` serves point probes and tests.
 */
export interface Shape {
  readonly tissue: Tissue;
  /** 0..1, shifts the tissue's signal (e.g. a degenerated disc's nucleus darkens on T2). */
  readonly variant: number;
  /** Nothing of the shape lies outside this box. */
  readonly bounds: Bounds;
  /** Writes the distance at p0 + i·step for i in [0, count) into out[0..count). */
  distances(x0: number, y0: number, z0: number, dx: number, dy: number, dz: number, count: number, out: Float32Array): void;
  distanceAt(x: number, y: number, z: number): number;
}

/** What every shape shares: tissue, variant, and the point probe written over `distances`. */
export abstract class BaseShape implements Shape {
  private readonly probe = new Float32Array(1);

  constructor(
    readonly tissue: Tissue,
    readonly variant: number,
    readonly bounds: Bounds,
  ) {}

  abstract distances(x0: number, y0: number, z0: number, dx: number, dy: number, dz: number, count: number, out: Float32Array): void;

  distanceAt(x: number, y: number, z: number): number {
    this.distances(x, y, z, 0, 0, 0, 1, this.probe);
    return this.probe[0] as number;
  }
}
