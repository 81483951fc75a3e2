"""Tests of gui/graph/notation.py: unit and weight names in the seed's notation."""

from gui.graph.notation import sub, sup, unit_name, weight_description, weight_kind, weight_name


def test_subscripts_and_superscripts():
    """Digits become unicode sub/superscripts."""
    assert sub(120) == "₁₂₀" and sup("(2)") == "⁽²⁾"


def test_seed_names_for_a_two_layer_net():
    """2-2-1: x₁, h₂, o₁; W_kj[0, 1] is w₁₂ (w_kj); b_j[1] is w₂₀ (w_j0); W_ji[1, 0] is w₂₁ (w_ji)."""
    assert [unit_name(0, 0, 3), unit_name(1, 1, 3), unit_name(2, 0, 3)] == ["x₁", "h₂", "o₁"]
    assert weight_name(1, 0, 1, 3) == "w₁₂" and weight_kind(1, 1, 3) == "w_kj"
    assert weight_name(0, 1, -1, 3) == "w₂₀" and weight_kind(0, -1, 3) == "w_j0"
    assert weight_name(0, 1, 0, 3) == "w₂₁" and weight_kind(0, 0, 3) == "w_ji"
    assert weight_kind(1, -1, 3) == "w_k0"
    assert weight_description(1, 0, 1, 3) == "from h₂ to o₁"


def test_deep_nets_number_hidden_layers_and_weights():
    """2-8-8-1: hidden units h⁽¹⁾ⱼ, h⁽²⁾ⱼ; weights carry their layer; two-digit indices get a comma."""
    assert unit_name(2, 2, 4) == "h⁽²⁾₃"
    assert weight_name(1, 0, 7, 4) == "w⁽²⁾₁₈"
    assert weight_name(0, 11, 2, 4) == "w⁽¹⁾₁₂,₃"
