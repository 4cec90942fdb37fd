import { Tensor } from 'onnxruntime-node';
import type { GradeProbabilities } from '../../../common/vocabulary';
import type { LoadedModel } from '../models/openModel';
import { GRADER_CROP, writeGraderCrop } from '../preprocess/graderCrop';
import type { GreyImage } from '../preprocess/minMaxToUint8';

export interface GradeRequest {
  readonly image: GreyImage;
  readonly x: number;
  readonly y: number;
}

/**
 * Grades points with a DeepScoreNet grader (seed-method.md): one 32×32×3 crop per point, raw
 * 0–255, in batches. The model ends in a softmax; its rows are renormalised to sum exactly 1 and a
 * row that is not a probability distribution (negative, non-finite, far from summing to 1) is an
 * error naming the model, rather than a silently wrong answer.
 */
export async function runGrader(model: LoadedModel, requests: readonly GradeRequest[], batchSize = 32): Promise<GradeProbabilities[]> {
  const { io } = model;
  const crop = GRADER_CROP * GRADER_CROP * 3;
  const chunk = io.fixedBatch ?? Math.max(1, batchSize);
  const results: GradeProbabilities[] = [];
  for (let start = 0; start < requests.length; start += chunk) {
    const part = requests.slice(start, start + chunk);
    const batch = io.fixedBatch ?? part.length;
    const data = new Float32Array(batch * crop);
    part.forEach((r, i) => writeGraderCrop(r.image, r.x, r.y, data, i * crop));
    const output = await model.session.run({ [io.inputName]: new Tensor('float32', data, [batch, GRADER_CROP, GRADER_CROP, 3]) });
    const values = output[io.outputName]?.data as Float32Array | undefined;
    if (!values || values.length !== batch * 3)
      throw new Error(`${model.entry.id}: expected ${batch}×3 probabilities, got ${values?.length ?? 0} values`);
    for (let i = 0; i < part.length; i++) {
      const row = [values[i * 3] as number, values[i * 3 + 1] as number, values[i * 3 + 2] as number];
      const sum = row[0]! + row[1]! + row[2]!;
      if (row.some((v) => !Number.isFinite(v) || v < 0) || Math.abs(sum - 1) > 1e-3) {
        throw new Error(
          `${model.entry.id}: output [${row.join(', ')}] is not a probability distribution (does the model end in a softmax?)`,
        );
      }
      results.push([row[0]! / sum, row[1]! / sum, row[2]! / sum]);
    }
  }
  return results;
}
