"""Tests for core/engine/compiled/unit_math.py: a unit's activation, derivative and cross-entropy, compiled."""

import math

import numpy as np

from core.engine.compiled import unit_math as um
from core.engine.compiled.codes import LINEAR, RELU, SIGMOID, TANH


def test_kernel_sigmoid_at_extremes():
    """The kernel's σ is finite and exact at |net| = 1000."""
    assert um.activate(SIGMOID, 1000.0) == 1.0
    assert um.activate(SIGMOID, -1000.0) == 0.0
    assert math.isclose(um.activate(SIGMOID, 0.3), 1 / (1 + math.exp(-0.3)), rel_tol=1e-15)


def test_every_activation_and_derivative_propagates_nan():
    """A NaN net gives a NaN activation, and a NaN activation a NaN derivative, for every code: a ReLU
    that maps NaN to 0 would hide a diverging run behind a finite E_n."""
    for code in (SIGMOID, TANH, RELU, LINEAR):
        assert math.isnan(um.activate(code, math.nan)), code
        assert math.isnan(um.derivative(code, math.nan)), code


def test_cross_entropy_from_net_is_exact_at_any_net():
    """E_n from the output's net: softplus for a sigmoid, log-sum-exp for a softmax, exact where the
    outputs have rounded to 0 or 1, and NaN for a NaN net."""
    t = np.array([0.0, 1.0])
    assert um.cross_entropy(np.array([1000.0, 0.0]), t, True) == 1000.0
    assert um.cross_entropy(np.array([800.0, -800.0]), t, False) == 1600.0
    z = np.array([0.3, -1.2])
    sig = 1 / (1 + np.exp(-z))
    assert math.isclose(um.cross_entropy(z, t, False), -np.sum(t * np.log(sig) + (1 - t) * np.log(1 - sig)),
                        rel_tol=1e-14)  # fmt: skip
    soft = np.exp(z) / np.sum(np.exp(z))
    assert math.isclose(um.cross_entropy(z, t, True), -np.sum(t * np.log(soft)), rel_tol=1e-14)
    assert math.isnan(um.cross_entropy(np.array([math.nan, 0.0]), t, True))
    assert math.isnan(um.cross_entropy(np.array([math.nan, 0.0]), t, False))
