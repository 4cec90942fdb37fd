"""Grading metrics for one condition group, as the competition and the quality dashboard use them.

`weighted_log_loss` is the competition's per-condition term (rsna-data.md, "The metric"):
Σ w·(−log p_true) / Σ w with w = 1 / 2 / 4 by true grade, each row normalised to sum 1 and
clipped to [1e-15, 1 − 1e-15]. The best constant predictor for that loss is p ∝ w · prior, the
baseline every model card reports beside the model.
"""

from __future__ import annotations

import numpy as np

from ..vocabulary import GRADE_WEIGHTS, GRADES

EPS = 1e-15


def weighted_log_loss(probs: np.ndarray, grades: np.ndarray, weights: tuple[float, ...] = GRADE_WEIGHTS) -> float:
    p = probs / probs.sum(1, keepdims=True)
    p = np.clip(p, EPS, 1 - EPS)
    w = np.asarray(weights)[grades]
    return float((w * -np.log(p[np.arange(len(grades)), grades])).sum() / w.sum())


def best_constant_probs(train_grades: np.ndarray, weights: tuple[float, ...] = GRADE_WEIGHTS) -> np.ndarray:
    """argmin over constant p of the weighted log loss on `train_grades`: p_c ∝ w_c · n_c."""
    counts = np.bincount(train_grades, minlength=len(GRADES)).astype(np.float64)
    mass = np.asarray(weights) * np.maximum(counts, 0.5)  # 0.5: a grade never seen keeps a tiny share
    return mass / mass.sum()


def confusion_matrix(grades: np.ndarray, predicted: np.ndarray, n: int = len(GRADES)) -> np.ndarray:
    """Rows = true grade, columns = predicted grade."""
    m = np.zeros((n, n), dtype=np.int64)
    np.add.at(m, (grades, predicted), 1)
    return m


def grading_report(probs: np.ndarray, grades: np.ndarray, train_grades: np.ndarray) -> dict:
    predicted = probs.argmax(1)
    cm = confusion_matrix(grades, predicted)
    recall = [float(cm[i, i] / cm[i].sum()) if cm[i].sum() else None for i in range(len(GRADES))]
    f1 = []
    for i in range(len(GRADES)):
        tp, fp, fn = cm[i, i], cm[:, i].sum() - cm[i, i], cm[i].sum() - cm[i, i]
        if cm[i].sum():  # macro-F1 over grades present in the truth
            f1.append(float(2 * tp / (2 * tp + fp + fn)) if tp + fp + fn else 0.0)
    constant = best_constant_probs(train_grades)
    return {
        "n": int(len(grades)),
        "weighted_log_loss": weighted_log_loss(probs, grades),
        "best_constant_weighted_log_loss": weighted_log_loss(np.tile(constant, (len(grades), 1)), grades),
        "accuracy": float((predicted == grades).mean()),
        "majority_rate": float(np.bincount(grades, minlength=len(GRADES)).max() / len(grades)),
        "macro_f1": float(np.mean(f1)) if f1 else None,
        "recall_per_grade": dict(zip(GRADES, recall)),
        "confusion_matrix": cm.tolist(),
    }
