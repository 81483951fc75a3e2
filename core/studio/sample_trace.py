"""The trace the teaching views explain while training runs: the next sample, current weights.

After a single step the worker sends the exact SampleTrace it applied (Frame.trace). While
training runs flat out there is no per-sample trace (the compiled kernel keeps none, and a signal
per sample is ruled out), so the views trace one sample here, on the GUI thread, from the frame's
params copy with core.engine.backprop.trace_sample: a few matrix-vector products, cheap for the nets a
learner watches, and callers limit the rate. The sample is the *next* one the engine will learn
from, the one whose activations the graph shows: with online learning its Δw is exactly the update
the engine is about to apply. Qt-free.
"""

from __future__ import annotations

import numpy as np

from core.engine.backprop import SampleTrace, trace_sample
from core.engine.network import Network
from core.engine.order import sample_order


def next_row(samples_seen: int, epoch: int, n_train: int, shuffle: bool, order_seed: int) -> int:
    """Index into the training set of the sample the engine learns from next."""
    pos = max(0, samples_seen - epoch * n_train) % max(1, n_train)
    return int(sample_order(n_train, epoch, pos, 1, shuffle, order_seed)[0])


def trace_next(frame, X: np.ndarray, T: np.ndarray) -> SampleTrace:
    """Forward and backward pass of the next sample with the frame's weights (nothing changes).

    frame: a gui.studio.worker.Frame; X (n, d), T (n, m): the training set as the network sees it.
    The trace's weights_before are the frame's weights (for the Σ terms of hidden δs).
    """
    s = frame.snapshot
    net = Network(s.sizes, s.activations, s.loss, s.params.copy())
    row = next_row(s.samples_seen, s.epoch, frame.n_train, frame.hp.shuffle, frame.hp.order_seed)
    trace = trace_sample(net, X[row], T[row], frame.hp.alpha)
    trace.weights_before = [w.copy() for w in net.W]
    trace.row = row
    return trace


def params_before(trace: SampleTrace, params_after: np.ndarray, sizes, activations, loss) -> np.ndarray:
    """The flat params before a step, from the params after it and the trace's applied Δw."""
    net = Network(sizes, activations, loss, params_after.copy())
    for l in range(net.n_layers):
        net.W[l] -= trace.applied_dW[l]
        net.b[l] -= trace.applied_db[l]
    return net.params


def edge_dW(trace: SampleTrace, applied: bool = False) -> list[np.ndarray]:
    """Per layer (to, from + 1) grids of the sample's Δw with the bias Δw as last column."""
    dW, db = (trace.applied_dW, trace.applied_db) if applied else (trace.dW, trace.db)
    return [np.column_stack([w, b]) for w, b in zip(dW, db, strict=True)]
