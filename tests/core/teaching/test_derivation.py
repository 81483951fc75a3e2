"""Tests for core/teaching/derivation.py: the update rule written out with the sample's numbers."""

import math

import numpy as np
import pytest

from core.engine.backprop import OptimizerState, trace_sample, train_sample
from core.engine.network import Network
from core.teaching.derivation import derive_edge, derive_node


def _sig(z):
    return 1.0 / (1.0 + math.exp(-z))


def _mazur():
    """The seed's worked example (M. Mazur's 2-2-2 net): x = (0.05, 0.10), t = (0.01, 0.99)."""
    net = Network.from_arrays(
        [np.array([[0.15, 0.20], [0.25, 0.30]]), np.array([[0.40, 0.45], [0.50, 0.55]])],
        [np.array([0.35, 0.35]), np.array([0.60, 0.60])])
    trace = train_sample(net, np.array([0.05, 0.10]), np.array([0.01, 0.99]), 0.5,
                         OptimizerState.zeros(net.n_params))
    return net, trace


def _two_two_one():
    """A 2-2-1 sigmoid net with fixed weights, x = (1, 0), t = 1, α = 0.5."""
    net = Network.from_arrays([np.array([[0.5, -0.5], [0.3, 0.8]]), np.array([[1.0, -1.0]])],
                              [np.array([0.1, -0.2]), np.array([0.2])])
    trace = train_sample(net, np.array([1.0, 0.0]), np.array([1.0]), 0.5,
                         OptimizerState.zeros(net.n_params))
    return net, trace


def test_seed_output_weight_reads_as_in_the_seed():
    """Δw_11 (h₁ → o₁) of the seed's example is written with its numbers and equals −0.0411."""
    net, tr = _mazur()
    d = derive_edge(tr, net.sizes, net.activations, net.loss, 1, 0, 0)
    assert "0.5 × (0.01 − 0.7514) × 0.7514 × 0.2486 × 0.5933 = −0.0411" in d.plain()
    assert "Δwₖⱼ = α (tₖ − oₖ) oₖ (1 − oₖ) hⱼ" in d.plain()
    assert "Δw<sub>11</sub>" in d.html()
    # Mazur's published ∂E/∂w5 = 0.082167041, so Δw = −α · 0.082167041
    assert d.product == pytest.approx(-0.5 * 0.082167041, abs=1e-9)
    assert d.product == pytest.approx(tr.dW[1][0, 0], abs=1e-12)


def test_seed_hidden_weight_lists_each_term_of_the_sum():
    """Δw_11 (x₁ → h₁) expands Σ_k w_k1 o_k (1 − o_k)(t_k − o_k) term by term."""
    net, tr = _mazur()
    d = derive_edge(tr, net.sizes, net.activations, net.loss, 0, 0, 0)
    assert "Δwⱼᵢ = α xᵢ hⱼ (1 − hⱼ) Σₖ wₖⱼ oₖ (1 − oₖ) (tₖ − oₖ)" in d.plain()
    assert [t.symbol.plain for t in d.terms][:4] == ["α", "x₁", "h₁", "(1 − h₁)"]
    assert len(d.sum_items) == 2
    assert [f.value for f in d.sum_items[0].factors][0] == 0.40  # w_11 before the update
    assert [f.value for f in d.sum_items[1].factors][0] == 0.50  # w_21
    # Mazur's published ∂E/∂w1 = 0.000438568
    assert d.product == pytest.approx(-0.5 * 0.000438568, abs=1e-9)
    assert d.product == pytest.approx(tr.dW[0][0, 0], abs=1e-12)


def test_two_two_one_by_hand():
    """Every weight and bias of a 2-2-1 net matches arithmetic written out here and trace.dW."""
    net, tr = _two_two_one()
    h1, h2 = _sig(0.5 * 1 - 0.5 * 0 + 0.1), _sig(0.3 * 1 + 0.8 * 0 - 0.2)
    o = _sig(1.0 * h1 - 1.0 * h2 + 0.2)
    d_k = (1 - o) * o * (1 - o)
    d_1, d_2 = h1 * (1 - h1) * 1.0 * d_k, h2 * (1 - h2) * -1.0 * d_k
    expected = {(1, 0, 0): 0.5 * d_k * h1, (1, 0, 1): 0.5 * d_k * h2, (1, 0, -1): 0.5 * d_k,
                (0, 0, 0): 0.5 * d_1 * 1.0, (0, 0, 1): 0.0, (0, 1, 0): 0.5 * d_2,
                (0, 1, -1): 0.5 * d_2}
    for (l, to, frm), value in expected.items():
        d = derive_edge(tr, net.sizes, net.activations, net.loss, l, to, frm)
        assert d.product == pytest.approx(value, abs=1e-12), (l, to, frm)
        ref = tr.db[l][to] if frm < 0 else tr.dW[l][to, frm]
        assert abs(d.product - ref) <= 1e-12


