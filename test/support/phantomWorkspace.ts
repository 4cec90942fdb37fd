import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { GRADES, isGradeId, type ConditionId, type GradeId, type LevelId } from '../../electron/common/vocabulary';
import { indexFolder } from '../../electron/core/indexing/indexFolder';
import { importRsnaLabels } from '../../electron/core/labels/importRsnaLabels';
import { generatePhantomDataset } from '../../phantom';
import { readRsnaFolder } from '../../electron/core/rsna/readRsnaFolder';
import { openDatabase } from '../../electron/core/store/openDatabase';
import { writeSimulatedAiRun, type SimulatedPrediction } from './simulatedAiRun';

export interface PhantomWorkspace {
  readonly databasePath: string;
  /** Study ids in worklist order (the order of train.csv). */
  readonly studyIds: readonly number[];
  readonly keys: readonly string[];
}

/**
 * A workspace as a user gets it from the demo data: phantom studies generated (issue 3),
 * indexed and their RSNA labels imported through the real code, plus, on the first study, an
 * AI run written as the inference job writes one (on the first `aiStudies`, default 1). The run is SIMULATED (no trained model ships
 * yet): the most likely grade follows the label except on `disagreeing` locations, the AI point
 * sits 3 px from the labelled one, and each labelled point gets a detector box.
 */
export async function phantomWorkspace(
  dir: string,
  options: { studies: number; seed: number; disagreeing?: readonly string[]; aiStudies?: number },
): Promise<PhantomWorkspace> {
  const data = join(dir, 'phantom');
  await generatePhantomDataset(data, { studies: options.studies, seed: options.seed });
  const databasePath = join(dir, 'workspace.sqlite');
  const db = openDatabase(databasePath);
  try {
    await indexFolder(db, join(data, 'train_images'));
    importRsnaLabels(db, readRsnaFolder(data), { folder: data, reader: 'importer' });
    const studies = db.prepare('SELECT id, study_key FROM studies ORDER BY label_seq').raw().all() as [number, string][];
    if (studies.length === 0) throw new Error('the phantom dataset holds no study');
    studies
      .slice(0, options.aiStudies ?? 1)
      .forEach(([id], i) =>
        simulateRun(
          db,
          id,
          new Set(
            i === 0
              ? (options.disagreeing ?? ['spinal:l4_l5', 'left_foraminal:l5_s1'])
              : ['spinal:l4_l5', 'right_subarticular:l3_l4', 'left_foraminal:l2_l3'].slice(0, i % 4),
          ),
        ),
      );
    return { databasePath, studyIds: studies.map(([id]) => id), keys: studies.map(([, key]) => key) };
  } finally {
    db.close();
  }
}

function simulateRun(db: Database, studyId: number, disagreeing: ReadonlySet<string>): void {
  const grades = db.prepare('SELECT condition, level, grade FROM grades WHERE study_id = ?').all(studyId) as {
    condition: ConditionId;
    level: LevelId;
    grade: string | null;
  }[];
  const points = db
    .prepare('SELECT condition, level, series_id, instance_number, x, y FROM points WHERE study_id = ? AND deleted = 0')
    .all(studyId) as {
    condition: ConditionId;
    level: LevelId;
    series_id: number;
    instance_number: number;
    x: number;
    y: number;
  }[];
  const predictions = new Map<string, SimulatedPrediction>();
  for (const g of grades) {
    const key = `${g.condition}:${g.level}`;
    const label: GradeId = g.grade !== null && isGradeId(g.grade) ? g.grade : 'normal_mild';
    const index = GRADES.findIndex((x) => x.id === label);
    const top = disagreeing.has(key) ? (index + 1) % 3 : index;
    const probabilities = [0.1, 0.1, 0.1] as [number, number, number];
    probabilities[top] = 0.8;
    const p = points.find((q) => q.condition === g.condition && q.level === g.level);
    predictions.set(key, {
      probabilities,
      ...(p ? { point: { seriesId: p.series_id, instanceNumber: p.instance_number, x: p.x + 3, y: p.y - 2 } } : {}),
    });
  }
  const instanceOf = db.prepare('SELECT id FROM instances WHERE series_id = ? AND instance_number = ?').pluck();
  const detections = points.flatMap((p, i) => {
    const instanceId = instanceOf.get(p.series_id, p.instance_number) as number | undefined;
    return instanceId === undefined
      ? []
      : [
          {
            instanceId,
            condition: p.condition,
            level: p.level,
            confidence: 0.75 + (i % 5) * 0.05,
            box: [p.x - 14, p.y - 11, p.x + 16, p.y + 9] as [number, number, number, number],
          },
        ];
  });
  writeSimulatedAiRun(db, studyId, predictions, detections);
}
