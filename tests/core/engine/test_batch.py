"""Tests for core/engine/batch.py: mini-batches as matrix products equal the sample-by-sample reference."""

import numpy as np
import pytest

from core.engine.backprop import OptimizerState
from core.engine.batch import BatchPath
from core.engine.compiled.codes import DIVERGED
from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.engine.weight_init import InitSpec
from core.training.trainer import ArrayData, Trainer


@pytest.mark.parametrize("sizes, acts, loss", [((5, 7, 3), ("sigmoid", "sigmoid"), "sse"),
                                               ((4, 6, 5, 3), ("tanh", "relu", "softmax"), "cross_entropy"),
                                               ((3, 4, 2), ("linear", "sigmoid"), "cross_entropy")])  # fmt: skip
@pytest.mark.parametrize("B", [16, 32, 50])
def test_batches_equal_the_reference(sizes, acts, loss, B):
    """Over 3 epochs of 90 samples (so batches straddle chunks and end short at each epoch's end), with
    momentum and L2, the BLAS path's weights, velocity and E_n match the reference to 1e-12."""
    rng = np.random.default_rng(B)
    X = rng.normal(size=(90, sizes[0]))
    T = rng.dirichlet(np.ones(sizes[-1]), size=90) if acts[-1] == "softmax" else rng.uniform(size=(90, sizes[-1]))
    hp = Hyperparams(alpha=0.3, batch_size=B, momentum=0.5, l2=1e-3, shuffle=True)
    out = []
    for use_kernel in (True, False):
        tr = Trainer(Network(sizes, acts, loss), ArrayData(X, T), hp, InitSpec(seed=1), use_kernel=use_kernel)
        E = np.concatenate([tr.run(samples=37).E_n, tr.run(epochs=3).E_n])
        out.append((tr.network.params.copy(), tr.opt.velocity.copy(), tr.opt.grad.copy(), E))
    for got, want in zip(*out, strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-12)


def test_divergence_keeps_the_rows_before_it():
    """A row that would overflow stops the batch there: the rows before it are in the gradient, the
    weights are untouched, and it is reported as DIVERGED at that sample."""
    net = Network((1, 2, 1), ("linear", "linear"))
    net.params[:] = 1.0
    X = np.array([[1.0], [2.0], [1e200], [3.0]])
    T = np.zeros((4, 1))
    opt, start = OptimizerState.zeros(net.n_params), net.params.copy()
    done, E_n, _, code = BatchPath(net).run(opt, np.zeros(3), X, T, np.arange(4), Hyperparams(batch_size=16), None)
    assert (done, code, opt.n_in_batch) == (2, DIVERGED, 2) and E_n.size == 2
    assert np.array_equal(net.params, start) and np.any(opt.grad != 0)
