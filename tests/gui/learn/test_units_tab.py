"""Tests for gui/learn/units_tab.py: a picture for every kind of data — a curve over x (1 input),
the boundary and unit pictures (2 inputs), weight pictures and the hardest samples (images), the
principal-component plane or a chosen feature pair (more inputs)."""

from __future__ import annotations

import numpy as np

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






def test_sixteen_table_columns_get_the_plane_not_a_four_by_four_image(qtbot, tmp_path):
    """A CSV of 16 ordinary features (a square number) is a table: the principal-component plane, as
    for any other table, not its weights drawn as 4 × 4 pictures; 64 inputs (digits) stay an image."""
    rng = np.random.default_rng(3)
    X = rng.normal(size=(40, 16))
    path = tmp_path / "c16.csv"
    np.savetxt(path, np.column_stack([X, X[:, 0] > 0]), delimiter=",", fmt="%.4f")
    tab, sizes = _tab(qtbot, build_dataset(DataChoice(csv_path=str(path)), "sigmoid"), (3,))
    tab.set_network_params(_params(sizes))
    assert tab.kind == "projection"
    assert _tab(qtbot, _named("digits"), (5,))[0].kind == "image"


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
