"""Tests for core/engine/compiled/pairs.py: momentum and L2 at B = 1, two samples per pass over the
first layer, equal the sample-by-sample reference whatever the chunking, and stop where it stops."""

import numpy as np
import pytest

from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.engine.weight_init import InitSpec
from core.training.trainer import DIVERGED, TARGET_REACHED, ArrayData, StopConditions, Trainer


@pytest.mark.parametrize("sizes, acts", [((6, 5, 2), ("sigmoid", "sigmoid")), ((3, 2), ("tanh",)),
                                         ((4, 5, 3, 2), ("relu", "tanh", "linear"))])  # fmt: skip
@pytest.mark.parametrize("mu, lam", [(0.9, 0.0), (0.0, 1e-2), (0.5, 1e-3)])
def test_pairs_equal_the_reference_in_chunks_of_any_length(sizes, acts, mu, lam):
    """Chunks of 1, 2, 3 and 7 samples (pairs cut anywhere) over 11 samples give the reference's
    weights, velocity and E_n to 1e-12."""
    rng = np.random.default_rng(len(sizes))
    X, T = rng.normal(size=(11, sizes[0])), rng.uniform(size=(11, sizes[-1]))
    hp = Hyperparams(alpha=0.2, momentum=mu, l2=lam, shuffle=True)
    out = []
    for use_kernel in (True, False):
        tr = Trainer(Network(sizes, acts), ArrayData(X, T), hp, InitSpec(seed=3), use_kernel=use_kernel)
        E = np.concatenate([tr.run(samples=k).E_n for k in (1, 2, 3, 7, 1, 7, 2)])
        out.append((tr.network.params.copy(), tr.opt.velocity.copy(), E))
    for got, want in zip(*out, strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-12)


def test_divergence_on_a_pairs_second_sample_keeps_the_first():
    """A sample that would overflow, second of its pair, stops the run there with the first sample of
    the pair applied to every layer, as the reference does."""
    X = np.array([[1.0, 0.5], [1e200, 1.0], [0.3, -0.2], [0.1, 0.1]])  # sample 1: second of the first pair
    T = np.zeros((4, 1))
    out = []
    for use_kernel in (True, False):
        tr = Trainer(Network((2, 3, 1), ("linear", "linear")), ArrayData(X, T), Hyperparams(alpha=0.1, momentum=0.5),
                     InitSpec(seed=1), use_kernel=use_kernel)  # fmt: skip
        r = tr.run(samples=4)
        out.append((r.status, r.samples, tr.network.params.copy(), tr.opt.velocity.copy()))
    assert out[0][:2] == out[1][:2] == (DIVERGED, 1)
    np.testing.assert_allclose(out[0][2], out[1][2], rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(out[0][3], out[1][3], rtol=1e-12, atol=1e-15)


def test_target_reached_mid_pair_stops_after_that_sample():
    """An epoch of 3 samples ends on the first sample of a pair: a reached target stops there, with
    exactly that sample applied."""
    rng = np.random.default_rng(5)
    X, T = rng.normal(size=(3, 2)), rng.uniform(size=(3, 1))
    out = []
    for use_kernel in (True, False):
        tr = Trainer(Network((2, 3, 1)), ArrayData(X, T), Hyperparams(alpha=0.1, momentum=0.5), InitSpec(seed=1),
                     use_kernel=use_kernel)  # fmt: skip
        r = tr.run(samples=10, stop=StopConditions(target_E=10.0))
        out.append((r.status, r.samples, tr.network.params.copy()))
    assert out[0][:2] == out[1][:2] == (TARGET_REACHED, 3)
    np.testing.assert_allclose(out[0][2], out[1][2], rtol=1e-12, atol=1e-15)


def test_divergence_on_a_pairs_first_sample_with_l2_alone_keeps_the_last_update_as_velocity():
    """L2 without momentum does not write v in the pass over the first layer; a sample that
    overflows as the first of a pair must still leave v = the previous sample's update."""
    X = np.array([[1.0, 0.5], [0.2, -0.4], [1e308, -1e308], [0.1, 0.1]])  # sample 2: first of the second pair
    T = np.zeros((4, 1))
    out = []
    for use_kernel in (True, False):
        tr = Trainer(Network((2, 3, 1), ("tanh", "linear")), ArrayData(X, T), Hyperparams(alpha=0.1, l2=1e-2),
                     InitSpec(seed=1), use_kernel=use_kernel)  # fmt: skip
        r = tr.run(samples=4)
        out.append((r.status, r.samples, tr.network.params.copy(), tr.opt.velocity.copy()))
    assert out[0][:2] == out[1][:2] == (DIVERGED, 2)
    np.testing.assert_allclose(out[0][2], out[1][2], rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(out[0][3], out[1][3], rtol=1e-12, atol=1e-15)
