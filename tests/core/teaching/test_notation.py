"""Tests for core/teaching/notation.py: the seed's symbols and numbers as rich and plain text."""

from core.teaching.notation import (
    Notation,
    idx,
    num,
    sub,
    sup,
    sym,
    unit_name,
    weight_description,
    weight_kind,
    weight_name,
)


def test_numbers_are_written_as_in_the_seed():
    """4 decimals, a true minus sign, 3 digits below 0.01 and powers of ten below 0.001."""
    assert num(0.751365).plain == "0.7514"
    assert num(-0.0410835).plain == "−0.0411"
    assert num(0.01).plain == "0.01"
    assert num(0.0049771).plain == "0.00498"
    assert num(-0.000219284).plain == "−2.19×10⁻⁴"
    assert num(-0.000219284).html == "−2.19×10<sup>−4</sup>"
    assert num(-0.5, paren_negative=True).plain == "(−0.5)"
    assert num(0.0).plain == "0"


def test_symbols_have_html_and_unicode_forms():
    """w_kj is w<sub>kj</sub> in rich text and wₖⱼ in plain text; two-digit indices get a comma."""
    w = sym("w", "kj")
    assert (w.html, w.plain) == ("w<sub>kj</sub>", "wₖⱼ")
    assert idx(1, 2) == "12" and idx(1, 12) == "1,12"


def test_seed_net_has_no_superscripts_and_deep_nets_do():
    """A 2-2-1 net writes h_j and w_kj; a 2-8-8-1 net writes h⁽²⁾_j and w⁽³⁾_kj."""
    seed, deep = Notation((2, 2, 1)), Notation((2, 8, 8, 1))
    assert seed.unit(1, "j").plain == "hⱼ" and seed.weight(1, "kj").plain == "wₖⱼ"
    assert deep.unit(2, "j").plain == "h⁽²⁾ⱼ" and deep.weight(2, "kj").plain == "w⁽³⁾ₖⱼ"
    assert deep.unit(3, "k").plain == "oₖ" and deep.unit(0, "i").plain == "xᵢ"
    assert seed.letters(1) == ("k", "j") and seed.letters(0) == ("j", "i")


def test_html_special_characters_are_escaped():
    """Literal text cannot inject markup: '<' becomes &lt; in the rich form."""
    from core.teaching.notation import T

    assert T("a < b").html == "a &lt; b" and T("a < b").plain == "a < b"



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
