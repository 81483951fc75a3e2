"""Tests for core/teaching/derivation_render.py: a derivation as rich text and plain text."""

import numpy as np

from core.engine.backprop import trace_sample
from core.engine.network import Network
from core.teaching.derivation import derive_edge, derive_node


def _trace():
    net = Network.from_arrays([np.array([[0.15, 0.20], [0.25, 0.30]]),
                               np.array([[0.40, 0.45], [0.50, 0.55]])],
                              [np.array([0.35, 0.35]), np.array([0.60, 0.60])])
    return net, trace_sample(net, np.array([0.05, 0.10]), np.array([0.01, 0.99]), 0.5)


def test_html_has_rule_numbers_value_and_a_table_of_factors():
    """The rich text shows the rule, the numbers, the bold value and one table row per factor."""
    net, tr = _trace()
    html = derive_edge(tr, net.sizes, net.activations, net.loss, 1, 0, 0).html()
    assert "rule:" in html and "<b>−0.0411</b>" in html
    assert "0.5 × (0.01 − 0.7514) × 0.7514 × 0.2486 × 0.5933" in html
    assert html.count("<tr>") == 5  # α, (t₁ − o₁), o₁, (1 − o₁), h₁


def test_input_node_is_not_written_as_x_equals_x():
    """An input unit reads 'x₂ = 0.1', without a redundant rule or repeated symbol."""
    net, tr = _trace()
    text = derive_node(tr, net.sizes, net.activations, net.loss, 0, 1).plain()
    assert "x₂ = 0.1" in text and "rule" not in text and "x₂ = x₂" not in text
