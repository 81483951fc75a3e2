"""Tests for core/engine/compiled/seed_quads.py: the seed's network online with momentum, four
samples per pass, equals the numpy reference (weights, velocity, E_n, statuses) wherever a call
cuts a group, wherever it diverges or reaches its target, over long runs."""

import numpy as np
import pytest

from core.engine.compiled.seed_kernel_case import seed_quads_apply
from core.engine.compiled.seed_quads import TILE
from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.engine.weight_init import InitSpec
from core.training.trainer import DIVERGED, TARGET_REACHED, ArrayData, StopConditions, Trainer


def _both(sizes, X, T, hp, chunks, stop=None, init=None):
    out = []
    for use_kernel in (True, False):
        tr = Trainer(Network(sizes), ArrayData(X, T), hp, init or InitSpec("uniform", 1.0, 4), use_kernel=use_kernel)
        results = [tr.run(samples=k, stop=stop) for k in chunks]
        out.append(dict(params=tr.network.params.copy(), velocity=tr.opt.velocity.copy(),
                        E=np.concatenate([r.E_n for r in results]),
                        status=[(r.status, r.samples) for r in results]))  # fmt: skip
    return out


def test_the_momentum_loop_runs_the_seeds_network_online_with_momentum_and_no_l2():
    seed = ((784, 30, 10), ("sigmoid", "sigmoid"), "sse")
    assert seed_quads_apply(*seed, 1, 0.5, 0.0) and seed_quads_apply(*seed, 1, 0.99, 0.0)
    assert not seed_quads_apply(*seed, 1, 0.0, 0.0)  # the seed kernel's pairs
    assert not seed_quads_apply(*seed, 1, 0.5, 1e-4)  # momentum with L2: the seed kernel's pairs
    assert not seed_quads_apply(*seed, 2, 0.5, 0.0)
    assert not seed_quads_apply((784, 30, 10), ("tanh", "sigmoid"), "sse", 1, 0.5, 0.0)


@pytest.mark.parametrize("sizes", [(5, 7, 3), (6, 4, 2), (64, 16, 10), (2 * TILE + 5, 7, 3)])
@pytest.mark.parametrize("mu", [0.5, 0.9, 0.99])
def test_groups_cut_anywhere_equal_the_reference(sizes, mu):
    """Chunks of 1 … 9 samples cut a group of four at each of its places (7 hidden units: three
    pairs of rows and one left over); epochs of 23 end inside groups; 2 × TILE + 5 inputs make
    three tiles, the last one short (inputs scaled so that a net_j is of the size it is with 64)."""
    rng = np.random.default_rng(sum(sizes))
    X, T = rng.normal(size=(23, sizes[0])) * min(1.0, (64 / sizes[0]) ** 0.5), rng.uniform(size=(23, sizes[-1]))
    hp = Hyperparams(alpha=0.4, momentum=mu, shuffle=True)
    kernel, ref = _both(sizes, X, T, hp, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 3, 30, 11))
    for key in ("params", "velocity", "E"):
        np.testing.assert_allclose(kernel[key], ref[key], rtol=1e-12, atol=1e-12, err_msg=key)
    assert kernel["status"] == ref["status"]


def test_a_long_run_stays_with_the_reference():
    """2,000 samples of a 30-12-4 net at μ = 0.9 in the app's chunk sizes: no drift past 1e-12."""
    rng = np.random.default_rng(7)
    X, T = rng.uniform(-1, 1, size=(200, 30)), rng.integers(0, 2, size=(200, 4)).astype(float)
    kernel, ref = _both((30, 12, 4), X, T, Hyperparams(alpha=0.3, momentum=0.9, shuffle=True), (997, 1003))
    for key in ("params", "velocity", "E"):
        np.testing.assert_allclose(kernel[key], ref[key], rtol=1e-12, atol=1e-12, err_msg=key)


@pytest.mark.parametrize("bad", [0, 1, 2, 3, 4, 5, 6, 7, 9])
def test_divergence_anywhere_in_a_group_keeps_what_came_before(bad):
    """Sample `bad` overflows: the run stops there, the samples before it applied to every weight
    and the velocity, as the reference does."""
    rng = np.random.default_rng(bad)
    X = rng.normal(size=(12, 2)) * 0.5
    X[bad] = [1e308, -1e308]
    kernel, ref = _both((2, 3, 1), X, np.zeros((12, 1)), Hyperparams(alpha=0.1, momentum=0.5), (12,),
                        init=InitSpec(seed=1))  # fmt: skip
    assert kernel["status"] == ref["status"] == [(DIVERGED, bad)]
    for key in ("params", "velocity"):
        np.testing.assert_allclose(kernel[key], ref[key], rtol=1e-12, atol=1e-15, err_msg=key)


@pytest.mark.parametrize("n", [5, 6, 7, 9])
def test_a_reached_target_stops_inside_a_group_with_its_samples_applied(n):
    """Epochs of n samples end at each place of a group; the target, reached at the first epoch's
    end, stops the run there with every sample of the epoch applied."""
    rng = np.random.default_rng(n)
    X, T = rng.normal(size=(n, 3)), rng.uniform(size=(n, 2))
    kernel, ref = _both((3, 5, 2), X, T, Hyperparams(alpha=0.2, momentum=0.7), (50,), StopConditions(target_E=10.0))
    assert kernel["status"] == ref["status"] == [(TARGET_REACHED, n)]
    for key in ("params", "velocity"):
        np.testing.assert_allclose(kernel[key], ref[key], rtol=1e-12, atol=1e-15, err_msg=key)
