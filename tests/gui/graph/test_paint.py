"""Tests for gui/graph/paint.py: the caption under a wide input layer's picture fits beside the
next layer's units."""

from PySide6 import QtGui

from gui.graph.paint import fitted_caption


def test_a_caption_wider_than_a_small_picture_goes_on_two_lines(qapp):
    """Under an 8 × 8 picture in a small window '8×8 inputs, one pixel each' is broken after its
    comma (it ran into the hidden units, cut at 'eac'); under a large picture it stays one line."""
    metrics = QtGui.QFontMetricsF(QtGui.QFont())
    text = "8×8 inputs, one pixel each"
    wide = metrics.horizontalAdvance(text)
    assert fitted_caption(text, metrics, wide - 1) == "8×8 inputs,\none pixel each"
    assert fitted_caption(text, metrics, wide + 1) == text
    assert fitted_caption("no comma here at all", metrics, 1.0) == "no comma here at all"
