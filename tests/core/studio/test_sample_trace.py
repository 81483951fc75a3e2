"""Tests for core/studio/sample_trace.py: the GUI-side trace is the sample the engine learns next, and its
Δw is exactly the update the engine then applies (online learning)."""

from __future__ import annotations

import numpy as np

from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.engine.order import sample_order
from core.engine.weight_init import InitSpec
from core.studio.experiment import DataChoice, build_dataset
from core.studio.frame import Frame
from core.studio.sample_trace import edge_dW, next_row, params_before, trace_next
from core.training.trainer import Trainer


def _trainer(shuffle: bool) -> tuple[Trainer, object]:
    ds = build_dataset(DataChoice("gaussians"), "sigmoid")
    net = Network((2, 3, 1))
    return Trainer(net, ds, Hyperparams(alpha=0.7, shuffle=shuffle, order_seed=5), InitSpec(seed=3)), ds


def _frame(tr: Trainer) -> Frame:
    return Frame(tr.snapshot(), tr.hp, 0.0, False, 0, tr.n_train)


def test_next_row_follows_the_shuffled_order():
    """next_row is the order's entry at the epoch position, also across an epoch boundary."""
    order = sample_order(10, 3, 0, 10, True, 9)
    assert [next_row(30 + i, 3, 10, True, 9) for i in range(10)] == list(order)
    assert next_row(7, 0, 10, False, 0) == 7


def test_trace_next_is_the_update_the_engine_applies():
    """Traced from a snapshot, the next sample's Δw equals what step_traced then applies (1e-12)."""
    for shuffle in (False, True):
        tr, ds = _trainer(shuffle)
        tr.run(samples=37)
        mine = trace_next(_frame(tr), ds.X_train, ds.T_train)
        applied = tr.step_traced()
        assert mine.row == applied.row
        for a, b in zip(edge_dW(mine), edge_dW(applied, applied=True), strict=True):
            assert np.allclose(a, b, rtol=0, atol=1e-12)


def test_params_before_undoes_the_step():
    """params_before(trace, params after) gives back the weights from before the step exactly."""
    tr, _ds = _trainer(False)
    before = tr.network.params.copy()
    trace = tr.step_traced()
    got = params_before(trace, tr.network.params, (2, 3, 1), ("sigmoid", "sigmoid"), "sse")
    assert np.allclose(got, before, rtol=0, atol=1e-15)
