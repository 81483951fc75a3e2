"""Tests for core/engine/activations.py: each derivative from the stored activation, and NaN kept."""

import numpy as np

from core.engine.activations import activate, derivative


def test_derivatives_match_finite_differences():
    """f'(net) read off a = f(net) equals the central difference of f at net, for every elementwise f."""
    net = np.array([-2.0, -0.3, 0.4, 1.7])
    for name in ("sigmoid", "tanh", "relu", "linear"):
        numeric = (activate(name, net + 1e-6) - activate(name, net - 1e-6)) / 2e-6
        np.testing.assert_allclose(derivative(name, activate(name, net)), numeric, rtol=1e-8, atol=1e-9)


def test_nan_propagates_through_every_activation_and_derivative():
    """NaN in, NaN out: a diverging net must reach E_n and the divergence check, never turn into 0."""
    nan = np.array([np.nan, 1.0])
    for name in ("sigmoid", "tanh", "relu", "linear", "softmax"):
        assert np.isnan(activate(name, nan)[0]), name
    for name in ("sigmoid", "tanh", "relu", "linear"):
        assert np.isnan(derivative(name, nan)[0]), name
