"""Tests for core/engine/network.py and core/engine/weight_init.py: layout, views, checks, initialisation."""

import numpy as np
import pytest

from core.engine.network import Network
from core.engine.weight_init import InitSpec, init_weights


def test_views_share_the_flat_buffer():
    """W[l] and b[l] are (to, from) views into params: writing one changes the other."""
    net = Network([2, 3, 1])
    assert [w.shape for w in net.W] == [(3, 2), (1, 3)] and net.n_params == 13
    net.W[1][0, 2] = 7.0
    assert net.params[9 + 2] == 7.0


def test_forward_matches_explicit_formula():
    """forward() is σ(W_kj σ(W_ji x + w_j0) + w_k0)."""
    rng = np.random.default_rng(0)
    net = Network([2, 2, 1])
    net.params[:] = rng.normal(size=net.n_params)
    x = np.array([0.5, -1.0])
    s = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    expected = s(net.W[1] @ s(net.W[0] @ x + net.b[0]) + net.b[1])
    np.testing.assert_allclose(net.forward(x), expected, rtol=1e-15)


@pytest.mark.parametrize("sizes,acts,loss,msg", [
    ([2], None, "sse", "at least"),
    ([2, 0, 1], None, "sse", "positive"),
    ([2, 10**6, 1], None, "sse", "limit"),
    ([2, 2, 1], ("sigmoid", "linear"), "cross_entropy", "cross-entropy"),
    ([2, 1], ("softmax",), "sse", "2 output"),
    ([2, 2, 1], ("softmax", "sigmoid"), "sse", "hidden activation"),
])  # fmt: skip
def test_bad_architectures_refused(sizes, acts, loss, msg):
    """Impossible or absurd architectures raise ValueError before allocating."""
    with pytest.raises(ValueError, match=msg):
        Network(sizes, acts, loss)


def test_init_is_seeded_and_in_range():
    """Same seed, same weights; uniform stays within ±r; biases start at 0."""
    a, b = Network([4, 8, 3]), Network([4, 8, 3])
    init_weights(a, "uniform", 0.3, seed=5)
    InitSpec("uniform", 0.3, 5).apply(b)
    assert np.array_equal(a.params, b.params)
    assert np.all(np.abs(a.W[0]) <= 0.3) and np.all(a.b[0] == 0)
    init_weights(a, "glorot", seed=1)
    assert np.all(np.abs(a.W[0]) <= np.sqrt(6 / 12))
    init_weights(a, "he", seed=1)
    assert abs(np.std(Network([400, 400]).params) - 0) < 1  # smoke: he builds
