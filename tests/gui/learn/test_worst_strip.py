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


def test_a_big_image_set_is_judged_on_an_even_subset(qtbot):
    """5,000 4 × 4 images: each frame judges an even 2,000 of them, and the rows it names are
    rows of the whole training set whose true class gets the smallest outputs among those."""
    from core.data.assemble import assemble_classification
    from core.teaching.subsample import spread_rows
    from gui.learn.worst_strip import WorstStrip

    rng = np.random.default_rng(0)
    ds = assemble_classification(rng.random((5000, 16)), rng.integers(0, 3, 5000), ["a", "b", "c"],
                                 name="img", spec={}, train_fraction=1.0)
    sizes = (16, 4, 3)
    strip = WorstStrip(ds, sizes, ("sigmoid", "sigmoid"), "sse", (4, 4))
    qtbot.addWidget(strip)
    params = _params(sizes, 5)
    strip.set_network_params(params)
    judged = spread_rows(5000)
    assert len(judged) == 2000 and set(strip.rows) <= set(judged)
    O = Network(sizes, ("sigmoid", "sigmoid"), "sse", params).forward(ds.X_train[judged])
    right = O[np.arange(2000), class_indices(ds.T_train[judged])]
    chosen = O[np.searchsorted(judged, strip.rows), class_indices(ds.T_train[strip.rows])]
    assert np.allclose(np.sort(chosen), np.sort(right)[:8])
