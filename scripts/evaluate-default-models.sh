#!/usr/bin/env bash
# Evaluates the default models (models/) on a held-out phantom set made with ANOTHER seed than the
# training set, through the app's own pipeline: generate + index + import labels, infer with the
# default models (priors for unlocated answers from the TRAINING labels, so nothing comes from the
# labels being scored), then the dashboard's figures and the constant-predictor baselines.
#   bash scripts/evaluate-default-models.sh [workdir] [training train.csv]
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-/tmp/spine-review-eval}"
train_csv="${2:-/tmp/spine-review-training/train/train.csv}"
mkdir -p "$work"
cli() { npx tsx electron/core/cli/main.ts "$@"; }
last() { tail -n 1; }

[ -f "$work/heldout.sqlite" ] || cli --db "$work/heldout.sqlite" demo "$work/heldout" --studies 100 --seed 90210 --no-ai
run=$(cli --db "$work/heldout.sqlite" infer --models models --priors-from "$train_csv" --submission "$work/submission.csv" | last)
echo "$run"
id=$(node -e 'console.log(JSON.parse(process.argv[1]).runId)' "$run")
cli --db "$work/heldout.sqlite" quality "$id" --errors "$work/localisation.csv" | last > "$work/quality.json"
cli eval --solution "$work/heldout/train.csv" --submission "$work/submission.csv" | last
echo "constant predictors fitted on the held-out labels themselves (the best a constant can do there):"
cli baseline --solution "$work/heldout/train.csv" | last
echo "constant predictors fitted on the training labels:"
cli baseline --solution "$work/heldout/train.csv" --fit "$train_csv" | last
echo "dashboard figures: $work/quality.json; every labelled point's error: $work/localisation.csv"
