"""Tests for gui/learn/hinton_view.py: Hinton diagrams of the weights, with hover values."""

import numpy as np
from PySide6 import QtCore, QtGui

from core.engine.network import Network
from gui.drawing.colormap import NEGATIVE_END, POSITIVE_END
from gui.learn.hinton_view import HintonView


def _view(qtbot):
    """2-2-1 net: w_11 = 2 (x₁ → h₁), w_12 = −1, bias of h₂ = 0.5, w_kj = [[−2, 0.25]]."""
    net = Network.from_arrays([np.array([[2.0, -1.0], [0.0, 0.3]]), np.array([[-2.0, 0.25]])],
                              [np.array([0.0, 0.5]), np.array([0.1])])
    v = HintonView(net.sizes, net.params)
    qtbot.addWidget(v)
    v.resize(420, 260)
    return v


def test_tooltip_names_the_weight_and_its_value(qtbot):
    """Hovering the square of W[1][0, 0] reads 'w₁₁ = −2 … from h₁ to o₁'."""
    v = _view(qtbot)
    hit = v.weight_at(v.cell_centre(1, 0, 0))
    assert hit == (1, 0, 0)
    assert v.tooltip_text(*hit).startswith("w₁₁ = −2\n")
    assert "from h₁ to o₁" in v.tooltip_text(*hit)
    assert v.weight_at(v.cell_centre(0, 1, -1)) == (0, 1, -1)
    assert "w₂₀ = 0.5" in v.tooltip_text(0, 1, -1) and "bias" in v.tooltip_text(0, 1, -1)
    assert v.weight_at(QtCore.QPointF(1, 1)) is None


def test_square_colour_is_the_sign_and_size_the_magnitude(qtbot):
    """w = 2 is a red square filling most of its cell, w = −2 blue, w = 0 draws nothing."""
    v = _view(qtbot)
    img = v.grab().toImage()

    def colour(l, to, frm):
        p = v.cell_centre(l, to, frm).toPoint()
        return QtGui.QColor(img.pixel(p)).getRgb()[:3]

    assert colour(0, 0, 0) == POSITIVE_END
    assert colour(1, 0, 0) == NEGATIVE_END
    assert colour(0, 1, 0) not in (POSITIVE_END, NEGATIVE_END)  # w_21 = 0: empty cell
    # area ∝ |w|: w = 2 at vmax 2 spans the cell; w = 0.25 has side √(1/8) of it
    c = v.cell_centre(0, 0, 0)
    edge = QtCore.QPointF(c.x() + v._cell * 0.4, c.y()).toPoint()
    assert QtGui.QColor(img.pixel(edge)).getRgb()[:3] == POSITIVE_END
    c2 = v.cell_centre(1, 0, 1)
    off = QtCore.QPointF(c2.x() + v._cell * 0.3, c2.y()).toPoint()
    assert QtGui.QColor(img.pixel(off)).getRgb()[:3] != POSITIVE_END


def test_click_emits_the_weight(qtbot):
    """Clicking a square emits weight_clicked(l, to, from)."""
    v = _view(qtbot)
    with qtbot.waitSignal(v.weight_clicked) as sig:
        qtbot.mouseClick(v, QtCore.Qt.MouseButton.LeftButton,
                         pos=v.cell_centre(0, 0, 1).toPoint())
    assert sig.args == [0, 0, 1]


def test_narrow_tall_view_stacks_the_layers(qtbot):
    """In a tall, narrow dock the layers are stacked (bigger squares); clicks still find weights."""
    v = HintonView((64, 16, 10))
    qtbot.addWidget(v)
    v.resize(420, 700)
    hit = v.weight_at(v.cell_centre(1, 3, 5))
    assert hit == (1, 3, 5)
    p0, p1 = v._panels
    assert p1.top() > p0.bottom() and p0.left() == p1.left()
    v.resize(1400, 300)
    v.weight_at(v.cell_centre(0, 0, 0))
    assert v._panels[1].left() > v._panels[0].right()


def test_a_matrix_cut_at_the_edge_makes_squares_only_for_what_shows(qtbot):
    """6 layers of 512 units at 1024 × 640: the panels run past the widget, and the squares made are
    those of the cells in view (all 1.3 million took ~1.8 s a paint); the ones in view are all there."""
    net = Network((64, *[512] * 6, 10), ("tanh",) * 6 + ("softmax",), "cross_entropy")
    net.params[:] = np.random.default_rng(0).uniform(0.5, 1.0, net.n_params)  # every square visible
    v = HintonView(net.sizes, net.params)
    qtbot.addWidget(v)
    v.resize(1024, 640)
    v.grab()  # lays out and paints
    room = QtCore.QRectF(0, 0, v.width(), v.height())
    for l in range(len(net.sizes) - 1):
        squares = [q for part in v._squares(l, room) for q in part]
        everything = [q for part in v._squares(l) for q in part]
        in_view = [q for q in everything if q.intersects(room)]
        assert len(squares) <= len(in_view) + net.sizes[l + 1] + net.sizes[l] + 1  # a row and column of margin
        assert {(q.x(), q.y()) for q in in_view} <= {(q.x(), q.y()) for q in squares}
