"""The factors a derivation multiplies, each with its symbol, its value and what it means.

A `Term` carries two symbols: `letters` as in the rule (o_k, (1 − h_j)) and `symbol` with this
unit's indices (o₁, (1 − h₂)), plus `shown`, the number as written in the product line. Each
activation's derivative is written through the stored activation, as in core/engine/activations.py:
σ′ = o (1 − o), tanh′ = 1 − o², ReLU′ = [net > 0], linear′ = 1.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.i18n import translate
from core.teaching.notation import MINUS, Notation, T, Text, idx, join, num, sym


@dataclass(frozen=True)
class Term:
    """One factor: `symbol` (indexed), `letters` (as in the rule), `value`, `shown`, `meaning`."""

    symbol: Text
    letters: Text
    value: float
    shown: Text
    meaning: str


@dataclass(frozen=True)
class SumItem:
    """One k of Σ_k w_kj δ_k: its factors (w_kj, then δ_k's factors) and their product."""

    index: int
    factors: tuple[Term, ...]
    value: float

    @property
    def symbol(self) -> Text:
        return join([f.symbol for f in self.factors], " ")


def input_term(note: Notation, trace, l: int, frm: int, letter: str) -> Term:
    """The input a weight multiplies: x_i, h_j (a of layer l), or 1 for the bias."""
    if frm < 0:
        # the seed's w_k0: the bias is the weight of an extra input (x₀, h₀) fixed at 1
        return Term(note.unit(l, "0"), note.unit(l, "0"), 1.0, T("1"),
                    translate("DerivationFactors", "the bias input, always 1"))
    v = float(trace.activations[l][frm])
    meaning = (translate("DerivationFactors", "input, the signal this weight carries") if l == 0 else
               translate("DerivationFactors", "output of {layer} unit {n}, the signal this weight carries").format(
                   layer=note.layer_name(l), n=frm + 1))
    return Term(note.unit(l, str(frm + 1)), note.unit(l, letter), v, num(v, True), meaning)


def slope_factors(note: Notation, act: str, s: int, u: int, a: float, net: float,
                  letter: str) -> list[Term]:
    """f′(net) of unit u of layer s as factors, written through its activation a."""
    sub = str(u + 1)
    me, ml = note.unit(s, sub), note.unit(s, letter)
    if act == "sigmoid":
        # the seed: ∂o_k/∂net_k = o_k (1 − o_k), read off the stored o_k
        return [Term(me, ml, a, num(a, True), translate("DerivationFactors", "this unit's output (σ′ = σ (1 − σ))")),
                Term("(1 − " + me + ")", "(1 − " + ml + ")", 1.0 - a, num(1.0 - a, True),
                     translate("DerivationFactors", "one minus it: the sigmoid's slope is largest at 0.5"))]
    if act == "tanh":
        sq = Text("<sup>2</sup>", "²")
        return [Term("(1 − " + me + sq + ")", "(1 − " + ml + sq + ")", 1.0 - a * a,
                     num(1.0 - a * a, True), translate("DerivationFactors", "tanh′ = 1 − tanh²"))]
    if act == "relu":
        on = 1.0 if a > 0.0 else 0.0
        return [Term("f′(" + note.net(s, sub) + ")", "f′(" + note.net(s, letter) + ")", on,
                     num(on), translate("DerivationFactors", "ReLU slope: 1 if net > 0, else 0 (net = {net})").format(
                         net=num(net).plain))]
    if act == "linear":
        return []
    raise ValueError(f"activation {act!r} has no elementwise derivative")


def output_delta_factors(note: Notation, out_act: str, loss: str, o: np.ndarray, t: np.ndarray,
                         u: int, letter: str, error_last: bool = False) -> list[Term]:
    """δ_k = −∂E_n/∂net_k of output u as factors (the seed: (t_k − o_k) o_k (1 − o_k))."""
    L, sub = note.L, str(u + 1)
    ok, tk = float(o[u]), float(t[u])
    err = Term("(" + sym("t", sub) + " − " + note.unit(L, sub) + ")",
               "(" + sym("t", letter) + " − " + note.unit(L, letter) + ")", tk - ok,
               "(" + num(tk) + " − " + num(ok, True) + ")",  # a negative output in brackets: (0 − (−2.1))
               translate("DerivationFactors", "target minus output: the error"))
    if loss == "cross_entropy":
        # sigmoid + binary CE and softmax + CE: δ_k = t_k − o_k (the o_k (1 − o_k) cancels)
        return [err]
    if out_act == "softmax":
        # ½ SSE through softmax: δ_k = o_k ((t_k − o_k) − Σ_m o_m (t_m − o_m))
        e = t - o
        inner = float(e[u] - np.sum(o * e))
        om, tm = note.unit(L, "m"), sym("t", "m")
        br = lambda x: "((" + sym("t", x) + " − " + note.unit(L, x) + ") − " + sym("Σ", "m") + " " + \
            om + " (" + tm + " − " + om + "))"  # noqa: E731
        return [Term(note.unit(L, sub), note.unit(L, letter), ok, num(ok, True),
                     translate("DerivationFactors", "softmax output")),
                Term(br(sub), br(letter), inner, num(inner, True),
                     translate("DerivationFactors",
                               "error minus the outputs' weighted mean error (softmax couples the outputs)"))]
    slope = slope_factors(note, out_act, L, u, ok, float("nan"), letter)
    return slope + [err] if error_last else [err] + slope


def activation_rule(note: Notation, act: str, s: int, letter: str, sub: str,
                    net: float) -> tuple[Text, Text, Text]:
    """(rule with letters, rule with indices, the numbers) for a = f(net) of layer s."""
    def rule(x: str) -> Text:
        n = note.net(s, x)
        if act == "sigmoid":
            return "σ(" + n + ") = 1 / (1 + e" + Text(f"<sup>{MINUS}{n.html}</sup>",
                                                       f"^({MINUS}{n.plain})") + ")"
        if act == "tanh":
            return "tanh(" + n + ")"
        if act == "relu":
            return "max(0, " + n + ")"
        if act == "linear":
            return n
        return ("e" + Text(f"<sup>{n.html}</sup>", f"^{n.plain}") + " / " + sym("Σ", "m") + " e"
                + Text(f"<sup>{note.net(s, 'm').html}</sup>", f"^{note.net(s, 'm').plain}"))

    nv = num(net, True)
    if act == "sigmoid":
        numbers = "1 / (1 + e" + Text(f"<sup>{MINUS}{nv.html}</sup>", f"^({MINUS}{nv.plain})") + ")"
    elif act in ("tanh", "relu"):
        numbers = ("tanh(" if act == "tanh" else "max(0, ") + nv + ")"
    else:
        numbers = nv
    return rule(letter), rule(sub), numbers


def sum_items(trace, note: Notation, activations, loss: str, W, s: int, u: int) -> list[SumItem]:
    """The terms w_kj δ_k of Σ_k for unit u of hidden layer s (weights W before the update)."""
    nxt, L = s + 1, note.L
    sub = str(u + 1)
    items = []
    for k in range(note.sizes[nxt]):
        w = float(W[s][k, u])
        wt = Term(note.weight(s, idx(k + 1, sub)), note.weight(s, idx("k", "j")), w,
                  num(w, True), translate("DerivationFactors", "weight from this unit to {layer} unit {n}").format(
                      layer=note.layer_name(nxt), n=k + 1))
        if nxt == L:
            # the seed writes δ_k out in full: w_kj o_k (1 − o_k)(t_k − o_k)
            fac = output_delta_factors(note, activations[-1], loss, trace.activations[L],
                                       trace.t, k, "k", error_last=True)
        else:
            d = float(trace.deltas[nxt - 1][k])
            fac = [Term(note.delta(nxt, str(k + 1)), note.delta(nxt, "k"), d, num(d, True),
                        translate("DerivationFactors", "δ of {layer} unit {n}").format(
                            layer=note.layer_name(nxt), n=k + 1))]
        factors = (wt, *fac)
        value = 1.0
        for f in factors:
            value *= f.value
        items.append(SumItem(k, factors, value))
    return items
