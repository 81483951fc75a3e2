"""Tests for gui/learn/inspector.py: the selected weight's or unit's derivation with the sample's numbers."""

import numpy as np

from core.engine.backprop import OptimizerState, train_sample
from core.engine.network import Network
from gui.learn.inspector import DerivationInspector


def _seed_trace():
    """The seed's worked example: 2-2-2 sigmoid net, x = (0.05, 0.10), t = (0.01, 0.99)."""
    net = Network.from_arrays([np.array([[0.15, 0.20], [0.25, 0.30]]),
                               np.array([[0.40, 0.45], [0.50, 0.55]])],
                              [np.array([0.35, 0.35]), np.array([0.60, 0.60])])
    tr = train_sample(net, np.array([0.05, 0.10]), np.array([0.01, 0.99]), 0.5,
                      OptimizerState.zeros(net.n_params))
    return net, tr


def test_edge_shows_the_seed_numbers(qtbot):
    """Selecting w_11 (h₁ → o₁) shows 0.5 × (0.01 − 0.7514) × … = −0.0411 and the symbol caption."""
    net, tr = _seed_trace()
    w = DerivationInspector()
    qtbot.addWidget(w)
    w.set_trace(tr, net.sizes, net.activations, net.loss)
    w.show_edge(1, 0, 0)
    text = w.plain_text()
    assert "0.5 × (0.01 − 0.7514) × 0.7514 × 0.2486 × 0.5933" in text
    assert "−0.0411" in text
    assert "w<sub>11</sub>" in w.html()
    assert "learning rate" in w._caption.text()


def test_selection_survives_a_new_trace(qtbot):
    """After a new sample the same weight is explained with the new numbers."""
    net, tr = _seed_trace()
    w = DerivationInspector()
    qtbot.addWidget(w)
    w.set_trace(tr, net.sizes, net.activations, net.loss)
    w.show_node(2, 1)
    assert "0.0381" in w.plain_text()  # δ₂ = (0.99 − 0.7729) × 0.7729 × 0.2271
    tr2 = train_sample(net, np.array([0.05, 0.10]), np.array([0.01, 0.99]), 0.5,
                       OptimizerState.zeros(net.n_params))
    w.set_trace(tr2, net.sizes, net.activations, net.loss)
    assert "Output unit o" in w.plain_text()
    assert f"{tr2.deltas[1][1]:.4f}" in w.plain_text()


def test_empty_and_waiting_states(qtbot):
    """Without a selection it says what to click; with a selection but no trace, to step a sample."""
    w = DerivationInspector()
    qtbot.addWidget(w)
    assert "Click a weight" in w.plain_text()
    w.show_edge(0, 0, 0)
    assert "Step one sample" in w.plain_text()
    net, tr = _seed_trace()
    w.set_trace(tr, net.sizes, net.activations, net.loss)
    assert "Δw11 = α x1 h1" in w.plain_text()  # toPlainText drops the <sub> markup
    w.clear()
    assert "Click a weight" in w.plain_text()


def test_numbers_are_never_split_across_lines(qtbot):
    """In a narrow inspector (a small or 2× screen), lines break between words only: never
    inside a number like 2.11×10¹⁵⁶ (Qt's default broke it into '2.11×1' and '0¹⁵⁶')."""
    net, _ = _seed_trace()  # the seed's net, its target almost met: Δw of order 10⁻⁶
    x = np.array([0.05, 0.10])
    o = train_sample(net, x, np.zeros(2), 0.0, OptimizerState.zeros(net.n_params)).activations[-1]
    tr = train_sample(net, x, o + np.array([3e-5, 0.2]), 0.5, OptimizerState.zeros(net.n_params))
    w = DerivationInspector()
    qtbot.addWidget(w)
    w.set_trace(tr, net.sizes, net.activations, net.loss)
    w.show_edge(1, 0, 0)
    w.resize(200, 600)
    w.show()
    doc = w._browser.document()
    doc.setTextWidth(w._browser.viewport().width())
    assert "×10" in w.plain_text()
    token = set("0123456789.×−⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
    block, breaks = doc.begin(), 0
    while block.isValid():
        text, layout = block.text(), block.layout()
        for i in range(1, layout.lineCount()):
            pos = layout.lineAt(i).textStart()
            breaks += 1
            assert not (text[pos - 1] in token and text[pos] in token), text
        block = block.next()
    assert breaks > 0  # narrow enough that lines did wrap
