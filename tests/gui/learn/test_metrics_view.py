"""Tests for gui/learn/metrics_view.py: accuracy and confusion for classes, RMSE and R² for numbers."""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore

from core.engine.network import Network
from core.studio.experiment import DataChoice, build_dataset
from gui.learn.metrics_view import MetricsView


def test_classification_counts_match_an_independent_count(qtbot):
    """The confusion table's counts are (true, predicted) pairs counted by hand on iris."""
    ds = build_dataset(DataChoice("iris"), "sigmoid")
    net = Network((4, 5, 3), params=np.random.default_rng(0).normal(size=Network((4, 5, 3)).n_params))
    view = MetricsView(ds, (4, 5, 3), ("sigmoid", "sigmoid"), "sse")
    qtbot.addWidget(view)
    view.set_network_params(net.params)
    pred = net.forward(ds.X_train).argmax(axis=1)
    true = ds.T_train.argmax(axis=1)
    C = np.zeros((3, 3), int)
    for t, p in zip(true, pred, strict=True):
        C[t, p] += 1
    assert np.array_equal(view.tables["train"].counts, C)
    assert f"{100 * np.mean(pred == true):.1f} %" in view.summary.text()
    assert set(view.tables) == {"train", "test"}
    for k, name in enumerate(ds.class_names):  # each class's share right, counted by hand
        share = np.mean(pred[true == k] == k)
        assert f"{name} {100 * share:.1f} %" in view.per_class["train"].text()
    assert view.per_class["train"].textFormat() == QtCore.Qt.TextFormat.RichText  # no raw &nbsp;


def test_regression_shows_rmse_and_r2_in_raw_units(qtbot):
    """On a regression set the summary gives RMSE and R², and there are no confusion tables."""
    ds = build_dataset(DataChoice("plane"), "sigmoid")
    sizes = (ds.n_inputs, 3, ds.n_outputs)
    view = MetricsView(ds, sizes, ("sigmoid", "sigmoid"), "sse")
    qtbot.addWidget(view)
    view.set_network_params(np.zeros(Network(sizes).n_params))
    assert view.task == "regression" and not view.tables
    raw = ds.target_scaling.invert(ds.T_train) if ds.target_scaling is not None else ds.T_train
    out = ds.target_scaling.invert(np.full_like(ds.T_train, 0.5)) if ds.target_scaling else 0.5
    expected = float(np.sqrt(np.mean((raw - out) ** 2)))
    assert abs(view.result["train"]["rmse"] - expected) < 1e-9
    assert "RMSE" in view.summary.text() and "R²" in view.summary.text()
    t, o = view.scatter.points["train"]  # every sample's answer (0.5 stored) against its target
    assert np.allclose(t, raw[:, 0]) and np.allclose(o, out[:, 0] if np.ndim(out) else out)
    assert len(view.scatter.points["test"][0]) == len(ds.X_test)
    assert view.scatter.identity.xData.tolist() == view.scatter.identity.yData.tolist()


def test_a_big_network_is_evaluated_in_pieces_with_the_same_counts(qtbot):
    """6 layers of 512 units on digits: the forward passes come in slices, each a piece the window's
    event loop runs between others (a whole pass had stalled it 130 ms), and the counts are those of
    one whole pass."""
    ds = build_dataset(DataChoice("digits"), "softmax")
    sizes = (ds.n_inputs, *[512] * 6, ds.n_outputs)
    acts = ("tanh",) * 6 + ("softmax",)
    net = Network(sizes, acts, "cross_entropy")
    net.params[:] = np.random.default_rng(2).normal(size=net.n_params) / 25
    view = MetricsView(ds, sizes, acts, "cross_entropy")
    qtbot.addWidget(view)
    pieces = sum(1 for _ in view.redraw_in_steps(net.params))
    assert pieces > 100  # ~1.35 M weights: a few rows a slice
    pred, true = net.forward(ds.X_train).argmax(axis=1), ds.T_train.argmax(axis=1)
    C = np.zeros((10, 10), int)
    np.add.at(C, (true, pred), 1)
    assert np.array_equal(view.tables["train"].counts, C)
