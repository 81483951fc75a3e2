"""Tests for core/engine/compiled/quads.py: momentum without L2 at B = 1 on networks other than the
seed's, four samples per pass over the first layer, equals the sample-by-sample reference wherever
a call cuts a group, wherever it diverges or reaches its target, for any depth, activation and loss."""

import numpy as np
import pytest

from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.engine.weight_init import InitSpec
from core.training.paths import FastPath
from core.training.trainer import DIVERGED, TARGET_REACHED, ArrayData, StopConditions, Trainer

NETS = [((6, 5, 2), ("tanh", "sigmoid"), "sse"), ((3, 2), ("tanh",), "sse"),
        ((4, 5, 3, 2), ("relu", "tanh", "linear"), "sse"),
        ((5, 7, 3), ("sigmoid", "softmax"), "cross_entropy")]  # fmt: skip


def _both(sizes, acts, loss, X, T, hp, chunks, stop=None):
    out = []
    for use_kernel in (True, False):
        tr = Trainer(Network(sizes, acts, loss), ArrayData(X, T), hp, InitSpec(seed=3), use_kernel=use_kernel)
        results = [tr.run(samples=k, stop=stop) for k in chunks]
        out.append(dict(params=tr.network.params.copy(), velocity=tr.opt.velocity.copy(),
                        E=np.concatenate([r.E_n for r in results]),
                        status=[(r.status, r.samples) for r in results]))  # fmt: skip
    return out


def test_momentum_without_l2_runs_four_samples_a_pass():
    net = Network((6, 5, 2), ("tanh", "sigmoid"))
    assert FastPath(net).loop_for(net, Hyperparams(momentum=0.5)) == "quads"
    assert FastPath(net).loop_for(net, Hyperparams(momentum=0.5, l2=1e-4)) == "pairs"


@pytest.mark.parametrize("sizes, acts, loss", NETS)
@pytest.mark.parametrize("mu", [0.5, 0.9])
def test_groups_cut_anywhere_equal_the_reference(sizes, acts, loss, mu):
    """Chunks of 1 … 9 samples cut a group of four at each of its places; epochs of 23 end inside
    groups; weights, velocity and E_n are the reference's to 1e-12."""
    rng = np.random.default_rng(len(sizes))
    X = rng.normal(size=(23, sizes[0]))
    if loss == "cross_entropy":
        T = np.eye(sizes[-1])[rng.integers(0, sizes[-1], 23)]
    else:
        T = rng.uniform(size=(23, sizes[-1]))
    kernel, ref = _both(sizes, acts, loss, X, T, Hyperparams(alpha=0.2, momentum=mu, shuffle=True),
                        (1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 3, 30, 11))  # fmt: skip
    for key in ("params", "velocity", "E"):
        np.testing.assert_allclose(kernel[key], ref[key], rtol=1e-12, atol=1e-12, err_msg=key)
    assert kernel["status"] == ref["status"]


@pytest.mark.parametrize("bad", [0, 1, 2, 3, 5, 6])
def test_divergence_anywhere_in_a_group_keeps_what_came_before(bad):
    """Sample `bad` would overflow: the run stops there, the samples before it applied to every
    layer and the velocity, as the reference does."""
    rng = np.random.default_rng(bad)
    X = rng.normal(size=(10, 2)) * 0.5
    X[bad] = [1e200, 1.0]
    kernel, ref = _both((2, 3, 1), ("linear", "linear"), "sse", X, np.zeros((10, 1)),
                        Hyperparams(alpha=0.1, momentum=0.5), (10,))  # fmt: skip
    assert kernel["status"] == ref["status"] == [(DIVERGED, bad)]
    for key in ("params", "velocity"):
        np.testing.assert_allclose(kernel[key], ref[key], rtol=1e-12, atol=1e-15, err_msg=key)


@pytest.mark.parametrize("n", [5, 6, 7, 9])
def test_a_reached_target_stops_inside_a_group_with_its_samples_applied(n):
    rng = np.random.default_rng(n)
    X, T = rng.normal(size=(n, 3)), rng.uniform(size=(n, 2))
    kernel, ref = _both((3, 4, 2), ("tanh", "sigmoid"), "sse", X, T, Hyperparams(alpha=0.2, momentum=0.7), (50,),
                        StopConditions(target_E=10.0))  # fmt: skip
    assert kernel["status"] == ref["status"] == [(TARGET_REACHED, n)]
    for key in ("params", "velocity"):
        np.testing.assert_allclose(kernel[key], ref[key], rtol=1e-12, atol=1e-15, err_msg=key)
