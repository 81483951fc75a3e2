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
