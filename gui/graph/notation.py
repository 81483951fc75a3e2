"""Names of units and weights in the seed's notation, for labels and tooltips.

The seed's 2-layer net has inputs x_i, hidden units h_j, outputs o_k, weights w_ji (input→hidden)
and w_kj (hidden→output), and biases w_j0, w_k0 (the weight from a constant unit 1). Indices are
1-based as in the seed; index 0 is the bias. With several hidden layers the hidden units become
h⁽¹⁾_j, h⁽²⁾_j, … and each weight carries its layer as a superscript: w⁽²⁾_kj.
"""

from __future__ import annotations

_SUB = str.maketrans("0123456789,", "₀₁₂₃₄₅₆₇₈₉,")
_SUP = str.maketrans("0123456789()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾")


def sub(text) -> str:
    """Unicode subscript of digits: sub(12) == '₁₂'."""
    return str(text).translate(_SUB)


def sup(text) -> str:
    """Unicode superscript of digits and parentheses: sup('(2)') == '⁽²⁾'."""
    return str(text).translate(_SUP)


def unit_letter(layer: int, n_layers: int) -> str:
    """'x', 'h', 'h⁽²⁾' or 'o' for the layer at index `layer` of a net with n_layers unit layers."""
    if layer == 0:
        return "x"
    if layer == n_layers - 1:
        return "o"
    return "h" if n_layers == 3 else "h" + sup(f"({layer})")


def index_letter(layer: int, n_layers: int) -> str:
    """The seed's index letter of a layer: i for inputs, j for hidden units, k for outputs."""
    if layer == 0:
        return "i"
    if layer == n_layers - 1:
        return "k"
    return "j"


def unit_name(layer: int, unit: int, n_layers: int) -> str:
    """The label of a unit, e.g. 'x₁', 'h₂', 'h⁽¹⁾₃', 'o₁' (unit is 0-based, the label 1-based)."""
    return unit_letter(layer, n_layers) + sub(unit + 1)


def _pair(to: int, frm: int) -> str:
    """Subscript pair '12', or '12,3' when an index has two digits (so w₁₂,₃ is not ambiguous)."""
    a, b = str(to), str(frm)
    return sub(a + b) if len(a) == 1 and len(b) == 1 else sub(a + "," + b)


def weight_name(l: int, to: int, frm: int, n_layers: int) -> str:
    """The name of W[l][to, frm] (0-based; frm == −1 is the bias), e.g. 'w₁₂', 'w₂₀', 'w⁽²⁾₁₃'."""
    head = "w" if n_layers == 3 or n_layers == 2 else "w" + sup(f"({l + 1})")
    return head + _pair(to + 1, 0 if frm < 0 else frm + 1)


def weight_kind(l: int, frm: int, n_layers: int) -> str:
    """The seed's generic symbol of a weight, e.g. 'w_ji', 'w_kj', 'w_j0' (bias)."""
    to_letter = index_letter(l + 1, n_layers)
    from_letter = "0" if frm < 0 else index_letter(l, n_layers)
    return f"w_{to_letter}{from_letter}"


def weight_description(l: int, to: int, frm: int, n_layers: int) -> str:
    """Words for where a weight sits, e.g. 'from h₂ to o₁' or 'bias of h₁ (from the constant 1)'."""
    target = unit_name(l + 1, to, n_layers)
    if frm < 0:
        return f"bias of {target} (weight from the constant 1)"
    return f"from {unit_name(l, frm, n_layers)} to {target}"
