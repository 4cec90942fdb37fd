/** A benchmark's figures: names to numbers (or short strings such as a provider name). */
export type BenchResult = Record<string, number | string | boolean | null>;

/** Prints one figure as it is measured. */
export type Report = (label: string, value: number | string, unit?: string, note?: string) => void;

/** Every bench/*.bench.ts exports `run`. */
export interface BenchModule {
  run(report: Report): Promise<BenchResult>;
}
