"""Tests of gui/graph/view.py: the network graph widget, driven as the main window drives it."""

import math

import numpy as np
import pytest
from PySide6 import QtCore

from core.engine.network import Network
from gui.drawing.colormap import CENTRE, NEGATIVE_END, POSITIVE_END
from gui.graph import view as view_module
from gui.graph.view import NetworkGraphView


def rgb(colour):
    return (colour.red(), colour.green(), colour.blue())


def make_view(qtbot, sizes, activations=None):
    activations = activations or ("sigmoid",) * (len(sizes) - 1)
    view = NetworkGraphView(sizes, activations)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def xor_net():
    """A hand-made 2-2-1 net with distinct weights: W_ji, w_j0, W_kj, w_k0."""
    net = Network([2, 2, 1])
    net.W[0][...] = [[4.0, -3.0], [-2.5, 5.0]]
    net.b[0][...] = [-1.5, 0.5]
    net.W[1][...] = [[6.0, -7.0]]
    net.b[1][...] = [2.0]
    return net


@pytest.mark.parametrize("sizes", [[2, 2, 1], [2, 8, 8, 1], [784, 30, 10], [4, 10, 3]])
def test_builds_and_draws_every_edge_or_the_budget(qtbot, sizes):
    """The view builds for small and wide nets and draws all edges, or 2,000 weights + biases."""
    view = make_view(qtbot, sizes)
    net = Network(sizes)
    net.params[:] = np.random.default_rng(0).normal(0, 1, net.n_params)
    view.set_state(net.params.copy(), net.forward_all(np.zeros(sizes[0])))
    n_weights = sum(a * b for a, b in zip(sizes, sizes[1:], strict=False))
    n_biases = sum(sizes[1:])
    assert view.drawn_edge_count() == min(n_weights, 2000) + n_biases
    assert not view.grab().isNull()


def test_known_weights_get_the_expected_colours(qtbot):
    """With a fixed range ±6, w = +6 is the red end, −6 the blue end, 0 the grey centre."""
    view = make_view(qtbot, [2, 2, 1])
    net = xor_net()
    net.W[0][0, 1] = 0.0
    net.W[0][1, 0] = -6.0
    view.set_state(net.params.copy())
    view.set_colour_range(6.0)
    assert rgb(view.edge_colour(1, 0, 0)) == POSITIVE_END
    assert rgb(view.edge_colour(0, 1, 0)) == NEGATIVE_END
    assert rgb(view.edge_colour(0, 0, 1)) == CENTRE
    assert view.colour_range() == 6.0


def test_automatic_range_covers_the_weights(qtbot):
    """Without a fixed range, the range is a round number at least the drawn |w| (98th percentile)."""
    view = make_view(qtbot, [2, 2, 1])
    view.set_state(xor_net().params.copy())
    assert 7.0 <= view.colour_range() <= 10.0


def test_hide_threshold_hides_small_weights(qtbot):
    """Edges with |w| below the threshold are not drawn (biases count as edges too)."""
    view = make_view(qtbot, [2, 2, 1])
    view.set_state(xor_net().params.copy())
    assert view.drawn_edge_count() == 9
    view.set_hide_threshold(3.0)  # keeps 4, −3, 5, 6, −7 (|w| ≥ 3); hides −2.5, −1.5, 0.5, 2
    assert view.drawn_edge_count() == 5


def test_edge_tooltip_names_w_kj_with_indices_value_and_delta(qtbot):
    """Hovering h₂ → o₁ shows w₁₂ (the seed's w_kj), its value and the last Δw."""
    view = make_view(qtbot, [2, 2, 1])
    net = xor_net()
    view.set_state(net.params.copy())
    net.W[1][0, 1] = -6.75
    view.set_state(net.params.copy())
    text = view.tooltip_at(view.edge_point(1, 0, 1))
    assert text.splitlines()[0].startswith("w₁₂")
    assert "w_kj" in text and "from h₂ to o₁" in text
    assert "w₁₂ = -6.7500" in text
    assert "Δw since last frame = 0.2500" in text


