"""Tests for core/engine/compiled/seed_kernel.py: the seed's compiled loop equals the reference and the
general kernel."""

import numpy as np
import pytest

from core.engine.compiled.seed_kernel import is_seed_case
from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.engine.weight_init import InitSpec
from core.training.trainer import ArrayData, Trainer


def test_only_the_seed_setup_is_the_seed_case():
    """The seed kernel is chosen for 1 hidden sigmoid layer, ½SSE, online, plain SGD, and nothing else."""
    assert is_seed_case((2, 2, 1), ("sigmoid", "sigmoid"), "sse", 1, 0.0, 0.0)
    assert not is_seed_case((2, 2, 2, 1), ("sigmoid",) * 3, "sse", 1, 0.0, 0.0)
    assert not is_seed_case((2, 2, 1), ("tanh", "sigmoid"), "sse", 1, 0.0, 0.0)
    assert not is_seed_case((2, 2, 1), ("sigmoid", "sigmoid"), "cross_entropy", 1, 0.0, 0.0)
    assert not is_seed_case((2, 2, 1), ("sigmoid", "sigmoid"), "sse", 2, 0.0, 0.0)
    assert not is_seed_case((2, 2, 1), ("sigmoid", "sigmoid"), "sse", 1, 0.5, 0.0)


@pytest.mark.parametrize("sizes", [(2, 2, 1), (5, 7, 3), (64, 16, 10)])
def test_seed_kernel_equals_reference(sizes):
    """Over 3 epochs, shuffled, the seed kernel's weights and E_n match the numpy reference to 1e-12."""
    rng = np.random.default_rng(sum(sizes))
    X, T = rng.normal(size=(23, sizes[0])), rng.uniform(size=(23, sizes[-1]))
    hp = Hyperparams(alpha=0.7, shuffle=True, order_seed=3)
    out = []
    for use_kernel in (True, False):
        tr = Trainer(Network(sizes), ArrayData(X, T), hp, InitSpec("uniform", 1.0, 4), use_kernel=use_kernel)
        r = tr.run(epochs=3)
        out.append((tr.network.params.copy(), r.E_n, r.epoch_E))
    for k, ref in zip(out[0], out[1], strict=True):
        np.testing.assert_allclose(k, ref, rtol=0, atol=1e-12)


def _runs(sizes, X, T, hp, chunks, init=None, **net):
    """(params, velocity, E_n, statuses) of the kernel and of the reference over the same chunks."""
    out = []
    for use_kernel in (True, False):
        tr = Trainer(Network(sizes, **net), ArrayData(X, T), hp, init or InitSpec("uniform", 1.0, 4),
                     use_kernel=use_kernel)  # fmt: skip
        results = [tr.run(samples=k) for k in chunks]
        out.append((tr.network.params.copy(), tr.opt.velocity.copy(), np.concatenate([r.E_n for r in results]),
                    [(r.status, r.samples) for r in results]))  # fmt: skip
    return out


@pytest.mark.parametrize("mu, lam", [(0.0, 0.0), (0.0, 1e-2), (0.9, 0.0), (0.5, 1e-3)])
def test_pairs_cut_anywhere_equal_the_reference_with_momentum_and_l2(mu, lam):
    """Chunks of 1, 2, 3, 7 … samples (a pair of samples cut anywhere, odd and even hidden widths):
    weights, the velocity (with μ = 0 the last update, which momentum switched on later resumes
    from) and E_n are the reference's to 1e-12 — with momentum and L2, which the seed kernel also
    runs, too."""
    for sizes in [(5, 7, 3), (6, 4, 2)]:
        rng = np.random.default_rng(sum(sizes))
        X, T = rng.normal(size=(13, sizes[0])), rng.uniform(size=(13, sizes[-1]))
        hp = Hyperparams(alpha=0.5, momentum=mu, l2=lam, shuffle=True)
        kernel, ref = _runs(sizes, X, T, hp, (1, 2, 3, 7, 1, 7, 2, 4))
        for got, want in zip(kernel[:3], ref[:3], strict=True):
            np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("mu, lam", [(0.0, 0.0), (0.0, 1e-2), (0.5, 1e-3)])
@pytest.mark.parametrize("bad", [2, 3])
def test_divergence_on_either_sample_of_a_pair_keeps_what_came_before(bad, mu, lam):
    """Sample `bad` overflows (first of a pair when even, second when odd): the run stops there with
    the samples before it applied to every weight and their last update as the velocity, as the
    reference does."""
    X = np.array([[1.0, 0.5], [0.2, -0.4], [0.3, -0.2], [0.1, 0.1], [0.5, 0.5], [0.4, 0.3]])
    X[bad] = [1e308, -1e308]
    T = np.zeros((6, 1))
    kernel, ref = _runs((2, 3, 1), X, T, Hyperparams(alpha=0.1, momentum=mu, l2=lam), (6,),
                          init=InitSpec(seed=1))  # fmt: skip
    assert kernel[3] == ref[3] == [("diverged", bad)]
    for got, want in zip(kernel[:3], ref[:3], strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-15)
