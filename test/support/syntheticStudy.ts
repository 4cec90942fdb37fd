import type { SliceGeometry } from '../../electron/common/geometry';
import { LEVELS, type LevelId, type SeriesRole } from '../../electron/common/vocabulary';
import type { SeriesInput, SliceInput, SlicePixels, SliceSource, StudyInput } from '../../electron/core/inference/pipeline/StudyInput';

/**
 * A synthetic lumbar study for the pipeline tests, read by the blob detectors and the mean grader
 * of make_known_graphs.py. Every structure is an 8×8 bright square aligned to the detectors'
 * stride-8 cells (value 1000 on a background of 0), so a detection lands exactly on its centre;
 * each square sits in a dim 32×32 halo whose value encodes a grade for the mean grader (halos stay
 * under the 0.25 detection threshold). 256×256 slices, 1 mm pixels.
 *
 * Anatomy (LPS mm): disc levels at z = 112, 64, 8, −40, −96 (image rows 28, 76, 132, 180, 236 on
 * the sagittal slices, one in each of the blob detectors' five level bands); the canal at x = 0,
 * y = 14; foramina at x = ±20, y = −2; subarticular recesses at x = ±20 beside the canal (halos apart).
 * Sagittal slices at x = −32 … 32 every 4 mm (17); axial slices at each disc and 4 mm above and
 * below (15).
 */
export const LEVEL_ROWS = [28, 76, 132, 180, 236] as const;
export const SAG_TOP_Z = 140;
export const SAG_FRONT_Y = -118;
export const CANAL_COLUMN = 132; // y = SAG_FRONT_Y + 132 = 14
export const FORAMEN_COLUMN = 116; // y = −2
export const FORAMEN_X = 20;
export const RECESS_X = 20;
export const BRIGHT = 1000;

export const levelZ = (level: number): number => SAG_TOP_Z - (LEVEL_ROWS[level] as number);

export interface SyntheticOptions {
  /** Halo value (0 … 240, of BRIGHT = 1000) per condition and level, default 0. */
  readonly halo?: (condition: string, level: LevelId) => number;
  readonly omit?: readonly SeriesRole[];
  /** Spinal levels not drawn on the midline slice (x = 0), only on its neighbours. */
  readonly offMidline?: readonly LevelId[];
  /** Axial slices per disc, 4 mm apart around it (default 3: 15 axial slices; RSNA has ~30). */
  readonly axialPerLevel?: number;
}

interface Square {
  readonly column: number;
  readonly row: number;
  readonly halo: number;
}

export interface SyntheticStudy {
  readonly input: StudyInput;
  readonly source: SliceSource;
  /** Slices decoded so far, by instance id (to check what the targeted strategy read). */
  readonly decoded: Set<number>;
}

const SIZE = 256;

