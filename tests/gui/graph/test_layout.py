"""Tests of gui/graph/layout.py: where units and edges go."""

import numpy as np
import pytest

from gui.graph.layout import compute_layout, hit_unit, image_shape, nearest_segment


def test_layers_left_to_right_evenly_spaced_and_centred():
    """Inputs left of outputs, equal gaps, each layer's units centred on the same middle line."""
    g = compute_layout([2, 8, 8, 1], 900, 600)
    xs = [lay.x for lay in g.layers]
    assert np.allclose(np.diff(xs), np.diff(xs)[0]) and xs[0] < xs[-1]
    mids = [lay.ys.mean() for lay in g.layers]
    assert np.allclose(mids, mids[0])
    for lay in g.layers:
        assert np.allclose(np.diff(lay.ys), np.diff(lay.ys)[0]) if len(lay.ys) > 1 else True


def test_default_net_has_big_nodes_and_keeps_aspect_when_wide():
    """2-2-1 at 900 × 600 gets the biggest nodes; a very wide window centres, not stretches, it."""
    g = compute_layout([2, 2, 1], 900, 600)
    assert all(lay.r == pytest.approx(36.0) for lay in g.layers)
    wide = compute_layout([2, 2, 1], 3000, 600)
    span = wide.layers[-1].x - wide.layers[0].x
    assert span < 1.3 * 2 * 600 and abs((wide.layers[0].x + wide.layers[-1].x) / 2 - 1500) < 20


def test_wide_input_is_an_image_with_receptive_fields():
    """784 inputs are a 28×28 image; the 30 hidden units get thumbnails; edges start in the image."""
    assert image_shape(784) == (28, 28) and image_shape(64) == (8, 8) and image_shape(50) is None
    g = compute_layout([784, 30, 10], 900, 600)
    x0, y0, w, h = g.layers[0].compact
    assert w == h and g.layers[1].thumbs is not None
    seg = g.edges[0].reshape(30, 785, 4)
    assert np.all((seg[:, :784, 0] > x0) & (seg[:, :784, 0] < x0 + w))
    assert g.edges[1].shape == (10 * 31, 4)


def test_non_square_wide_input_is_a_strip():
    """50 inputs (not a square) are drawn as a thin strip, one cell per input."""
    g = compute_layout([50, 5, 2], 900, 600)
    assert g.layers[0].shape == (50, 1) and g.layers[1].thumbs is None


def test_nearest_segment_distance():
    """The distance from (5, 3) to the segment (0,0)–(10,0) is 3; beyond an end, to the end."""
    segs = np.array([[0.0, 0.0, 10.0, 0.0], [0.0, 10.0, 10.0, 10.0]])
    assert nearest_segment(segs, 5, 3) == (0, pytest.approx(3.0))
    assert nearest_segment(segs, 13, 14)[1] == pytest.approx(5.0)
    assert nearest_segment(np.empty((0, 4)), 1, 1)[0] == -1


def test_hit_unit_finds_nodes_and_bias_units():
    """A point inside a unit's circle hits it; the bias unit above a layer is ('bias', layer)."""
    g = compute_layout([2, 2, 1], 900, 600)
    lay = g.layers[1]
    assert hit_unit(g, lay.x + lay.r * 0.5, lay.ys[1]) == ("node", 1, 1)
    bx, by, _ = lay.bias
    assert hit_unit(g, bx, by) == ("bias", 1)
    assert hit_unit(g, 5, 5) is None
