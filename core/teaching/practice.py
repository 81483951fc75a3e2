"""Practice questions: the student computes one weight's update step by step, the engine's trace is
the key, and a wrong answer is matched against the common mistakes to say which factor is off.

For the weight into output unit k the questions are, in the seed's order,

    δ_k = (t_k − o_k) o_k (1 − o_k)            then   Δw_kj = α δ_k h_j

and for a weight into hidden unit j

    Σ_k w_kj δ_k    then   δ_j = h_j (1 − h_j) Σ_k w_kj δ_k    then   Δw_ji = α δ_j x_i.

Keys are the engine's own numbers: δ from trace.deltas, Δw from trace.dW (the update online
learning applies), the sum from the inspector's derivation (core/teaching/derivation.py), so the
checker cannot disagree with the step that is then applied. Each question also carries the value
every common mistake would give (`Slip`): the derivative left out, (o − t) for (t − o), the weight
after the update in the sum, α forgotten, net used where the rule has the unit's output. An answer
is right when it agrees with the key to 3 significant digits (`TOLERANCE_TEXT`); a wrong one that
agrees the same way with a slip names it.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from typing import NamedTuple

from core.engine.backprop import SampleTrace
from core.teaching.derivation import Derivation, derive_edge, derive_node
from core.teaching.derivation_factors import slope_factors
from core.teaching.notation import Notation, T, Text, idx, join, num, sym

SIGNIFICANT = 3
TOLERANCE_TEXT = ("An answer counts as right when it agrees with the engine's value to 3 significant "
                  "digits (within half a unit of the third digit).")


class Mistake(enum.Enum):
    """The common mistakes a wrong answer is compared with (value: how the record names it)."""

    MISSING_DERIVATIVE = "missing derivative"
    WRONG_SIGN = "wrong sign of (t − o)"
    UPDATED_WEIGHT = "updated instead of old w_kj"
    FORGOT_ALPHA = "forgot α"
    NET_FOR_OUTPUT = "net instead of h"


class Quantity(enum.Enum):
    OUTPUT_DELTA = "δ_k"
    OUTPUT_UPDATE = "Δw_kj"
    BACK_SUM = "Σ_k w_kj δ_k"
    HIDDEN_DELTA = "δ_j"
    HIDDEN_UPDATE = "Δw_ji"


@dataclass(frozen=True)
class Slip:
    """What `mistake` gives for this question, and a hint naming the factor that is off."""

    mistake: Mistake
    value: float
    hint: Text


class Given(NamedTuple):
    """A number the student is given: its symbol, value, and the group it is shown in (a layer's
    name, "weights", or "found" for an earlier question's answer)."""

    symbol: Text
    value: float
    group: str = ""


@dataclass(frozen=True)
class Question:
    """One number to compute. inputs: the Given numbers shown to the student."""

    quantity: Quantity
    symbol: Text
    rule: Text
    inputs: tuple[Given, ...]
    key: float
    slips: tuple[Slip, ...]
    solution_html: str


@dataclass(frozen=True)
class Verdict:
    right: bool
    slip: Slip | None
    key: float


def tolerance(value: float) -> float:
    """Half a unit of the third significant digit of `value` (0 is answered by 0 only)."""
    v = abs(float(value))
    if v == 0.0 or not math.isfinite(v):
        return 1e-12
    return 0.5 * 10.0 ** (math.floor(math.log10(v)) - (SIGNIFICANT - 1))


def agrees(answer: float, value: float) -> bool:
    """answer equals value to 3 significant digits."""
    return abs(float(answer) - float(value)) <= tolerance(value) * (1 + 1e-9)


def check(question: Question, answer: float) -> Verdict:
    """Right, or wrong with the common mistake the answer matches (the closest, when two mistakes
    happen to give nearly the same number; None: no known one)."""
    if agrees(answer, question.key):
        return Verdict(True, None, question.key)
    matches = [s for s in question.slips if not agrees(s.value, question.key) and agrees(answer, s.value)]
    best = min(matches, key=lambda s: abs(answer - s.value), default=None)
    return Verdict(False, best, question.key)


def _net_slope(act: str, net: float) -> float | None:
    """The slope written with net where the rule has the unit's output: net (1 − net) for σ."""
    if act == "sigmoid":
        return net * (1.0 - net)
    if act == "tanh":
        return 1.0 - net * net
    return None


def _slope(note, act, s, u, a, net) -> float:
    p = 1.0
    for t in slope_factors(note, act, s, u, a, net, "j"):
        p *= t.value
    return p


def practice_questions(trace: SampleTrace, sizes, activations, loss: str, l: int, to: int,
                       frm: int) -> tuple[Question, ...]:
    """The questions for weight W[l][to, frm] (frm = −1: the bias), keyed by `trace`.

    trace: the next sample's SampleTrace with weights_before (core.studio.sample_trace.trace_next).
    """
    note = Notation(sizes)
    L, s = note.L, l + 1
    acts = tuple(activations)
    a_in = 1.0 if frm < 0 else float(trace.activations[l][frm])
    alpha = float(trace.alpha)
    edge = derive_edge(trace, sizes, acts, loss, l, to, frm)
    node = derive_node(trace, sizes, acts, loss, s, to)
    tsub, fsub = str(to + 1), ("0" if frm < 0 else str(frm + 1))
    w_sym = note.weight(l, idx(tsub, fsub))
    a_sym = note.unit(l, fsub)
    inputs = [Given(sym("α"), alpha, "learning rate")]
    if frm >= 0:
        if l > 0:
            inputs.append(Given(note.net(l, fsub), float(trace.nets[l - 1][frm]), note.layer_name(l)))
        inputs.append(Given(a_sym, a_in, note.layer_name(l)))
    me, my_net = note.unit(s, tsub), note.net(s, tsub)
    a_me, net_me = float(trace.activations[s][to]), float(trace.nets[l][to])
    inputs += [Given(my_net, net_me, note.layer_name(s)), Given(me, a_me, note.layer_name(s))]
    delta = float(trace.deltas[l][to])
    dw = float(trace.db[l][to] if frm < 0 else trace.dW[l][to, frm])
    d_sym = note.delta(s, tsub)
    alpha_t = sym("α")

    def update(quantity, delta_slips) -> Question:
        """Δw = α δ a, and the slips of δ carried into it."""
        slips = [Slip(m, alpha * v * a_in, h) for m, v, h in delta_slips]
        slips.append(Slip(Mistake.WRONG_SIGN, -dw, T(
            "The sign is wrong: δ carries (t − o), target minus output, and Δw = +α δ a; with (o − t) "
            "the step would climb the error instead of going down it.")))
        slips.append(Slip(Mistake.FORGOT_ALPHA, delta * a_in,
                          "You left out the learning rate: Δw = " + alpha_t + " × " + d_sym + " × "
                          + a_sym + ", and " + alpha_t + " = " + num(alpha) + "."))
        if frm >= 0 and l > 0:
            n_in = float(trace.nets[l - 1][frm])
            slips.append(Slip(Mistake.NET_FOR_OUTPUT, alpha * delta * n_in,
                              "You used " + note.net(l, fsub) + " where the rule has " + a_sym
                              + ": the weight carries the unit's output " + a_sym + " = σ("
                              + note.net(l, fsub) + "), not its net input."))
        to_l, from_l = note.letters(l)
        rule = ("Δ" + note.weight(l, to_l + ("0" if frm < 0 else from_l)) + " = " + alpha_t + " "
                + note.delta(s, to_l) + " " + note.unit(l, "0" if frm < 0 else from_l))
        return Question(quantity, "Δ" + w_sym, rule, (), dw, tuple(slips), edge.html())

    if s == L:
        t_k = float(trace.t[to])
        tk = sym("t", tsub)
        inputs.append(Given(tk, t_k, "output"))
        err = "(" + tk + " − " + me + ")"
        out_act = acts[-1]
        slips = [(Mistake.WRONG_SIGN, -delta,
                  "You used (" + me + " − " + tk + "): the rule has " + err
                  + ", target minus output, which makes δ point the way E goes down.")]
        if loss != "cross_entropy" and out_act != "softmax":
            slope = _slope(note, out_act, s, to, a_me, net_me)
            if slope != 1.0:
                slips.append((Mistake.MISSING_DERIVATIVE, t_k - a_me,
                              "You used " + err + " alone: the rule multiplies it by the slope "
                              + me + "(1 − " + me + ") of the output unit's sigmoid."))
            ns = _net_slope(out_act, net_me)
            if ns is not None:
                slips.append((Mistake.NET_FOR_OUTPUT, (t_k - a_me) * ns,
                              "You used " + my_net + "(1 − " + my_net + ") where the rule has " + me
                              + "(1 − " + me + "): the sigmoid's slope is written through its output "
                              + me + ", not its net input."))
        dq = Question(Quantity.OUTPUT_DELTA, d_sym, note.delta(s, note.letters(l)[0]) + " = " + join(
            [f.letters for f in node.terms], " "), tuple(inputs), delta,
            tuple(Slip(m, v, h) for m, v, h in slips), node.html())
        up = update(Quantity.OUTPUT_UPDATE, [x for x in slips if x[0] != Mistake.WRONG_SIGN])
        return dq, _with_inputs(up, (*inputs, Given(d_sym, delta, "found")))

    # a hidden unit: Σ_k w_kj δ_k, then δ_j, then Δw_ji
    nxt = s + 1
    W_old = trace.weights_before
    upd = W_old[s] + trace.dW[s]  # the next layer's weights after this sample's update
    d_next = trace.deltas[s]
    sum_key = float(node.equations[-1].value)
    sum_upd = float(upd[:, to] @ d_next)
    k_letter = "k"
    w_next = [note.weight(s, idx(k + 1, tsub)) for k in range(note.sizes[nxt])]
    sum_inputs = list(inputs)
    for k in range(note.sizes[nxt]):
        sum_inputs.append(Given(w_next[k], float(W_old[s][k, to]), "weights"))
        if nxt == L:
            sum_inputs += [Given(note.unit(L, str(k + 1)), float(trace.activations[L][k]), "output"),
                           Given(sym("t", str(k + 1)), float(trace.t[k]), "output")]
        else:
            sum_inputs.append(Given(note.delta(nxt, str(k + 1)), float(d_next[k]), note.layer_name(nxt)))
    sum_sym = sym("Σ", k_letter) + " " + note.weight(s, idx(k_letter, tsub)) + " " + note.delta(nxt, k_letter)
    sum_slips = [(Mistake.UPDATED_WEIGHT, sum_upd,
                  "You used the weights after this step's update, " + note.weight(s, idx(k_letter, tsub))
                  + " + Δ" + note.weight(s, idx(k_letter, tsub)) + ": every δ of this sample is computed"
                  " with the old weights, before any of them changes."),
                 (Mistake.WRONG_SIGN, -sum_key,
                  T("The sign is wrong: each δ of the next layer carries (t − o), target minus output, "
                    "not (o − t)."))]
    if nxt == L and loss != "cross_entropy" and acts[-1] != "softmax":
        no_d = float(sum(W_old[s][k, to] * (trace.t[k] - trace.activations[L][k])
                         for k in range(note.sizes[nxt])))
        sum_slips.append((Mistake.MISSING_DERIVATIVE, no_d,
                          "You multiplied " + note.weight(s, idx(k_letter, tsub)) + " by (t" + Text(
                              "<sub>k</sub>", "ₖ") + " − o" + Text("<sub>k</sub>", "ₖ")
                          + ") alone: each " + note.delta(nxt, k_letter) + " also has the output's slope o"
                          + Text("<sub>k</sub>", "ₖ") + "(1 − o" + Text("<sub>k</sub>", "ₖ") + ")."))
    sum_rule = sum_sym + " = " + node.equations[-1].rule if nxt == L else sum_sym
    # the sum's solution alone: the unit's full derivation would give the next two answers away
    sum_only = Derivation(node.title, (node.equations[-1],), (), sum_key, node.sum_items)
    sq = Question(Quantity.BACK_SUM, sum_sym, sum_rule, tuple(sum_inputs), sum_key,
                  tuple(Slip(m, v, h) for m, v, h in sum_slips), sum_only.html())
    act = acts[l]
    slope = _slope(note, act, s, to, a_me, net_me)
    me_slope = me + "(1 − " + me + ")" if act == "sigmoid" else T("f′")
    d_slips = [(m, slope * v, h) for m, v, h in sum_slips]
    if slope != 1.0:
        d_slips.insert(0, (Mistake.MISSING_DERIVATIVE, sum_key,
                           "You used the sum alone: δ of a hidden unit multiplies it by the unit's own "
                           "slope " + me_slope + " (the chain rule's ∂" + me + "/∂" + my_net + ")."))
    ns = _net_slope(act, net_me)
    if ns is not None:
        d_slips.append((Mistake.NET_FOR_OUTPUT, ns * sum_key,
                        "You used " + my_net + "(1 − " + my_net + ") where the rule has " + me_slope
                        + ": the slope is written through the unit's output " + me + ", not its net input."))
    dq = Question(Quantity.HIDDEN_DELTA, d_sym, note.delta(s, note.letters(l)[0]) + " = " + join(
        [f.letters for f in node.terms], " "), (*sum_inputs, Given(sum_sym, sum_key, "found")), delta,
        tuple(Slip(m, v, h) for m, v, h in d_slips), node.html())
    up = update(Quantity.HIDDEN_UPDATE, [x for x in d_slips if x[0] != Mistake.WRONG_SIGN])
    return sq, dq, _with_inputs(up, (*sum_inputs, Given(d_sym, delta, "found")))


def _with_inputs(q: Question, inputs) -> Question:
    return Question(q.quantity, q.symbol, q.rule, tuple(inputs), q.key, q.slips, q.solution_html)
