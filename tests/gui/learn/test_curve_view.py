"""Tests for gui/learn/curve_view.py: one input, the answer as a curve over x and each hidden
unit's curve below."""

from __future__ import annotations

import numpy as np

from core.data.csv_reader import load_csv
from core.engine.network import Network
from tests.gui.learn.test_units_tab import _params, _tab, sine_csv, threshold_csv


def test_one_input_regression_draws_the_fitted_curve_and_each_unit(qtbot, tmp_path):
    """sin x, 1-3-1: the curve is the network's output in the data's units at every x, and each
    of the 3 hidden units has its own curve h_j(x)."""
    ds = load_csv(sine_csv(tmp_path))
    tab, sizes = _tab(qtbot, ds, (3,), "tanh")
    params = _params(sizes)
    tab.set_network_params(params)
    view = tab.curve
    assert tab.kind == "curve" and view.bottom is not None
    net = Network(sizes, ("tanh", "sigmoid"), "sse", params)
    X = (view.xs[:, None] - ds.input_norm.shift) / ds.input_norm.scale
    o = net.forward(X)[:, 0] * ds.target_scaling.scale[0] + ds.target_scaling.shift[0]
    assert np.allclose(view.values()[:, 0], o)
    h = np.tanh(X @ net.W[0].T + net.b[0])
    assert view.unit_values().shape == (len(view.xs), 3) and np.allclose(view.unit_values(), h)

def test_one_input_classification_draws_the_probability_and_threshold(qtbot, tmp_path):
    """1 input, 2 classes: the curve is P(big) in [0, 1], the dashed threshold sits at 0.5."""
    ds = load_csv(threshold_csv(tmp_path))
    assert ds.class_names == ["big", "small"]
    tab, sizes = _tab(qtbot, ds, (2,))
    tab.set_network_params(_params(sizes))
    p = tab.curve.values()
    assert p.shape == (len(tab.curve.xs), 1) and np.all((p >= 0) & (p <= 1))
    assert tab.curve.threshold.value() == 0.5


def test_one_input_classification_marks_where_the_answer_changes(qtbot, tmp_path):
    """1-1-1 with o = σ(h), h = tanh(2 x_n − 1) (x_n the normalised input): o = 0.5 where
    h = 0, i.e. x_n = 0.5; the view marks exactly that x, in the data's units."""
    ds = load_csv(threshold_csv(tmp_path))
    tab, sizes = _tab(qtbot, ds, (1,), "tanh")
    net = Network(sizes, ("tanh", "sigmoid"))
    net.W[0][:] = 2.0
    net.b[0][:] = -1.0
    net.W[1][:] = 5.0
    net.b[1][:] = 0.0
    tab.set_network_params(net.params)
    x_raw = 0.5 * ds.input_norm.scale[0] + ds.input_norm.shift[0]
    assert len(tab.curve.crossings) == 1 and abs(tab.curve.crossings[0] - x_raw) < 1e-3
