/**
 * Writes the held-out evaluation of the default models (scripts/evaluate-default-models.sh) into
 * their model cards and manifest entries (issue 7: "every number in the model cards"):
 *
 *   npx tsx scripts/append-evaluation-to-cards.ts <models dir> <quality.json> <baseline-heldout.json> <baseline-train.json> <notes.md>
 *
 * quality.json is the last line of `spine-review quality <run>`; the baselines the last lines of
 * `spine-review baseline`; notes.md (optional text: the held-out set, the commands, the machine) is
 * copied in verbatim. A card's earlier evaluation section is replaced, so the script can be rerun.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunQuality } from '../electron/common/contract';
import { writeFileAtomic } from '../electron/core/fs/writeFileAtomic';
import { readModelManifest } from '../electron/core/inference/models/readModelManifest';

const [dir, qualityFile, heldoutFile, trainFile, notesFile] = process.argv.slice(2);
if (!dir || !qualityFile || !heldoutFile || !trainFile)
  throw new Error(
    'usage: append-evaluation-to-cards.ts <models dir> <quality.json> <baseline-heldout.json> <baseline-train.json> [notes.md]',
  );
const quality = JSON.parse(readFileSync(qualityFile, 'utf8')) as RunQuality;
type Baseline = Record<string, { score: number; spinal: number; foraminal: number; subarticular: number; any_severe_spinal: number }>;
const heldout = JSON.parse(readFileSync(heldoutFile, 'utf8')) as Baseline;
const train = JSON.parse(readFileSync(trainFile, 'utf8')) as Baseline;
const notes = notesFile ? readFileSync(notesFile, 'utf8').trim() : '';
const HEADING = "## Held-out evaluation (the app's pipeline)";

const f = (v: number | null | undefined, digits = 4): string => (v === null || v === undefined ? '–' : v.toFixed(digits));
const pct = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : `${(100 * v).toFixed(1)} %`);
const s = quality.score;
const l = quality.localisation;
const g = quality.grading;

function section(group: 'spinal' | 'foraminal' | 'subarticular'): string {
  const loc = l.byGroup[group];
  const grading = g.byGroup[group];
  const best = heldout['weighted-optimum'];
  return [
    HEADING,
    '',
    notes,
    '',
    '| all six models, whole held-out set | value |',
    '|---|---|',
    `| competition score (lower is better) | ${f(s.score)} (spinal ${f(s.spinal)}, foraminal ${f(s.foraminal)}, subarticular ${f(s.subarticular)}, any severe spinal ${f(s.any_severe_spinal)}) |`,
    `| best constant on the held-out labels (weighted optimum p ∝ w·n per group) | ${f(best?.score)} |`,
    `| constant label frequencies of the held-out set | ${f(heldout['frequencies']?.score)} |`,
    `| constants fitted on the training labels (weighted optimum / frequencies) | ${f(train['weighted-optimum']?.score)} / ${f(train['frequencies']?.score)} |`,
    `| labelled points found within ${l.withinMm} mm (patient space) | ${l.found} / ${l.labelledPoints} = ${pct(l.foundRate)} |`,
    `| localisation error, median / p90 (located points) | ${f(l.medianMm, 2)} mm / ${f(l.p90Mm, 2)} mm |`,
    `| accuracy / macro-F1 / quadratic kappa (all cells) | ${f(g.accuracy, 3)} / ${f(g.macroF1, 3)} / ${f(g.quadraticKappa, 3)} |`,
    '',
    `| ${group} | value |`,
    '|---|---|',
    `| score part | ${f(s[group])} (best constant ${f(best?.[group])}) |`,
    `| points found within ${l.withinMm} mm | ${loc.found} / ${loc.labelledPoints} = ${pct(loc.foundRate)} |`,
    `| localisation median / p90 | ${f(loc.medianMm, 2)} mm / ${f(loc.p90Mm, 2)} mm |`,
    `| accuracy / macro-F1 / quadratic kappa | ${f(grading.accuracy, 3)} / ${f(grading.macroF1, 3)} / ${f(grading.quadraticKappa, 3)} |`,
    `| recall Normal/Mild / Moderate / Severe | ${grading.recall.map((r) => f(r, 3)).join(' / ')} |`,
    `| confusion (rows label, columns model: N, Mo, S) | ${grading.confusion.map((row) => row.join(' ')).join(' · ')} |`,
    '',
  ].join('\n');
}

const manifest = readModelManifest(dir);
const entries = manifest.manifest.models.map((entry) => {
  const group = entry.condition;
  if (entry.card) {
    const path = join(dir, entry.card);
    const card = readFileSync(path, 'utf8');
    const kept = card.includes(HEADING) ? card.slice(0, card.indexOf(HEADING)).trimEnd() : card.trimEnd();
    writeFileAtomic(path, `${kept}\n\n${section(group)}`);
  }
  const loc = l.byGroup[group];
  return {
    ...entry,
    metrics: {
      ...entry.metrics,
      heldout_score: s.score,
      heldout_score_part: s[group],
      heldout_best_constant_part: heldout['weighted-optimum']?.[group] ?? null,
      heldout_found_rate_5mm: loc.foundRate,
      heldout_median_error_mm: loc.medianMm,
      heldout_p90_error_mm: loc.p90Mm,
      heldout_accuracy: g.byGroup[group].accuracy,
    },
  };
});
writeFileAtomic(manifest.file, `${JSON.stringify({ ...manifest.manifest, models: entries }, null, 2)}\n`);
console.log(JSON.stringify({ cards: entries.length, score: s.score, foundRate: l.foundRate }));
