"""Tests for gui/learn/worst_strip.py: the training images the network gets most wrong."""

from __future__ import annotations

import numpy as np

from core.data.dataset import class_indices
from core.engine.network import Network
from tests.gui.learn.test_units_tab import _named, _params, _tab


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