def test_bias_uses_a_constant_input():
    """The bias Δw_k0 is α δ_k times an input x₀/h₀ of 1, and a note says so."""
    net, tr = _two_two_one()
    d = derive_edge(tr, net.sizes, net.activations, net.loss, 1, 0, -1)
    assert d.terms[-1].symbol.plain == "h₀" and d.terms[-1].value == 1.0
    assert "Δw₁₀" in d.plain() and "always 1" in d.plain()


@pytest.mark.parametrize("sizes,acts,loss", [
    ((2, 8, 8, 1), ("tanh", "relu", "sigmoid"), "sse"),
    ((3, 4, 3), ("sigmoid", "softmax"), "sse"),
    ((3, 4, 3), ("relu", "softmax"), "cross_entropy"),
    ((2, 3, 2), ("tanh", "sigmoid"), "cross_entropy"),
    ((2, 1), ("sigmoid",), "sse"),
    ((2, 3, 3, 2, 1), ("linear", "tanh", "sigmoid", "linear"), "sse"),
])
def test_every_edge_and_node_product_matches_the_trace(sizes, acts, loss):
    """For any architecture the displayed factors multiply to trace.dW/db and each node's δ."""
    rng = np.random.default_rng(1)
    net = Network(sizes, acts, loss)
    net.params[:] = rng.normal(size=net.n_params)
    t = np.eye(sizes[-1])[0] if sizes[-1] > 1 else np.array([0.8])
    tr = train_sample(net, rng.normal(size=sizes[0]), t, 0.3, OptimizerState.zeros(net.n_params))
    for l in range(len(sizes) - 1):
        for to in range(sizes[l + 1]):
            for frm in range(-1, sizes[l]):
                d = derive_edge(tr, sizes, acts, loss, l, to, frm)
                ref = tr.db[l][to] if frm < 0 else tr.dW[l][to, frm]
                assert abs(d.product - ref) <= 1e-12
    for s in range(1, len(sizes)):
        for u in range(sizes[s]):
            d = derive_node(tr, sizes, acts, loss, s, u)
            assert abs(d.product - tr.deltas[s - 1][u]) <= 1e-12


def test_deep_net_uses_layer_superscripts_and_delta_of_next_layer():
    """In a 2-8-8-1 net a first-layer weight sums w⁽²⁾_kj δ⁽²⁾_k over the 8 next units."""
    rng = np.random.default_rng(2)
    net = Network((2, 8, 8, 1))
    net.params[:] = rng.normal(size=net.n_params)
    tr = train_sample(net, np.array([0.3, -0.2]), np.array([1.0]), 0.5,
                      OptimizerState.zeros(net.n_params))
    d = derive_edge(tr, net.sizes, net.activations, net.loss, 0, 2, 1)
    assert "Δw⁽¹⁾ⱼᵢ = α xᵢ h⁽¹⁾ⱼ (1 − h⁽¹⁾ⱼ) Σₖ w⁽²⁾ₖⱼ δ⁽²⁾ₖ" in d.plain()
    assert len(d.sum_items) == 8
    assert d.sum_items[4].factors[1].value == tr.deltas[1][4]


def test_cross_entropy_output_delta_is_error_alone():
    """With cross-entropy the output δ_k is t_k − o_k: no o_k (1 − o_k) factor."""
    net = Network((2, 2, 1), loss="cross_entropy")
    net.params[:] = 0.3
    tr = trace_sample(net, np.array([1.0, 1.0]), np.array([0.0]), 0.5)
    d = derive_edge(tr, net.sizes, net.activations, net.loss, 1, 0, 0)
    assert [t.symbol.plain for t in d.terms] == ["α", "(t₁ − o₁)", "h₁"]
    assert "cancels" in d.plain()


def test_applied_update_shown_when_it_differs():
    """With a batch of 2 the first sample changes nothing, and the derivation says so."""
    net, _ = _two_two_one()
    tr = train_sample(net, np.array([1.0, 0.0]), np.array([1.0]), 0.5,
                      OptimizerState.zeros(net.n_params), batch_size=2)
    d = derive_edge(tr, net.sizes, net.activations, net.loss, 1, 0, 0)
    assert d.applied == 0.0 and "Applied to the weight this step" in d.html()
    _, online = _two_two_one()
    assert derive_edge(online, (2, 2, 1), ("sigmoid",) * 2, "sse", 1, 0, 0).applied is None


def test_without_recorded_weights_the_sum_is_a_single_value():
    """A trace without weights_before still gives the right Δw, with the sum as one number."""
    net, _ = _two_two_one()
    tr = trace_sample(net, np.array([1.0, 0.0]), np.array([1.0]), 0.5)
    d = derive_edge(tr, net.sizes, net.activations, net.loss, 0, 0, 0)
    assert d.sum_items == () and abs(d.product - tr.dW[0][0, 0]) <= 1e-15
    with_w = derive_edge(tr, net.sizes, net.activations, net.loss, 0, 0, 0, weights=net.W)
    assert len(with_w.sum_items) == 1


