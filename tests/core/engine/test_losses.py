"""Tests for core/engine/losses.py: E_n from the output's net, exact where outputs saturate."""

import math

import numpy as np

from core.engine.activations import sigmoid
from core.engine.losses import loss_value, output_delta


def test_cross_entropy_is_exact_for_saturated_outputs():
    """net = ±800 (outputs rounded to exactly 0 or 1) gives E_n = 800 per wrong output, not log(1e-300)."""
    net = np.array([800.0, -800.0])
    o = sigmoid(net)
    assert loss_value("cross_entropy", net, o, np.array([0.0, 1.0]), "sigmoid") == 1600.0
    net = np.array([[1000.0, 0.0, -5.0]])
    o = np.exp(net - 1000.0) / np.sum(np.exp(net - 1000.0))
    assert loss_value("cross_entropy", net, o, np.array([[0.0, 1.0, 0.0]]), "softmax")[0] == 1000.0


def test_cross_entropy_equals_its_definition_where_that_is_exact():
    """At moderate nets E_n equals −Σ t log o (softmax) and −Σ t log o + (1 − t) log(1 − o) (sigmoid)."""
    rng = np.random.default_rng(0)
    net, t = rng.normal(size=(5, 3)), rng.dirichlet(np.ones(3), size=5)
    soft = np.exp(net) / np.sum(np.exp(net), axis=1, keepdims=True)
    np.testing.assert_allclose(loss_value("cross_entropy", net, soft, t, "softmax"),
                               -np.sum(t * np.log(soft), axis=1), rtol=1e-13)  # fmt: skip
    sig = 1 / (1 + np.exp(-net))
    np.testing.assert_allclose(loss_value("cross_entropy", net, sig, t, "sigmoid"),
                               -np.sum(t * np.log(sig) + (1 - t) * np.log(1 - sig), axis=1), rtol=1e-13)  # fmt: skip


def test_small_loss_keeps_its_relative_precision():
    """A nearly-right softmax output's tiny E_n = log(1 + e^−40) ≈ e^−40 is not rounded to 0."""
    E = loss_value("cross_entropy", np.array([40.0, 0.0]), np.array([1.0, 0.0]), np.array([1.0, 0.0]), "softmax")
    assert math.isclose(E, math.log1p(math.exp(-40.0)), rel_tol=1e-14)


def test_cross_entropy_output_delta_is_t_minus_o():
    """With a sigmoid or softmax output, cross-entropy's δ_k is t_k − o_k."""
    o, t = np.array([0.2, 0.8]), np.array([1.0, 0.0])
    np.testing.assert_array_equal(output_delta("cross_entropy", o, t, "softmax"), t - o)
