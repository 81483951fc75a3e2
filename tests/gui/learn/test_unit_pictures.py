"""Tests for gui/learn/unit_pictures.py: per-unit pictures over the plane, or incoming weights as images."""

import numpy as np
from PySide6 import QtGui

from core.engine.network import Network
from gui.learn.unit_pictures import UnitResponseStrip, image_shape


def test_plane_mode_pixels_follow_the_unit(qtbot):
    """h₁ = σ(20 x) is dark on the left and light on the right of its picture."""
    net = Network.from_arrays([np.array([[20.0, 0.0], [0.0, 20.0]]), np.array([[1.0, 1.0]])],
                              [np.zeros(2), np.zeros(1)])
    s = UnitResponseStrip(net.sizes, net.activations, xlim=(-1, 1), ylim=(-1, 1), resolution=8)
    qtbot.addWidget(s)
    s.set_network_params(net.params)
    img = s.image(1, 0)
    assert (img.width(), img.height()) == (8, 8)
    left, right = QtGui.QColor(img.pixel(0, 4)), QtGui.QColor(img.pixel(7, 4))
    assert left.lightness() < 100 < 200 < right.lightness()
    h2 = s.image(1, 1)  # σ(20 y): the top row (large y) is light
    assert QtGui.QColor(h2.pixel(4, 0)).lightness() > QtGui.QColor(h2.pixel(4, 7)).lightness()
    assert s.image(2, 0) is not None and s.mode == "plane"


def test_hover_shows_the_unit_large_and_says_which(qtbot):
    """Entering a thumbnail opens the popup with the big picture and the unit's name."""
    net = Network((2, 3, 1))
    s = UnitResponseStrip(net.sizes, net.activations, resolution=8)
    qtbot.addWidget(s)
    s.set_network_params(np.linspace(-1, 1, net.n_params))
    with qtbot.waitSignal(s.unit_hovered) as sig:
        s._on_thumb_entered(s.thumb(1, 2))
    assert sig.args == [1, 2]
    assert s.popup().isVisible() and "h<sub>3</sub>" in s.popup().caption.text()
    assert s.popup().picture.pixmap().width() >= 200
    s._on_thumb_left(s.thumb(1, 2))
    assert not s.popup().isVisible()


def test_image_inputs_show_incoming_weights(qtbot):
    """With 64 inputs each hidden unit's 64 weights become an 8 × 8 image; weight 0 is pixel (0, 0)."""
    assert image_shape(64) == (8, 8) and image_shape(2) is None
    net = Network((64, 3, 10))
    net.W[0][1, 0] = 1.0  # unit 2, top-left pixel strongly positive
    s = UnitResponseStrip(net.sizes, net.activations)
    qtbot.addWidget(s)
    s.set_network_params(net.params)
    img = s.image(1, 1)
    assert s.mode == "weights" and (img.width(), img.height()) == (8, 8)
    c = QtGui.QColor(img.pixel(0, 0))
    assert c.red() > 150 and c.blue() < 80  # the red end of the diverging map


def test_the_pictures_wrap_to_the_width_they_are_given(qtbot):
    """In a narrow Learn panel the 32 weight pictures of a 64-input net wrap into fewer columns, so
    that neither they nor the caption are cut off on the right; wide, they keep the columns asked
    for. Each picture stays in the grid once."""
    s = UnitResponseStrip((64, 32, 10), ("tanh", "sigmoid"), thumb=44, per_row=7)
    qtbot.addWidget(s)
    s.fit_width(300)
    assert s._columns < 7 and s.minimumSizeHint().width() <= 300
    assert s._grid.count() == 1 + 1 + 32  # the caption, the layer's name, its thumbnails
    s.fit_width(2000)
    assert s._columns == 7 and s._grid.count() == 34
