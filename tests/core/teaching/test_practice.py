"""The practice checker: keys are the engine's values, the tolerance is 3 significant digits, and a
wrong answer made with each common mistake (computed here by hand from the trace) is named."""

from __future__ import annotations

import numpy as np
import pytest

from core.engine.backprop import trace_sample
from core.engine.network import Network
from core.teaching.practice import (
    Mistake,
    Quantity,
    agrees,
    check,
    practice_questions,
    tolerance,
)

SIG = ("sigmoid", "sigmoid")


def _traced(sizes, rng, alpha=None):
    net = Network(sizes, SIG, "sse")
    net.params[:] = rng.uniform(-2, 2, net.params.size)
    x = rng.uniform(-1, 1, sizes[0])
    t = rng.uniform(0, 1, sizes[-1])
    trace = trace_sample(net, x, t, alpha if alpha is not None else float(rng.uniform(0.05, 2)))
    trace.weights_before = [w.copy() for w in net.W]
    return trace


def test_tolerance_is_half_a_unit_of_the_third_significant_digit():
    """0.041137 accepts 0.0411 and 0.04114, not 0.0412; 2.5 accepts 2.504, not 2.51; 0 only 0."""
    assert tolerance(0.041137) == pytest.approx(5e-5)
    assert agrees(0.0411, 0.041137) and agrees(0.04114, 0.041137) and not agrees(0.0412, 0.041137)
    assert agrees(2.504, 2.5) and not agrees(2.51, 2.5)
    assert agrees(-0.133, -0.13289) and not agrees(0.133, -0.13289)
    assert agrees(0.0, 0.0) and not agrees(1e-4, 0.0)


def test_hand_worked_seed_example():
    """The lesson's 2-2-1 weights on x = (1, 1), t = 0: δ_k and Δw_k1 worked by hand match the keys."""
    net = Network((2, 2, 1), SIG, "sse")
    net.W[0][:] = [[0.5, -0.4], [0.3, 0.8]]
    net.b[0][:] = [0.1, -0.2]
    net.W[1][:] = [[0.6, -0.7]]
    net.b[1][:] = [0.2]
    trace = trace_sample(net, np.array([1.0, 1.0]), np.array([0.0]), 0.5)
    trace.weights_before = [w.copy() for w in net.W]
    sig = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    h = sig(np.array([0.5 - 0.4 + 0.1, 0.3 + 0.8 - 0.2]))
    o = sig(0.6 * h[0] - 0.7 * h[1] + 0.2)
    d_k = (0 - o) * o * (1 - o)
    q_delta, q_dw = practice_questions(trace, (2, 2, 1), SIG, "sse", 1, 0, 0)
    assert q_delta.quantity is Quantity.OUTPUT_DELTA and q_delta.key == pytest.approx(d_k, rel=1e-12)
    assert q_dw.key == pytest.approx(0.5 * d_k * h[0], rel=1e-12)
    assert check(q_dw, round(0.5 * d_k * h[0], 4)).right
    d_j = h[0] * (1 - h[0]) * 0.6 * d_k
    q_sum, q_dj, q_dwji = practice_questions(trace, (2, 2, 1), SIG, "sse", 0, 0, 1)
    assert (q_sum.key, q_dj.key, q_dwji.key) == pytest.approx((0.6 * d_k, d_j, 0.5 * d_j * 1.0), rel=1e-12)


def _cases(rng, n_nets=40):
    """Random 2-layer sigmoid/SSE nets and every weight of each: (trace, sizes, l, to, frm)."""
    for _ in range(n_nets):
        sizes = (int(rng.integers(1, 5)), int(rng.integers(1, 5)), int(rng.integers(1, 4)))
        trace = _traced(sizes, rng)
        for l in range(2):
            for to in range(sizes[l + 1]):
                for frm in range(-1, sizes[l]):
                    yield trace, sizes, l, to, frm