def test_bias_tooltip_uses_the_seeds_w_j0(qtbot):
    """The bias of h₂ is named w₂₀ (w_j0) and uses the given last Δw."""
    view = make_view(qtbot, [2, 2, 1])
    net = xor_net()
    last_dW = [np.zeros((2, 3)), np.zeros((1, 3))]
    last_dW[0][1, 2] = 0.125  # (to, from + 1) arrays: the last column is the bias
    view.set_state(net.params.copy(), None, last_dW)
    text = view.tooltip_at(view.edge_point(0, 1, -1))
    assert text.startswith("w₂₀") and "w_j0" in text
    assert "w₂₀ = 0.5000" in text and "last Δw = 0.1250" in text


def test_node_tooltip_gives_net_and_activation(qtbot):
    """Hovering h₁ shows net₁ = Σ w₁ᵢ xᵢ + w₁₀ and h₁ = σ(net₁), computed by hand here."""
    view = make_view(qtbot, [2, 2, 1])
    net = xor_net()
    x = np.array([1.0, 0.0])
    view.set_state(net.params.copy(), net.forward_all(x))
    text = view.tooltip_at(view.node_point(1, 0))
    net_1 = 4.0 * 1.0 + -3.0 * 0.0 - 1.5
    assert f"= {net_1:.4f}" in text
    assert f"h₁ = σ(net₁) = {1 / (1 + math.exp(-net_1)):.4f}" in text


def test_click_on_edge_selects_it_and_keeps_it(qtbot):
    """Clicking the midpoint of h₂ → o₁ emits (1, 0, 1); the selection survives set_state."""
    view = make_view(qtbot, [2, 2, 1])
    net = xor_net()
    view.set_state(net.params.copy())
    with qtbot.waitSignal(view.edge_selected) as sig:
        qtbot.mouseClick(view, QtCore.Qt.MouseButton.LeftButton, pos=view.edge_point(1, 0, 1).toPoint())
    assert sig.args == [1, 0, 1]
    net.W[1][0, 1] = 1.0
    view.set_state(net.params.copy())
    assert view.selected_edge() == (1, 0, 1)


def test_click_on_node_selects_it(qtbot):
    """Clicking the centre of o₁ emits node_selected(2, 0)."""
    view = make_view(qtbot, [2, 2, 1])
    view.set_state(xor_net().params.copy())
    with qtbot.waitSignal(view.node_selected) as sig:
        qtbot.mouseClick(view, QtCore.Qt.MouseButton.LeftButton, pos=view.node_point(2, 0).toPoint())
    assert sig.args == [2, 0]
    assert view.selected_node() == (2, 0) and view.selected_edge() is None


def test_double_click_edits_a_weight(qtbot, monkeypatch):
    """Double-clicking x₁ → h₁ and typing 1.25 emits weight_edited(0, 0, 0, 1.25)."""
    view = make_view(qtbot, [2, 2, 1])
    view.set_state(xor_net().params.copy())
    asked = {}

    def fake_ask_number(parent, title, label, value, *args):
        asked.update(label=label, value=value)
        return 1.25, True

    monkeypatch.setattr(view_module, "ask_number", fake_ask_number)
    with qtbot.waitSignal(view.weight_edited) as sig:
        qtbot.mouseDClick(view, QtCore.Qt.MouseButton.LeftButton, pos=view.edge_point(0, 0, 0).toPoint())
    assert sig.args == [0, 0, 0, 1.25]
    assert "w₁₁" in asked["label"] and asked["value"] == 4.0


@pytest.mark.parametrize("typed", [math.inf, math.nan, 2e6])
def test_double_click_refuses_bad_values(qtbot, monkeypatch, typed):
    """A non-finite or huge typed weight is refused with a message and no signal."""
    view = make_view(qtbot, [2, 2, 1])
    view.set_state(xor_net().params.copy())
    monkeypatch.setattr(view_module, "ask_number", lambda *a: (typed, True))
    with qtbot.assertNotEmitted(view.weight_edited):
        qtbot.mouseDClick(view, QtCore.Qt.MouseButton.LeftButton, pos=view.edge_point(0, 0, 0).toPoint())
    assert "not changed" in view.message()


