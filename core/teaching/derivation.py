"""One weight's update, or one unit's net/activation/δ, written out with the current sample's numbers.

`derive_edge` turns a SampleTrace into the seed's update rule for the selected weight, e.g.

    Δw_kj = α (t_k − o_k) o_k (1 − o_k) h_j = 0.5 × (0.01 − 0.7514) × 0.7514 × 0.2486 × 0.5933
          = −0.0411

as a list of named factors whose product is exactly trace.dW[l][to, from]. A hidden weight gets
the seed's Δw_ji = α x_i h_j (1 − h_j) Σ_k w_kj o_k (1 − o_k)(t_k − o_k), each term of the sum
listed. Other activations swap o(1 − o) for their f′, cross-entropy gives δ_k = t_k − o_k, and
deeper nets use the generalised delta rule δ = f′ · Σ w δ_next (core/engine/backprop.py). `derive_node`
does the same for a unit. Rendering to rich text is in core/teaching/derivation_render.py.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.engine.backprop import SampleTrace
from core.i18n import Context, translate
from core.teaching.derivation_factors import (
    SumItem,
    Term,
    activation_rule,
    input_term,
    output_delta_factors,
    slope_factors,
    sum_items,
)
from core.teaching.notation import Notation, T, Text, idx, join, num, sym, tformat

DerivationText = Context("DerivationText")  # for plural forms: DerivationText.tr("%n weight(s)", "", n)


@dataclass(frozen=True)
class Equation:
    """lhs = rule (index letters) = indexed (this unit's indices) = numbers = value."""

    lhs: Text
    rule: Text
    indexed: Text
    numbers: Text
    value: float


@dataclass(frozen=True)
class Derivation:
    """What a teaching view shows for one edge or unit. `product` = Π terms' values (the Δw or δ)."""

    title: Text
    equations: tuple[Equation, ...]
    terms: tuple[Term, ...]
    product: float
    sum_items: tuple[SumItem, ...] = ()
    applied: float | None = None
    notes: tuple[Text, ...] = ()
    feeds: Text | None = None
    applied_why: tuple[str, ...] = ()  # when `applied` differs: which of batch, momentum, L2 did it

    def html(self) -> str:
        """Rich text (HTML with <sub>/<sup>) for a QTextBrowser or QLabel."""
        from core.teaching.derivation_render import render_html

        return render_html(self)

    def plain(self) -> str:
        """The same in plain unicode (subscript digits), one equation per line."""
        from core.teaching.derivation_render import render_plain

        return render_plain(self)


def _product(terms) -> float:
    p = 1.0
    for t in terms:
        p *= t.value
    return p


def _weights(trace: SampleTrace, weights) -> list[np.ndarray] | None:
    """The weights the δs were computed with (before the sample's update), if anyone kept them."""
    if trace.weights_before:
        return trace.weights_before
    return list(weights) if weights is not None else None


def _factors_line(terms) -> Text:
    return join([t.shown for t in terms], " × ") if terms else num(1.0)


def _delta_block(trace, note: Notation, activations, loss, s, u, letter, weights):
    """δ of unit u in layer s ≥ 1 as factors, with the Σ's items and equation for a hidden unit.

    Returns (factors, items, sum_equation or None, notes).
    """
    L, a = note.L, trace.activations
    notes: list[Text] = []
    if s == L:
        if loss == "cross_entropy":
            notes.append(Text(
                translate("Derivation",
                          "Cross-entropy: ∂E<sub>n</sub>/∂o<sub>k</sub> = −(t<sub>k</sub> − o<sub>k</sub>)"
                          " / (o<sub>k</sub>(1 − o<sub>k</sub>)), so the seed's o<sub>k</sub>(1 − o<sub>k</sub>)"
                          " cancels and δ<sub>k</sub> = t<sub>k</sub> − o<sub>k</sub>."),
                translate("Derivation", "Cross-entropy: the seed's o_k(1 − o_k) cancels, δ_k = t_k − o_k.")))
        return output_delta_factors(note, activations[-1], loss, a[L], trace.t, u, letter), (), \
            None, notes
    slope = slope_factors(note, activations[s - 1], s, u, a[s][u], trace.nets[s - 1][u], letter)
    nxt, sub = s + 1, str(u + 1)
    if nxt == L:
        # the seed writes δ_k out in full: Σ_k w_kj o_k (1 − o_k)(t_k − o_k)
        d_letters = join([f.letters for f in output_delta_factors(
            note, activations[-1], loss, a[L], trace.t, 0, "k", error_last=True)], " ")
    else:
        d_letters = note.delta(nxt, "k")
    sigma = sym("Σ", "k") + " "
    sum_letters = sigma + note.weight(s, idx("k", letter)) + " " + d_letters
    sum_indexed = sigma + note.weight(s, idx("k", sub)) + " " + d_letters
    W = _weights(trace, weights)
    items: list[SumItem] = []
    sum_eq = None
    if W is not None:
        items = sum_items(trace, note, activations, loss, W, s, u)
        sum_value = float(sum(it.value for it in items))
        sum_eq = Equation(sum_indexed, sum_letters, join([it.symbol for it in items], " + "),
                          join([_factors_line(it.factors) for it in items], " + "), sum_value)
    else:
        sp = _product(slope)
        sum_value = float(trace.deltas[s - 1][u] / sp) if sp != 0 else 0.0
        notes.append(Text(translate("Derivation", "The weights before this update were not recorded, so the "
                                                  "terms of the sum are not listed."),
                          translate("Derivation", "The terms of the sum are not listed.")))
    sum_term = Term(sum_indexed, sum_letters, sum_value, num(sum_value, True),
                    translate("Derivation", "the error of {layer}, sent back through the weights").format(
                        layer=note.layer_noun(nxt)))
    return (*slope, sum_term), tuple(items), sum_eq, notes


def derive_edge(trace: SampleTrace, sizes, activations, loss: str, l: int, to: int, frm: int,
                weights=None) -> Derivation:
    """Δw of weight layer l (0-based, Network.W[l]) from unit `frm` to unit `to`; frm = −1: bias.

    `weights` (per-layer (to, from) arrays before the update) is only needed when the trace does
    not carry `weights_before`. The result's `product` equals trace.dW[l][to, frm] (or db).
    """
    note = Notation(sizes)
    if not 0 <= l < note.L or not 0 <= to < note.sizes[l + 1] or not -1 <= frm < note.sizes[l]:
        raise IndexError(f"no weight ({l}, {to}, {frm}) in a {'-'.join(map(str, sizes))} network")
    s = l + 1
    to_letter, from_letter = note.letters(l)
    fsub, tsub = ("0" if frm < 0 else str(frm + 1)), str(to + 1)
    alpha = Term(sym("α"), sym("α"), trace.alpha, num(trace.alpha), translate("Derivation", "learning rate"))
    a_in = input_term(note, trace, l, frm, from_letter)
    dfac, items, sum_eq, notes = _delta_block(trace, note, activations, loss, s, to, to_letter,
                                              weights)
    # the seed's order: Δw_kj = α (t_k − o_k) o_k (1 − o_k) h_j and Δw_ji = α x_i h_j (1 − h_j) Σ…
    terms = (alpha, *dfac, a_in) if s == note.L else (alpha, a_in, *dfac)
    w_letters = note.weight(l, to_letter + ("0" if frm < 0 else from_letter))
    value = _product(terms)
    main = Equation("Δ" + note.weight(l, idx(tsub, fsub)),
                    "Δ" + w_letters + " = " + join([t.letters for t in terms], " "),
                    join([t.symbol for t in terms], " "), _factors_line(terms), value)
    if frm < 0:
        x0 = note.unit(l, "0")
        notes.insert(0, tformat(translate("Derivation", "The bias is the weight {weight} of an extra input {input} "
                                                        "that is always 1."),
                                weight=note.weight(l, to_letter + "0"), input=x0))
    if a_in.value == 0.0:
        notes.append(tformat(translate("Derivation", "{input} is 0 for this sample, so this weight does not change "
                                                     "now: a weight learns only from samples that send a signal "
                                                     "through it."), input=a_in.symbol))
    elif any(t.value == 0.0 for t in dfac):
        notes.append(T(translate("Derivation", "A factor of δ is 0 (a saturated or switched-off unit), so nothing "
                                               "flows back through this unit for this sample.")))
    applied, why = None, ()
    if trace.applied_dW:
        got = trace.applied_db[l][to] if frm < 0 else trace.applied_dW[l][to, frm]
        if abs(got - value) > 1e-12 * max(1.0, abs(value)):
            applied, why = float(got), _why_applied_differs(trace, bias=frm < 0)
    src = note.unit(l, fsub) if frm >= 0 else T(translate("Derivation", "bias"))
    title = tformat(translate("Derivation", "Weight {weight}: {source} → {target}"),
                    weight=note.weight(l, idx(tsub, fsub)), source=src, target=note.unit(s, tsub))
    return Derivation(title, (main,) if sum_eq is None else (main, sum_eq), terms, value, items,
                      applied, tuple(notes), applied_why=why)


def _why_applied_differs(trace: SampleTrace, bias: bool) -> tuple[str, ...]:
    """Which parts of the update rule in force made the applied change differ from α δ a."""
    B, pos, mu, lam = trace.batch_size, trace.batch_position, trace.momentum, trace.l2
    if B > 1 and pos < B:  # nothing applied yet: the rest does not matter for this step
        return (translate("Derivation", "a batch of {size}: each sample's α δ a is collected and their average "
                          "applied once the batch is full; this was sample {position} of {size}, so nothing is "
                          "applied yet.").format(size=B, position=pos),)
    why = []
    if B > 1:
        why.append(translate("Derivation", "a batch of {size}: this sample completed it, and the average of its "
                             "{size} changes was applied.").format(size=B))
    if mu > 0:
        why.append(translate("Derivation", "momentum μ = {mu}: the change also carries μ times the previous change "
                             "(v ← μ v + α δ a, then w ← w + v).").format(mu=f"{mu:g}"))
    if lam > 0 and not bias:
        why.append(translate("Derivation", "L2 decay λ = {lam}: each update also takes α λ w off the weight "
                             "(biases are not decayed).").format(lam=f"{lam:g}"))
    return tuple(why)


def derive_node(trace: SampleTrace, sizes, activations, loss: str, layer: int, unit: int,
                weights=None) -> Derivation:
    """A unit's net, activation and δ (layer 0 = inputs .. L = outputs); product = its δ."""
    note = Notation(sizes)
    if not 0 <= layer <= note.L or not 0 <= unit < note.sizes[layer]:
        raise IndexError(f"no unit ({layer}, {unit}) in a {'-'.join(map(str, sizes))} network")
    sub = str(unit + 1)
    me = note.unit(layer, sub)
    title = tformat(translate("Derivation", "{layer} unit {unit}"), layer=note.layer_name(layer).capitalize(),
                    unit=me)
    if layer == 0:
        x = float(trace.x[unit])
        to_l = note.letters(0)[0]
        feeds = tformat(DerivationText.tr("It is the input of the %n weight(s) {weight} into the next layer: "
                                       "Δ{weight} = α {delta} {unit}.", "", note.sizes[1]),
                        weight=note.weight(0, idx(to_l, sub)), delta=note.delta(1, to_l), unit=me)
        return Derivation(title, (Equation(me, me, me, num(x), x),), (), 1.0, feeds=feeds)
    letter, from_letter = note.letters(layer - 1)
    W = _weights(trace, weights)
    net_v = float(trace.nets[layer - 1][unit])
    net_rule = (sym("Σ", from_letter) + " " + note.weight(layer - 1, letter + from_letter) + " "
                + note.unit(layer - 1, from_letter) + " + " + note.weight(layer - 1, letter + "0"))
    net_indexed = (sym("Σ", from_letter) + " " + note.weight(layer - 1, idx(sub, from_letter))
                   + " " + note.unit(layer - 1, from_letter) + " + "
                   + note.weight(layer - 1, idx(sub, 0)))
    numbers = num(net_v)
    if W is not None:
        w, a_prev = W[layer - 1][unit], trace.activations[layer - 1]
        bias = net_v - float(w @ a_prev)
        shown = [num(w[i]) + " × " + num(a_prev[i], True) for i in range(min(4, w.size))]
        if w.size > 4:
            shown.append(T(translate("Derivation", "… ({count} more)").format(count=w.size - 4)))
        numbers = join(shown + [num(bias, True)], " + ")
    eqs = [Equation(note.net(layer, sub), note.net(layer, letter) + " = " + net_rule, net_indexed,
                    numbers, net_v)]
    rule_l, rule_i, a_numbers = activation_rule(note, activations[layer - 1], layer, letter, sub,
                                                net_v)
    eqs.append(Equation(me, note.unit(layer, letter) + " = " + rule_l, rule_i, a_numbers,
                        float(trace.activations[layer][unit])))
    dfac, items, sum_eq, notes = _delta_block(trace, note, activations, loss, layer, unit, letter,
                                              weights)
    d_v = _product(dfac)
    ds = note.delta(layer, sub)
    eqs.append(Equation(ds, note.delta(layer, letter) + " = " + join([f.letters for f in dfac], " "),
                        join([f.symbol for f in dfac], " "), _factors_line(dfac), d_v))
    if sum_eq is not None:
        eqs.append(sum_eq)
    fan_in = note.sizes[layer - 1]
    w_in = note.weight(layer - 1, idx(sub, from_letter))
    feeds = tformat(translate("Derivation", "{delta} sets the updates of the {count} weights into {unit}: "
                              "Δ{weight} = α {delta} {input} for {letter} = 1…{fan_in}, and the bias "
                              "Δ{bias} = α {delta}."),
                    delta=ds, count=fan_in + 1, unit=me, weight=w_in, input=note.unit(layer - 1, from_letter),
                    letter=from_letter, fan_in=fan_in, bias=note.weight(layer - 1, idx(sub, 0)))
    if layer >= 2:
        feeds = feeds + " " + tformat(translate("Derivation", "It also flows back through {weight} into the δ of "
                                                              "every {layer} unit."),
                                      weight=w_in, layer=note.layer_name(layer - 1))
    return Derivation(title, tuple(eqs), tuple(dfac), d_v, tuple(items), None, tuple(notes), feeds)