def _by_hand(trace, l, to, frm):
    """{quantity: (key, {mistake: [wrong values]})} from the trace's forward values, by hand."""
    x, (h, o), (net_j, net_k) = trace.x, trace.activations[1:], trace.nets
    t, alpha, W1 = trace.t, trace.alpha, trace.weights_before[1]
    a_in = 1.0 if frm < 0 else (x[frm] if l == 0 else h[frm])
    d_k = (t - o) * o * (1 - o)
    if l == 1:
        k = to
        wrong_d = {Mistake.MISSING_DERIVATIVE: [t[k] - o[k]], Mistake.WRONG_SIGN: [-d_k[k]],
                   Mistake.NET_FOR_OUTPUT: [(t[k] - o[k]) * net_k[k] * (1 - net_k[k])]}
        wrong_w = {Mistake.MISSING_DERIVATIVE: [alpha * (t[k] - o[k]) * a_in],
                   Mistake.WRONG_SIGN: [-alpha * d_k[k] * a_in], Mistake.FORGOT_ALPHA: [d_k[k] * a_in],
                   Mistake.NET_FOR_OUTPUT: [alpha * (t[k] - o[k]) * net_k[k] * (1 - net_k[k]) * a_in]
                   + ([alpha * d_k[k] * net_j[frm]] if frm >= 0 else [])}
        return {Quantity.OUTPUT_DELTA: (d_k[k], wrong_d),
                Quantity.OUTPUT_UPDATE: (alpha * d_k[k] * a_in, wrong_w)}
    j = to
    s = W1[:, j] @ d_k
    W1_new = W1 + alpha * np.outer(d_k, h)  # the weights after this sample's update
    s_new = W1_new[:, j] @ d_k
    s_noder = W1[:, j] @ (t - o)
    slope, nslope = h[j] * (1 - h[j]), net_j[j] * (1 - net_j[j])
    d_j = slope * s
    return {
        Quantity.BACK_SUM: (s, {Mistake.UPDATED_WEIGHT: [s_new], Mistake.WRONG_SIGN: [-s],
                                Mistake.MISSING_DERIVATIVE: [s_noder]}),
        Quantity.HIDDEN_DELTA: (d_j, {Mistake.MISSING_DERIVATIVE: [s, slope * s_noder],
                                      Mistake.WRONG_SIGN: [-d_j], Mistake.UPDATED_WEIGHT: [slope * s_new],
                                      Mistake.NET_FOR_OUTPUT: [nslope * s]}),
        Quantity.HIDDEN_UPDATE: (alpha * d_j * a_in, {
            Mistake.MISSING_DERIVATIVE: [alpha * s * a_in, alpha * slope * s_noder * a_in],
            Mistake.WRONG_SIGN: [-alpha * d_j * a_in], Mistake.FORGOT_ALPHA: [d_j * a_in],
            Mistake.UPDATED_WEIGHT: [alpha * slope * s_new * a_in],
            Mistake.NET_FOR_OUTPUT: [alpha * nslope * s * a_in]}),
    }


def test_each_mistake_is_named_on_random_networks():
    """For every weight of 40 random nets: the engine's value is right, each mistake made by hand is
    named (unless it coincides with the key or another mistake to 3 digits), for every question."""
    rng = np.random.default_rng(17)
    named = {m: 0 for m in Mistake}
    for trace, sizes, l, to, frm in _cases(rng):
        questions = practice_questions(trace, sizes, SIG, "sse", l, to, frm)
        engine = {Quantity.OUTPUT_DELTA: trace.deltas[1][to] if l == 1 else None,
                  Quantity.HIDDEN_DELTA: trace.deltas[0][to] if l == 0 else None,
                  Quantity.OUTPUT_UPDATE: trace.db[l][to] if frm < 0 else trace.dW[l][to, frm],
                  Quantity.HIDDEN_UPDATE: trace.db[l][to] if frm < 0 else trace.dW[l][to, frm]}
        hand = _by_hand(trace, l, to, frm)
        assert [q.quantity for q in questions] == list(hand)
        for q in questions:
            key, wrong = hand[q.quantity]
            assert q.key == pytest.approx(key, rel=1e-9, abs=1e-15)
            if q.quantity in engine:
                assert q.key == engine[q.quantity]  # the engine's own number is the key
            assert check(q, q.key).right and check(q, float(f"{q.key:.3g}")).right
            for mistake, values in wrong.items():
                for v in values:
                    if agrees(v, q.key):
                        continue  # indistinguishable from the right answer on this sample
                    verdict = check(q, v)
                    assert not verdict.right and verdict.slip is not None, (q.quantity, mistake)
                    others = {m for m, vs in wrong.items() for w in vs if m != mistake and agrees(v, w)}
                    if not others:
                        assert verdict.slip.mistake is mistake, (q.quantity, mistake, verdict.slip.mistake)
                        named[mistake] += 1
    assert min(named.values()) > 100, named


