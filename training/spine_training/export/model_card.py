"""Model card (Markdown) for one trained model: what it is, the data and folds it saw, how it
scored on the held-out fold, and the command that reproduces it (issue 7, "model card")."""

from __future__ import annotations

import json
from pathlib import Path


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:.4f}"
    if v is None:
        return "–"
    return str(v)


def _table(rows: dict) -> list[str]:
    lines = ["| | |", "|---|---|"]
    for k, v in rows.items():
        lines.append(f"| {k} | {_fmt(v) if not isinstance(v, (dict, list)) else json.dumps(v)} |")
    return lines


def write_model_card(path: Path, record: dict) -> Path:
    r = record
    lines = [
        f"# {r['id']}",
        "",
        f"{r['title']}. Kind `{r['kind']}`, condition `{r['condition']}`, version `{r['version']}`, "
        f"file `{r['file']}` (sha256 in models/manifest.json).",
        "",
        "## Interface",
        "",
        r["interface"],
        "",
        "## Data",
        "",
        *_table(r["data"]),
        "",
        "## Folds",
        "",
        f"{r['split']}. Folds are grouped by study and stratified by grade by the exporter; "
        "the early-stopping fold is never the fold the score is reported on.",
        "",
        *_table(r["split_counts"]),
        "",
        "## Training",
        "",
        r["method"],
        "",
        *_table(r["hyperparameters"]),
        "",
        "## Metrics (held-out test fold)",
        "",
        *_table(r["metrics"]["test"]),
        "",
        "Validation (early-stopping) fold, for reference:",
        "",
        *_table(r["metrics"]["val"]),
        "",
        "## Run",
        "",
        *_table(r["run"]),
        "",
        "Reproduce (from the repository's `training/` folder, same export):",
        "",
        "```",
        r["command"],
        "```",
        "",
    ]
    Path(path).write_text("\n".join(lines), encoding="utf-8")
    return Path(path)
