"""Tests for core/engine/backprop.py: the seed's update worked by hand, and gradients against finite differences."""

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from core.engine.backprop import OptimizerState, backward, forward, trace_sample, train_sample
from core.engine.network import Network


def _sig(z):
    return 1.0 / (1.0 + math.exp(-z))


def test_seed_2_2_1_one_step_worked_by_hand():
    """One online step of the seed's 2-2-1 net equals the seed's formulas written out scalar by scalar."""
    w = {"j10": 0.1, "j11": 0.4, "j12": -0.3, "j20": -0.2, "j21": 0.2, "j22": 0.5,
         "k0": 0.05, "k1": 0.6, "k2": -0.7}  # fmt: skip
    x1, x2, t, alpha = 0.9, -0.4, 0.01, 0.5
    # forward, by hand
    net1 = w["j11"] * x1 + w["j12"] * x2 + w["j10"]
    net2 = w["j21"] * x1 + w["j22"] * x2 + w["j20"]
    h1, h2 = _sig(net1), _sig(net2)
    o = _sig(w["k1"] * h1 + w["k2"] * h2 + w["k0"])
    E = 0.5 * (t - o) ** 2
    # the seed's rules: Δw_kj = α (t − o) o (1 − o) h_j ; Δw_ji = α x_i h_j (1 − h_j) w_kj o (1 − o)(t − o)
    g = (t - o) * o * (1 - o)
    expect_k = [w["k0"] + alpha * g * 1, w["k1"] + alpha * g * h1, w["k2"] + alpha * g * h2]
    expect_j1 = [w["j10"] + alpha * 1 * h1 * (1 - h1) * w["k1"] * g,
                 w["j11"] + alpha * x1 * h1 * (1 - h1) * w["k1"] * g,
                 w["j12"] + alpha * x2 * h1 * (1 - h1) * w["k1"] * g]  # fmt: skip
    expect_j2 = [w["j20"] + alpha * 1 * h2 * (1 - h2) * w["k2"] * g,
                 w["j21"] + alpha * x1 * h2 * (1 - h2) * w["k2"] * g,
                 w["j22"] + alpha * x2 * h2 * (1 - h2) * w["k2"] * g]  # fmt: skip

    net = Network.from_arrays(
        [np.array([[w["j11"], w["j12"]], [w["j21"], w["j22"]]]), np.array([[w["k1"], w["k2"]]])],
        [np.array([w["j10"], w["j20"]]), np.array([w["k0"]])],
    )
    trace = train_sample(net, np.array([x1, x2]), np.array([t]), alpha, OptimizerState.zeros(9))
    assert trace.E_n == __import__("pytest").approx(E, abs=1e-15)
    np.testing.assert_allclose([net.b[1][0], *net.W[1][0]], expect_k, atol=1e-15)
    np.testing.assert_allclose([net.b[0][0], *net.W[0][0]], expect_j1, atol=1e-15)
    np.testing.assert_allclose([net.b[0][1], *net.W[0][1]], expect_j2, atol=1e-15)


def test_deltas_use_weights_before_the_update():
    """δ_j is computed with the old w_kj: the trace's δ_j matches the pre-update weights, not the new."""
    rng = np.random.default_rng(4)
    net = Network([3, 4, 2])
    net.params[:] = rng.normal(size=net.n_params)
    x, t = rng.normal(size=3), rng.uniform(size=2)
    W_kj_old = net.W[1].copy()
    trace = train_sample(net, x, t, 0.7, OptimizerState.zeros(net.n_params))
    h = trace.activations[1]
    expected = h * (1 - h) * (W_kj_old.T @ trace.deltas[1])
    np.testing.assert_allclose(trace.deltas[0], expected, rtol=1e-14)
    assert not np.allclose(net.W[1], W_kj_old)


def _numeric_grad(net, x, t, eps=1e-6):
    g = np.empty(net.n_params)
    for p in range(net.n_params):
        keep = net.params[p]
        net.params[p] = keep + eps
        up = net.errors(x[None], t[None])[0]
        net.params[p] = keep - eps
        down = net.errors(x[None], t[None])[0]
        net.params[p] = keep
        g[p] = (up - down) / (2 * eps)
    return g


COMBOS = [(out, loss) for out in ("sigmoid", "linear", "softmax", "tanh") for loss in ("sse", "cross_entropy")
          if not (loss == "cross_entropy" and out not in ("sigmoid", "softmax"))]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    hidden=st.lists(st.integers(1, 4), min_size=0, max_size=3),
    hidden_act=st.sampled_from(["sigmoid", "tanh", "relu", "linear"]),
    combo=st.sampled_from(COMBOS),
    seed=st.integers(0, 10_000),
)
def test_gradient_matches_finite_differences(hidden, hidden_act, combo, seed):
    """α δ aᵀ from backprop equals −α ∂E/∂w by central differences, for every layer count/activation/loss."""
    out, loss = combo
    rng = np.random.default_rng(seed)
    m = 3 if out == "softmax" else 2
    sizes = [3, *hidden, m]
    net = Network(sizes, (hidden_act,) * len(hidden) + (out,), loss)
    net.params[:] = rng.normal(scale=0.8, size=net.n_params)
    x = rng.normal(size=3)
    t = rng.dirichlet(np.ones(m)) if out == "softmax" else rng.uniform(0.05, 0.95, size=m)
    if hidden_act == "relu":  # keep clear of the kink, where the derivative is undefined
        _, acts = forward(net, x)
        for l in range(len(hidden)):
            nets = net.W[l] @ acts[l] + net.b[l]
            if np.any(np.abs(nets) < 1e-4):
                return
    alpha = 0.3
    trace = trace_sample(net, x, t, alpha)
    analytic = np.concatenate([np.concatenate([dW.ravel(), db]) for dW, db in zip(trace.dW, trace.db, strict=True)])
    numeric = -alpha * _numeric_grad(net, x, t)
    np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=1e-8)


def test_backward_output_delta_is_seed_rule():
    """For sigmoid + ½SSE the output δ is exactly (t − o) o (1 − o)."""
    net = Network([2, 3, 2])
    net.params[:] = np.linspace(-1, 1, net.n_params)
    x, t = np.array([0.3, -0.8]), np.array([1.0, 0.0])
    _, acts = forward(net, x)
    o = acts[-1]
    np.testing.assert_allclose(backward(net, acts, t)[-1], (t - o) * o * (1 - o), rtol=1e-15)


def test_sigmoid_does_not_overflow_or_warn():
    """σ(±1000) gives 1 and 0 with no floating-point warning."""
    import warnings

    from core.engine.activations import sigmoid

    with warnings.catch_warnings(), np.errstate(over="raise", invalid="raise", divide="raise"):
        warnings.simplefilter("error")
        v = sigmoid(np.array([-1000.0, 0.0, 1000.0]))
    np.testing.assert_array_equal(v, [0.0, 0.5, 1.0])
