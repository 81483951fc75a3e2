"""Tests for gui/learn/units_tab.py: a picture for every kind of data — a curve over x (1 input),
the boundary and unit pictures (2 inputs), weight pictures and the hardest samples (images), the
principal-component plane or a chosen feature pair (more inputs)."""

from __future__ import annotations

import numpy as np

from core.data.csv_reader import load_csv
from core.data.dataset import class_indices
from core.engine.network import Network
from core.studio.experiment import DataChoice, build_dataset
from gui.learn.units_tab import UnitsTab


def _tab(qtbot, ds, hidden, act="sigmoid"):
    sizes = (ds.n_inputs, *hidden, ds.n_outputs)
    tab = UnitsTab(ds, sizes, (act,) * (len(sizes) - 2) + ("sigmoid",), "sse")
    qtbot.addWidget(tab)
    return tab, sizes


def _named(name):
    return build_dataset(DataChoice(name), "sigmoid")


def _params(sizes, seed=1):
    return np.random.default_rng(seed).normal(size=Network(sizes).n_params)


def sine_csv(tmp_path, n=60):
    """y = sin x over [-3, 3], sorted by x: a 1-input regression file."""
    x = np.linspace(-3, 3, n)
    path = tmp_path / "sine.csv"
    np.savetxt(path, np.column_stack([x, np.sin(x)]), delimiter=",", header="x,y", comments="")
    return path


def threshold_csv(tmp_path):
    """Class 'big' where x > 1: a 1-input classification file."""
    x = np.linspace(-3, 3, 50)
    path = tmp_path / "size.csv"
    path.write_text("length_cm,size\n" + "".join(f"{v:.3f},{'big' if v > 1 else 'small'}\n" for v in x))
    return path


def test_two_inputs_get_the_boundary_and_every_unit(qtbot):
    """Spiral 2-4-4-1: the boundary is drawn and every hidden and output unit has a picture."""
    tab, sizes = _tab(qtbot, _named("spiral"), (4, 4))
    tab.set_network_params(_params(sizes))
    assert tab.kind == "plane" and tab.boundary.values() is not None
    assert all(tab.strip.image(s, u) is not None for s in (1, 2, 3) for u in range(sizes[s]))


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


def test_images_get_weights_and_the_hardest_samples(qtbot):
    """Digits: each hidden unit's weights as 8 × 8, and the 8 training samples whose true class
    gets the smallest output, with what the network says and what they are."""
    ds = _named("digits")
    tab, sizes = _tab(qtbot, ds, (5,))
    params = _params(sizes, 3)
    tab.set_network_params(params)
    assert tab.kind == "image" and tab.strip.mode == "weights" and tab.strip.image(1, 4).width() == 8
    O = Network(sizes, ("sigmoid", "sigmoid"), "sse", params).forward(ds.X_train)
    truth = class_indices(ds.T_train)
    right = O[np.arange(len(O)), truth]
    assert sorted(right[tab.worst.rows]) == sorted(np.sort(right)[:8])
    said, is_ = tab.worst.labels[0]
    assert said == str(np.argmax(O[tab.worst.rows[0]])) and is_ == str(truth[tab.worst.rows[0]])


def test_more_inputs_get_the_pca_plane_with_wrong_answers_ringed(qtbot):
    """Iris: the points in the plane of the first two principal components (orthonormal,
    explaining most of the variance), a ring on exactly the misclassified samples."""
    ds = _named("iris")
    tab, sizes = _tab(qtbot, ds, (3,))
    params = _params(sizes, 2)
    tab.set_network_params(params)
    pv = tab.projection
    assert tab.kind == "projection" and pv.image_rgb() is not None
    C = pv.projection.components
    assert np.allclose(C @ C.T, np.eye(2)) and pv.projection.explained.sum() > 0.8
    net = Network(sizes, ("sigmoid", "sigmoid"), "sse", params)
    X, T = np.vstack([ds.X_train, ds.X_test]), np.vstack([ds.T_train, ds.T_test])
    wrong = np.argmax(net.forward(X), axis=1) != np.argmax(T, axis=1)
    assert np.array_equal(pv.wrong, wrong)


def test_a_chosen_feature_pair_shows_that_plane(qtbot):
    """Iris: choosing petal length against petal width draws the boundary in that plane."""
    tab, sizes = _tab(qtbot, _named("iris"), (3,))
    tab.set_network_params(_params(sizes))
    combo = tab.plane_combo
    i = next(k for k in range(combo.count()) if combo.itemData(k) == (2, 3))
    combo.setCurrentIndex(i)
    assert tab.projection is None and tab.boundary is not None
    assert tab.boundary.values() is not None
    combo.setCurrentIndex(0)
    assert tab.projection is not None and tab.projection.image_rgb() is not None
