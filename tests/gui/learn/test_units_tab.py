"""Tests for gui/learn/units_tab.py: boundary + unit pictures for 2-D data, weight pictures for images,
a plain note for anything else."""

from __future__ import annotations

import numpy as np

from core.engine.network import Network
from core.studio.experiment import DataChoice, build_dataset
from gui.learn.units_tab import UnitsTab


def _tab(qtbot, name, hidden):
    ds = build_dataset(DataChoice(name), "sigmoid")
    sizes = (ds.n_inputs, *hidden, ds.n_outputs)
    tab = UnitsTab(ds, sizes, ("sigmoid",) * (len(sizes) - 1), "sse")
    qtbot.addWidget(tab)
    return tab, sizes


def test_two_inputs_get_the_boundary_and_every_unit(qtbot):
    """Spiral 2-4-4-1: the boundary is drawn and every hidden and output unit has a picture."""
    tab, sizes = _tab(qtbot, "spiral", (4, 4))
    tab.set_network_params(np.random.default_rng(1).normal(size=Network(sizes).n_params))
    assert tab.boundary.values() is not None and tab.note is None
    assert all(tab.strip.image(s, u) is not None for s in (1, 2, 3) for u in range(sizes[s]))


def test_images_get_incoming_weights_and_others_a_note(qtbot):
    """Digits show each hidden unit's weights as 8 × 8; iris (4 inputs) says why there is no plane."""
    tab, sizes = _tab(qtbot, "digits", (5,))
    tab.set_network_params(np.zeros(Network(sizes).n_params))
    assert tab.boundary is None and tab.strip.mode == "weights"
    assert tab.strip.image(1, 4).width() == 8
    tab, _ = _tab(qtbot, "iris", (3,))
    assert tab.strip is None and "4 inputs" in tab.note.text()
    tab.set_network_params(np.zeros(Network((4, 3, 3)).n_params))  # nothing to draw, no error