def test_gradient_mode_colours_by_last_dw(qtbot):
    """In 'gradient' mode an edge with a positive Δw is red even though its weight is negative."""
    view = make_view(qtbot, [2, 2, 1])
    net = xor_net()
    dW = [np.zeros((2, 2)), np.array([[0.0, 0.01]])]  # Δw of w₁₂ (weight −7) is +0.01
    view.set_state(net.params.copy(), None, dW)
    view.set_edge_values("gradient")
    assert rgb(view.edge_colour(1, 0, 1)) == POSITIVE_END
    view.set_edge_values("weight")
    assert rgb(view.edge_colour(1, 0, 1))[2] > rgb(view.edge_colour(1, 0, 1))[0]  # blue again


def test_wide_net_renders_with_budget_note(qtbot, tmp_path):
    """784-30-10 renders via grab() and render_to, and the legend says only 2,000 are shown."""
    sizes = [784, 30, 10]
    view = make_view(qtbot, sizes)
    net = Network(sizes)
    net.params[:] = np.random.default_rng(1).normal(0, 0.1, net.n_params)
    view.set_state(net.params.copy(), net.forward_all(np.random.default_rng(2).uniform(0, 1, 784)))
    image = view.grab().toImage()
    assert image.width() == 900 and image.height() == 600
    assert "showing the strongest 2,000 of 23,820 weights" in view.legend_notes()
    assert view.render_to(tmp_path / "graph.png") and (tmp_path / "graph.png").stat().st_size > 0


def test_pixel_of_input_image_is_its_input_unit(qtbot):
    """At 784 inputs the input layer is a 28×28 image; a pixel's tooltip names its input x_i."""
    view = make_view(qtbot, [784, 30, 10])
    view.set_state(np.zeros(Network([784, 30, 10]).n_params))
    x0, y0, w, h = view.compact_rect()
    pos = QtCore.QPointF(x0 + 2.5 * w / 28, y0 + 1.5 * h / 28)  # row 1, column 2 → unit 30
    assert view.hit_test(pos) == ("node", 0, 30)
    assert view.tooltip_at(pos).startswith("x₃₁")


def test_rejects_bad_settings(qtbot):
    """Colour range ≤ 0, a negative threshold, an unknown mode and wrong params are refused."""
    view = make_view(qtbot, [2, 2, 1])
    for call, arg in ((view.set_colour_range, 0.0), (view.set_hide_threshold, -1.0),
                      (view.set_edge_values, "delta"), (view.set_state, np.zeros(3))):  # fmt: skip
        with pytest.raises(ValueError):
            call(arg)


def test_set_architecture_clears_selection(qtbot):
    """A new architecture forgets the old selection and draws the new edges."""
    view = make_view(qtbot, [2, 2, 1])
    view.set_state(xor_net().params.copy())
    qtbot.mouseClick(view, QtCore.Qt.MouseButton.LeftButton, pos=view.node_point(2, 0).toPoint())
    view.set_architecture([3, 4, 2], ("tanh", "sigmoid"))
    assert view.selected_node() is None
    assert view.drawn_edge_count() == 3 * 4 + 4 * 2 + 4 + 2


def test_backprop_view_fills_units_by_delta_and_reveal_blanks_later_columns(qtbot):
    """In gradient mode with δ given, units take δ's colour and label; the animation's reveal
    blanks columns not reached yet; wrong-sized δ is ignored."""
    view = make_view(qtbot, [2, 2, 1])
    net = Network((2, 2, 1), params=np.linspace(-1, 1, Network((2, 2, 1)).n_params))
    acts = [np.array([1.0, 0.0]), np.array([0.3, 0.7]), np.array([0.6])]
    view.set_state(net.params, acts)
    view.set_unit_deltas([np.array([0.01, -0.02]), np.array([-0.2])])
    assert view.unit_look(2)[2] == "{:.2f}"  # weight mode: activations
    view.set_edge_values("gradient")
    fill, values, fmt = view.unit_look(2)
    assert fmt.startswith("δ") and values[0] == -0.2 and tuple(fill[0]) == NEGATIVE_END
    view.set_reveal(forward=3, backward_from=2)
    assert view.unit_look(1)[2] == "{:.2f}" and view.unit_look(2)[2].startswith("δ")
    view.set_edge_values("weight")
    view.set_reveal(forward=2)
    assert view.unit_look(2) == (None, None, "") and view.unit_look(1)[1] is not None
    view.set_unit_deltas([np.zeros(3)])
    view.set_edge_values("gradient")
    view.set_reveal()
    assert view.unit_look(2)[2] == "{:.2f}"


