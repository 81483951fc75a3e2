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


def test_sigmoid_is_the_two_overflow_free_quotients_everywhere():
    """σ is 1 / (1 + e) from 0 up and e / (1 + e) below, e = exp(−|net|): the same bits as those
    quotients taken one number at a time in Python, at every scale from tiny to 1e308 and ±inf,
    without warnings; and within 2 ulp of the same with Python's own exp."""
    import math
    import warnings

    rng = np.random.default_rng(5)
    net = np.concatenate([rng.normal(size=500) * 10, [0.0, -0.0, 5e-324, -5e-324, 36.7, -36.7, 709.0, -709.0,
                                                       745.2, -745.2, 1e308, -1e308, np.inf, -np.inf]])  # fmt: skip
    e = np.exp(-np.abs(net))

    def quotient(x, e):
        return 1.0 / (1.0 + e) if x >= 0 else e / (1.0 + e)

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = activate("sigmoid", net.reshape(2, -1)).ravel()
    assert np.array_equal(got, [quotient(x, float(y)) for x, y in zip(net, e, strict=True)])
    np.testing.assert_allclose(got, [quotient(x, math.exp(-abs(x))) for x in net], rtol=4.5e-16, atol=0)
    assert got[-1] == 0.0 and got[-2] == 1.0 and got[-4] == 1.0