def test_node_shows_net_activation_delta_and_what_it_feeds():
    """The seed's h₁: net₁ = 0.3775, h₁ = 0.5933, and δ₁ feeds the 3 weights into h₁."""
    net, tr = _mazur()
    d = derive_node(tr, net.sizes, net.activations, net.loss, 1, 0)
    text = d.plain()
    assert "0.15 × 0.05 + 0.2 × 0.1 + 0.35 = 0.3775" in text
    assert "= 0.5933" in text
    assert "3 weights into h₁" in text
    h1 = _sig(0.3775)
    assert d.equations[1].value == pytest.approx(h1, abs=1e-12)
    assert derive_node(tr, net.sizes, net.activations, net.loss, 0, 1).equations[0].value == 0.10


def test_out_of_range_selection_raises():
    """Asking for a weight the network does not have is an IndexError, not a wrong answer."""
    net, tr = _two_two_one()
    with pytest.raises(IndexError):
        derive_edge(tr, net.sizes, net.activations, net.loss, 2, 0, 0)
    with pytest.raises(IndexError):
        derive_node(tr, net.sizes, net.activations, net.loss, 1, 5)


def test_zero_input_says_the_weight_does_not_learn():
    """x₂ = 0 makes Δw_12 zero, and the derivation explains why."""
    net, tr = _two_two_one()
    d = derive_edge(tr, net.sizes, net.activations, net.loss, 0, 0, 1)
    assert d.product == 0.0 and "x₂ is 0 for this sample" in d.plain()


def _fresh():
    return Network.from_arrays([np.array([[0.5, -0.5], [0.3, 0.8]]), np.array([[1.0, -1.0]])],
                               [np.array([0.1, -0.2]), np.array([0.2])])


X1, T1 = np.array([1.0, 0.0]), np.array([1.0])


def test_applied_update_names_momentum_and_matches_its_rule():
    """μ = 0.9: the second step applies μ·(first change) + α δ a, and the derivation says momentum."""
    net, state = _fresh(), None
    state = OptimizerState.zeros(net.n_params)
    first = train_sample(net, X1, T1, 0.5, state, momentum=0.9)
    second = train_sample(net, X1, T1, 0.5, state, momentum=0.9)
    d = derive_edge(second, net.sizes, net.activations, net.loss, 1, 0, 0)
    assert d.applied == pytest.approx(0.9 * first.applied_dW[1][0, 0] + second.dW[1][0, 0], rel=1e-12)
    assert len(d.applied_why) == 1 and "momentum μ = 0.9" in d.applied_why[0]
    assert "momentum μ = 0.9" in d.html() and "because of momentum μ = 0.9" in d.plain()


def test_applied_update_in_a_batch_says_which_sample_it_was():
    """A batch of 3: samples 1 and 2 apply nothing (and say so); the 3rd applies the average."""
    net = _fresh()
    state = OptimizerState.zeros(net.n_params)
    samples = [(np.array([1.0, 0.0]), np.array([1.0])), (np.array([0.0, 1.0]), np.array([1.0])),
               (np.array([1.0, 1.0]), np.array([0.0]))]
    traces = [train_sample(net, x, t, 0.5, state, batch_size=3) for x, t in samples]
    for k, tr in enumerate(traces[:2], start=1):
        d = derive_edge(tr, net.sizes, net.activations, net.loss, 1, 0, 0)
        assert d.applied == 0.0 and f"sample {k} of 3" in d.applied_why[0]
    d = derive_edge(traces[2], net.sizes, net.activations, net.loss, 1, 0, 0)
    # the weights did not move before the 3rd sample: each trace's α δ a is from the same weights
    assert d.applied == pytest.approx(np.mean([t.dW[1][0, 0] for t in traces]), rel=1e-12)
    assert "completed it" in d.applied_why[0]


def test_applied_update_names_l2_for_weights_not_biases():
    """λ = 0.01: a weight's applied change is α (δ a − λ w); a bias is not decayed, so its applied
    change is the seed's and no note appears."""
    net = _fresh()
    w_before = net.W[1][0, 0]
    tr = train_sample(net, X1, T1, 0.5, OptimizerState.zeros(net.n_params), l2=0.01)
    d = derive_edge(tr, net.sizes, net.activations, net.loss, 1, 0, 0)
    assert d.applied == pytest.approx(tr.dW[1][0, 0] - 0.5 * 0.01 * w_before, rel=1e-12)
    assert d.applied_why == ("L2 decay λ = 0.01: each update also takes α λ w off the weight (biases are "
                             "not decayed).",)
    bias = derive_edge(tr, net.sizes, net.activations, net.loss, 1, 0, -1)
    assert bias.applied is None and bias.applied_why == ()


def test_a_negative_output_is_bracketed_after_the_minus():
    """A linear output that went negative reads (0 − (−1.05×10¹⁵⁶)), not "0 − −1.05×10¹⁵⁶"."""
    net = Network.from_arrays([np.array([[1.0]]), np.array([[-2.11e156]])], [np.zeros(1), np.zeros(1)],
                              ("sigmoid", "linear"))  # fmt: skip
    tr = trace_sample(net, np.array([0.0]), np.array([0.0]), 1e-9)
    d = derive_edge(tr, net.sizes, net.activations, net.loss, 1, 0, 0)
    assert "(0 − (−1.05×10¹⁵⁶))" in d.plain() and "− −" not in d.plain()  # o = −2.11e156 × σ(0)
