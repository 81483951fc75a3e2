"""The seed's symbols as text: x_i, h_j, o_k, w_kj, δ_k, net_j, with their numbers, in two forms.

Every piece of text is a `Text` pair: rich text for Qt (HTML with <sub>/<sup>) and plain unicode
(subscript digits) for tooltips, logs and tests. Index letters follow the seed *relative to the
edge being explained*: an edge into the output is w_kj (from h_j to o_k), any other edge is w_ji
(from x_i or an earlier h_i to h_j), and the layer after j is summed over k. With more than one
hidden layer the seed's symbols get a layer superscript, h⁽²⁾_j, w⁽³⁾_kj, δ⁽²⁾_j, as in the
generalised delta rule. Concrete indices count from 1 and the bias is index 0 (the seed's w_k0).

The one owner of the notation: the derivation, the graph's labels and tooltips, and the Hinton
squares all name units and weights through this module.
"""

from __future__ import annotations

import math
from typing import NamedTuple

_SUB = str.maketrans("0123456789ijkm,+−-()", "₀₁₂₃₄₅₆₇₈₉ᵢⱼₖₘ,₊₋₋₍₎")
_SUP = str.maketrans("0123456789()−-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾⁻⁻")
MINUS = "−"


class Text(NamedTuple):
    """One piece of text in two renderings: `html` (Qt rich text) and `plain` (unicode)."""

    html: str
    plain: str

    def __add__(self, other) -> Text:  # type: ignore[override]
        if isinstance(other, str):
            other = T(other)
        return Text(self.html + other.html, self.plain + other.plain)

    def __radd__(self, other) -> Text:
        return T(other) + self


def T(s: str) -> Text:
    """Literal text, the same in both renderings (HTML special characters escaped)."""
    return Text(s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), s)


def join(parts, sep: str | Text = "") -> Text:
    """Concatenate Text parts with a separator."""
    sep = T(sep) if isinstance(sep, str) else sep
    out = Text("", "")
    for n, p in enumerate(parts):
        out = out + (sep + p if n else p)
    return out


def sym(base: str, sub: str = "", sup: str = "") -> Text:
    """A symbol with optional sub- and superscript, e.g. sym('h', '2', '(1)') for h⁽¹⁾₂."""
    html = base + (f"<sup>{sup}</sup>" if sup else "") + (f"<sub>{sub}</sub>" if sub else "")
    return Text(html, base + sup.translate(_SUP) + sub.translate(_SUB))


def idx(*indices: int | str) -> str:
    """Subscript for one or two indices: '12' for (1, 2), '1,12' once an index has two digits."""
    parts = [str(i) for i in indices]
    return ("," if any(len(p) > 1 for p in parts) else "").join(parts)


def num(v: float, paren_negative: bool = False) -> Text:
    """A number as the seed writes them: 4 decimals (0.7514, −0.0411), 3 significant digits below
    0.01 (0.00498), ×10ⁿ below 0.001 or from 10⁵ on; a true minus sign."""
    v = float(v)
    if not math.isfinite(v):
        return T("nan" if math.isnan(v) else ("∞" if v > 0 else MINUS + "∞"))
    a = abs(v)
    if a == 0:
        return T("0")
    if 1e-2 <= a < 1e5:
        body = T(f"{a:.4f}".rstrip("0").rstrip("."))
    elif 1e-3 <= a < 1e-2:
        body = T(f"{a:.3g}")
    else:
        mant, exp = f"{a:.2e}".split("e")
        mant = mant.rstrip("0").rstrip(".")
        e = str(int(exp)).replace("-", MINUS)
        body = Text(f"{mant}×10<sup>{e}</sup>", f"{mant}×10{e.translate(_SUP)}")
    if v > 0:
        return body
    neg = MINUS + body
    return "(" + neg + ")" if paren_negative else neg


def compact(v: float, decimals: int = 2, plus: bool = False) -> str:
    """A number in at most 9 characters, for labels drawn at a fixed width on the graph and in
    legends: `decimals` places from 0.01 to 10⁴ (0.97, −12.50), scientific outside (2.1e−5,
    −5e153), ∞ for an overflow; a true minus sign, '+' in front of positives when `plus`."""
    v = float(v)
    if math.isnan(v):
        return "nan"
    sign = MINUS if v < 0 else ("+" if plus and v > 0 else "")
    a = abs(v)
    if math.isinf(a):
        return sign + "∞"
    if a == 0:
        return f"{0:.{decimals}f}"
    if 1e-2 <= a < 1e4:
        return sign + f"{a:.{decimals}f}"
    mant, exp = f"{a:.1e}".split("e")
    mant = mant.removesuffix(".0")
    return f"{sign}{mant}e{int(exp)}".replace("-", MINUS)


class Notation:
    """Symbols for a network of `sizes` (input first): which letter and superscript each layer uses.

    Layers of units are numbered s = 0 (inputs) .. L (outputs); weight layer l (0-based, as in
    Network.W[l]) joins unit layer l to l + 1.
    """

    def __init__(self, sizes):
        self.sizes = tuple(int(n) for n in sizes)
        self.L = len(self.sizes) - 1

    def _sup(self, s: int) -> str:
        # The seed has one hidden layer; only deeper nets need the (s) to tell hidden layers apart.
        return f"({s})" if self.L > 2 and 0 < s else ""

    def layer_name(self, s: int) -> str:
        """'input', 'hidden', 'hidden layer 2' or 'output'."""
        if s == 0:
            return "input"
        if s == self.L:
            return "output"
        return "hidden" if self.L == 2 else f"hidden layer {s}"

    def unit(self, s: int, sub: str) -> Text:
        """The activation of a unit of layer s: x_i, h_j (h⁽ˢ⁾_j when deep) or o_k."""
        if s == 0:
            return sym("x", sub)
        if s == self.L:
            return sym("o", sub)
        return sym("h", sub, self._sup(s))

    def net(self, s: int, sub: str) -> Text:
        """The weighted input of a unit of layer s ≥ 1: net_j, net_k."""
        return sym("net", sub, self._sup(s) if s < self.L else "")

    def delta(self, s: int, sub: str) -> Text:
        """δ of a unit of layer s ≥ 1 (δ = −∂E_n/∂net)."""
        return sym("δ", sub, self._sup(s) if s < self.L else "")

    def weight(self, l: int, sub: str) -> Text:
        """An entry of weight layer l: w_kj, w_ji (w⁽ˡ⁺¹⁾ when deep)."""
        return sym("w", sub, f"({l + 1})" if self.L > 2 else "")

    def letters(self, l: int) -> tuple[str, str]:
        """(to, from) index letters for weight layer l: ('k', 'j') into the output, else ('j', 'i')."""
        if l == self.L - 1:
            return ("k", "j") if l > 0 else ("k", "i")
        return ("j", "i")


# ---- names of concrete units and weights, for labels and tooltips ----
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
