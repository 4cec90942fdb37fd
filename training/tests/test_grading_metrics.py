import math

import numpy as np
import torch

from spine_training.losses.weighted_cross_entropy import weighted_cross_entropy
from spine_training.metrics.grading_metrics import best_constant_probs, grading_report, weighted_log_loss
from spine_training.train.temperature import fit_temperature, fold_temperature, softmax_np


def test_weighted_log_loss_by_hand():
    probs = np.array([[0.8, 0.1, 0.1], [0.2, 0.5, 0.3], [0.1, 0.1, 0.8]])
    grades = np.array([0, 1, 2])
    expected = (1 * -math.log(0.8) + 2 * -math.log(0.5) + 4 * -math.log(0.8)) / 7
    assert math.isclose(weighted_log_loss(probs, grades), expected, rel_tol=1e-12)
    # Rows are normalised before the log, as the competition's metric did.
    assert math.isclose(weighted_log_loss(probs * 3, grades), expected, rel_tol=1e-12)


def test_training_loss_is_the_metric():
    logits = torch.randn(50, 3, generator=torch.Generator().manual_seed(1))
    grades = torch.randint(0, 3, (50,), generator=torch.Generator().manual_seed(2))
    loss = float(weighted_cross_entropy(logits, grades))
    metric = weighted_log_loss(torch.softmax(logits, 1).numpy().astype(np.float64), grades.numpy())
    assert math.isclose(loss, metric, rel_tol=1e-5)


def test_best_constant_is_weight_times_prior_and_is_optimal():
    grades = np.array([0] * 70 + [1] * 20 + [2] * 10)
    p = best_constant_probs(grades)
    assert np.allclose(p, np.array([70, 40, 40]) / 150)
    base = weighted_log_loss(np.tile(p, (100, 1)), grades)
    for other in ([0.7, 0.2, 0.1], [0.5, 0.3, 0.2], [0.4, 0.3, 0.3]):
        assert base < weighted_log_loss(np.tile(other, (100, 1)), grades)


def test_report_fields():
    probs = np.array([[0.9, 0.05, 0.05], [0.1, 0.8, 0.1], [0.6, 0.3, 0.1], [0.1, 0.1, 0.8]])
    grades = np.array([0, 1, 2, 2])
    r = grading_report(probs, grades, train_grades=np.array([0, 0, 1, 2]))
    assert r["confusion_matrix"] == [[1, 0, 0], [0, 1, 0], [1, 0, 1]]
    assert r["accuracy"] == 0.75
    assert r["recall_per_grade"] == {"Normal/Mild": 1.0, "Moderate": 1.0, "Severe": 0.5}
    assert math.isclose(r["macro_f1"], (2 / 3 + 1 + 2 / 3) / 3)


def test_temperature_is_fitted_and_folded_into_the_last_layer():
    rng = np.random.default_rng(0)
    calibrated = rng.normal(0, 1.5, (2000, 3))
    p = softmax_np(calibrated)
    grades = np.array([rng.choice(3, p=row) for row in p])
    logits = 3 * calibrated  # three times over-confident
    t = fit_temperature(logits, grades)
    assert 2 < t < 4
    assert weighted_log_loss(softmax_np(logits, t), grades) < weighted_log_loss(softmax_np(logits), grades)
    layer = torch.nn.Linear(4, 3)
    x = torch.randn(5, 4)
    before = layer(x).detach().numpy()
    fold_temperature(layer, t)
    assert np.allclose(layer(x).detach().numpy(), before / t, atol=1e-5)