export function syntheticStudy(studyId = 1, options: SyntheticOptions = {}): SyntheticStudy {
  const halo = options.halo ?? (() => 0);
  const squares = new Map<number, Square[]>();
  const series: SeriesInput[] = [];
  let nextInstance = studyId * 1000;

  const sagittal = (seriesId: number, role: SeriesRole, squaresAt: (x: number) => Square[]): SeriesInput => {
    const slices: SliceInput[] = [];
    for (let x = -32; x <= 32; x += 4) {
      const id = nextInstance++;
      // Rows run along +y (posterior), columns down −z: normal (−1, 0, 0), as RSNA sagittal stacks.
      const geometry: SliceGeometry = {
        position: [x, SAG_FRONT_Y, SAG_TOP_Z],
        rowDirection: [0, 1, 0],
        columnDirection: [0, 0, -1],
        rowSpacing: 1,
        columnSpacing: 1,
        rows: SIZE,
        columns: SIZE,
      };
      slices.push(slice(id, geometry));
      squares.set(id, squaresAt(x));
    }
    // Spatial order: position along the normal (−x), then instance number.
    slices.sort((a, b) => -a.geometry!.position[0] - -b.geometry!.position[0]);
    return { seriesId, seriesKey: String(seriesId), role, description: role, slices };
  };

  if (!options.omit?.includes('sag_t2')) {
    series.push(
      sagittal(studyId * 10 + 1, 'sag_t2', (x) =>
        Math.abs(x) <= 4
          ? LEVELS.flatMap((l, i) =>
              x === 0 && options.offMidline?.includes(l.id)
                ? []
                : [{ column: CANAL_COLUMN, row: LEVEL_ROWS[i] as number, halo: halo('spinal', l.id) }],
            )
          : [],
      ),
    );
  }
  if (!options.omit?.includes('sag_t1')) {
    series.push(
      sagittal(studyId * 10 + 2, 'sag_t1', (x) =>
        Math.abs(Math.abs(x) - FORAMEN_X) < 1
          ? LEVELS.map((l, i) => ({
              column: FORAMEN_COLUMN,
              row: LEVEL_ROWS[i] as number,
              halo: halo(x > 0 ? 'left_foraminal' : 'right_foraminal', l.id),
            }))
          : [],
      ),
    );
  }
  if (!options.omit?.includes('ax_t2')) {
    const slices: SliceInput[] = [];
    const offsets = Array.from({ length: options.axialPerLevel ?? 3 }, (_, k) => (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * 4);
    LEVELS.forEach((l, i) => {
      for (const dz of offsets) {
        const id = nextInstance++;
        const z = levelZ(i) + dz;
        // Rows along +x (patient left on the image right), columns along +y: normal (0, 0, 1).
        const geometry: SliceGeometry = {
          position: [-128, SAG_FRONT_Y, z],
          rowDirection: [1, 0, 0],
          columnDirection: [0, 1, 0],
          rowSpacing: 1,
          columnSpacing: 1,
          rows: SIZE,
          columns: SIZE,
        };
        slices.push(slice(id, geometry));
        squares.set(
          id,
          dz === 0
            ? [
                { column: 128 + RECESS_X, row: CANAL_COLUMN, halo: halo('left_subarticular', l.id) },
                { column: 128 - RECESS_X, row: CANAL_COLUMN, halo: halo('right_subarticular', l.id) },
              ]
            : [],
        );
      }
    });
    slices.sort((a, b) => a.geometry!.position[2] - b.geometry!.position[2]);
    series.push({ seriesId: studyId * 10 + 3, seriesKey: String(studyId * 10 + 3), role: 'ax_t2', description: 'Axial T2', slices });
  }

  const decoded = new Set<number>();
  const source: SliceSource = async (s) => {
    decoded.add(s.instanceId);
    return render(squares.get(s.instanceId) ?? []);
  };
  return { input: { studyId, studyKey: String(studyId), series }, source, decoded };
}

function slice(instanceId: number, geometry: SliceGeometry): SliceInput {
  return {
    instanceId,
    instanceNumber: instanceId % 1000,
    filePath: `synthetic://${instanceId}`,
    frame: 0,
    rows: SIZE,
    columns: SIZE,
    geometry,
  };
}

/**
 * Where each structure of a synthetic study is, in patient space (LPS mm), by location key
 * (`spinal:l1_l2`): the truth the benchmark measures localisation against.
 */
export function syntheticTruth(): Map<string, [number, number, number]> {
  const truth = new Map<string, [number, number, number]>();
  LEVELS.forEach((l, i) => {
    const z = levelZ(i);
    const canalY = SAG_FRONT_Y + CANAL_COLUMN;
    truth.set(`spinal:${l.id}`, [0, canalY, z]);
    truth.set(`left_foraminal:${l.id}`, [FORAMEN_X, SAG_FRONT_Y + FORAMEN_COLUMN, z]);
    truth.set(`right_foraminal:${l.id}`, [-FORAMEN_X, SAG_FRONT_Y + FORAMEN_COLUMN, z]);
    truth.set(`left_subarticular:${l.id}`, [RECESS_X, canalY, z]);
    truth.set(`right_subarticular:${l.id}`, [-RECESS_X, canalY, z]);
  });
  return truth;
}

/** Renders 8×8 squares centred (in continuous coordinates) on (column, row), with 32×32 halos. Keeps one pixel at BRIGHT so min–max is the same on every slice. */
function render(list: readonly Square[]): SlicePixels {
  const values = new Float32Array(SIZE * SIZE);
  values[SIZE * SIZE - 1] = BRIGHT;
  for (const s of list) fill(values, s.column, s.row, 16, s.halo);
  for (const s of list) fill(values, s.column, s.row, 4, BRIGHT);
  return { values, rows: SIZE, columns: SIZE };
}

function fill(values: Float32Array, column: number, row: number, half: number, value: number): void {
  for (let r = row - half; r < row + half; r++) {
    for (let c = column - half; c < column + half; c++) {
      if (r >= 0 && c >= 0 && r < SIZE && c < SIZE) values[r * SIZE + c] = Math.max(values[r * SIZE + c] as number, value);
    }
  }
}

/**
 * What the mean grader answers for a square with halo h, cropped at its centre: the crop
 * (±16 px around round(centre)) holds the 8×8 square at 255 and the rest of the 32×32 halo at
 * round(255·h/1000); m = mean/255; probabilities = softmax(m·[−4, 0, 4] + [2, 0, −2]).
 */
export function expectedGrade(h: number): [number, number, number] {
  const haloValue = Math.floor((h * 255) / BRIGHT + 0.5);
  const mean = (64 * 255 + (1024 - 64) * haloValue) / 1024;
  const m = mean / 255;
  const logits = [2 - 4 * m, 0, -2 + 4 * m];
  const e = logits.map(Math.exp);
  const sum = e[0]! + e[1]! + e[2]!;
  return [e[0]! / sum, e[1]! / sum, e[2]! / sum];
}