def _image(view):
    return view.grab().toImage().convertToFormat(view.grab().toImage().Format.Format_RGB32)


def test_state_painted_in_steps_looks_the_same_as_painted_at_once(qtbot):
    """paint_in_steps paints the staged state offscreen over several pieces; the widget shows the old picture
    until the last piece, then exactly what set_state would have shown."""
    view = make_view(qtbot, [64, 32, 10])
    rng = np.random.default_rng(3)
    net = Network([64, 32, 10])
    old, new = rng.normal(0, 1, net.n_params), rng.normal(0, 1, net.n_params)
    acts = net.forward_all(rng.uniform(0, 1, 64))
    view.set_state(old, acts)
    before = _image(view)
    view.stage_state(new, acts)
    steps = view.paint_in_steps()
    pieces = 0
    for _ in steps:
        pieces += 1
        assert _image(view) == before  # nothing half-painted shows
    assert pieces > 5  # the edges come in several paths
    qtbot.wait(20)
    stepped = _image(view)
    assert stepped != before
    view.set_state(new, acts)
    assert _image(view) == stepped


def test_a_hover_during_the_steps_drops_the_offscreen_picture(qtbot):
    """A change of the picture by other means (here a hover) while pieces are under way wins: the
    finished offscreen picture is not shown over it."""
    view = make_view(qtbot, [2, 2, 1])
    net = xor_net()
    view.set_state(net.params.copy())
    view.stage_state(net.params * 0.5)
    steps = view.paint_in_steps()
    next(steps)
    qtbot.mouseMove(view, view.node_point(1, 0).toPoint())
    qtbot.waitUntil(lambda: view.hit_test(view.node_point(1, 0)) is not None)
    for _ in steps:
        pass
    assert view._front is None  # paintEvent paints the scene, hover mark included


def test_staged_state_is_set_without_painting(qtbot):
    """stage_state sets what the graph shows even if paint_in_steps is never iterated: no state
    change is lost with an unfinished paint."""
    view = make_view(qtbot, [2, 2, 1])
    net = xor_net()
    view.set_state(net.params.copy())
    view.stage_state(net.params * 0.5)
    assert np.array_equal(view._scene.state.params, net.params * 0.5)
    assert view.tooltip_at(view.node_point(1, 0)) is not None


def test_a_diverged_frame_renders_with_bounded_label_widths(qtbot):
    """Weights of 1e156 and outputs of −2e156 (a diverged run): every number drawn on the graph
    (unit values, legend ticks, edge cards) is at most 9 characters, and the legend's tick labels
    never overlap at any bar width."""
    from PySide6 import QtGui

    from core.teaching.notation import compact
    from gui.graph.legend import tick_fractions, tick_text
    from gui.graph.paint import value_text

    view = make_view(qtbot, [2, 8, 1])
    n = Network((2, 8, 1)).n_params
    params = np.linspace(-5e153, 5e153, n)
    acts = [np.array([1.0, 1.0]), np.full(8, 3e155), np.array([-2.0769982e156])]
    view.set_state(params, acts)
    view.resize(360, 340)
    assert not view.grab().isNull()
    for v in (-2.0769982e156, 5e153, 1.25, -0.001, 1e-300, np.inf, -np.inf, np.nan, 12345.678):
        for text in (value_text("{:.2f}", v), value_text("δ {:+.3g}", v), compact(v), tick_text(v)):
            assert len(text) <= 11 and "e+" not in text, text
    assert value_text("{:.2f}", -2.0769982e156) == "−2.1e156"
    fm = QtGui.QFontMetricsF(QtGui.QFont())
    for bar_w in (80.0, 120.0, 200.0, 340.0):
        fracs = tick_fractions(fm, 5e153, bar_w)
        xs = [f * bar_w / 2 for f in fracs]
        widths = [fm.horizontalAdvance(tick_text(f * 5e153)) for f in fracs]
        for x0, w0, x1, w1 in zip(xs, widths, xs[1:], widths[1:], strict=False):
            assert x0 + w0 / 2 < x1 - w1 / 2 or len(fracs) == 2