def test_hints_name_the_factor_in_this_units_indices():
    """The missing-derivative hint of δ₂ names o₂(1 − o₂); the hidden one names h₁(1 − h₁)."""
    trace = _traced((2, 3, 2), np.random.default_rng(3), alpha=0.5)
    q_delta = practice_questions(trace, (2, 3, 2), SIG, "sse", 1, 1, 0)[0]
    slip = next(s for s in q_delta.slips if s.mistake is Mistake.MISSING_DERIVATIVE)
    assert "o₂(1 − o₂)" in slip.hint.plain
    q_dj = practice_questions(trace, (2, 3, 2), SIG, "sse", 0, 0, 1)[1]
    slip = next(s for s in q_dj.slips if s.mistake is Mistake.MISSING_DERIVATIVE)
    assert "h₁(1 − h₁)" in slip.hint.plain
    alpha_slip = next(s for s in q_dj.slips if s.mistake is Mistake.WRONG_SIGN)
    assert "(t − o)" in alpha_slip.hint.plain


def test_an_answer_matching_no_mistake_gets_no_slip():
    """A number far from the key and every slip is wrong without a named mistake."""
    trace = _traced((2, 2, 1), np.random.default_rng(5))
    q = practice_questions(trace, (2, 2, 1), SIG, "sse", 1, 0, 0)[0]
    verdict = check(q, 123.456)
    assert not verdict.right and verdict.slip is None


def test_deeper_and_cross_entropy_networks_get_questions_keyed_by_the_engine():
    """Three layers and cross-entropy: the δ and Δw keys are the trace's, the sign slip is named."""
    rng = np.random.default_rng(9)
    net = Network((3, 4, 3, 2), ("tanh", "sigmoid", "sigmoid"), "cross_entropy")
    net.params[:] = rng.uniform(-1, 1, net.params.size)
    trace = trace_sample(net, rng.uniform(-1, 1, 3), np.array([1.0, 0.0]), 0.3)
    trace.weights_before = [w.copy() for w in net.W]
    for l in range(3):
        qs = practice_questions(trace, net.sizes, net.activations, net.loss, l, 1, 0)
        assert qs[-1].key == trace.dW[l][1, 0]
        assert qs[-2].key == trace.deltas[l][1]
        assert check(qs[-1], -qs[-1].key).slip.mistake is Mistake.WRONG_SIGN


@pytest.mark.parametrize("hidden", ["sigmoid", "tanh", "relu", "linear"])
@pytest.mark.parametrize(("output", "loss"), [("sigmoid", "sse"), ("linear", "sse"), ("softmax", "sse"),
                                              ("tanh", "sse"), ("relu", "sse"), ("sigmoid", "cross_entropy"),
                                              ("softmax", "cross_entropy")])
def test_every_activation_and_loss_gets_questions_keyed_by_the_engine(hidden, output, loss):
    """Any network the window can build: every weight's δ and Δw keys are the trace's own, the right
    answer is right, and −key names the wrong sign."""
    rng = np.random.default_rng(11)
    net = Network((2, 3, 2), (hidden, output), loss)
    net.params[:] = rng.uniform(-1, 1, net.params.size)
    t = np.array([1.0, 0.0]) if output in ("softmax", "sigmoid") else rng.uniform(0, 1, 2)
    trace = trace_sample(net, rng.uniform(-1, 1, 2), t, 0.5)
    trace.weights_before = [w.copy() for w in net.W]
    for l in range(2):
        for to in range(net.sizes[l + 1]):
            for frm in range(-1, net.sizes[l]):
                qs = practice_questions(trace, net.sizes, net.activations, loss, l, to, frm)
                assert qs[-1].key == (trace.db[l][to] if frm < 0 else trace.dW[l][to, frm])
                assert qs[-2].key == trace.deltas[l][to]
                for q in qs:
                    assert check(q, q.key).right
                    if not agrees(-q.key, q.key):
                        assert check(q, -q.key).slip.mistake is Mistake.WRONG_SIGN
