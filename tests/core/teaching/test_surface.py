"""Tests for core/teaching/surface.py: the network's answer over a plane of raw inputs."""

import math
import time

import numpy as np
import pytest

from core.data.dataset import InputNorm
from core.engine.network import Network
from core.teaching.surface import grid, layer_surfaces, output_surface, padded_limits


def _sig(z):
    return 1.0 / (1.0 + math.exp(-z))


def _diagonal():
    """2-1 sigmoid with W = [[1, −1]], b = 0: o = σ(x − y), 0.5 exactly on the line x = y."""
    return Network.from_arrays([np.array([[1.0, -1.0]])], [np.array([0.0])])


def test_grid_is_pixel_centres():
    """4 points over [−1, 1] sit at the centres of 4 equal cells."""
    xs, ys = grid((-1, 1), (-1, 1), 4)
    assert np.allclose(xs, [-0.75, -0.25, 0.25, 0.75]) and np.allclose(ys, xs)


def test_known_boundary_on_the_diagonal():
    """o = 0.5 on x = y, above 0.5 below the line (y < x), and σ(1.5) in the bottom-right pixel."""
    Z = output_surface(_diagonal(), (-1, 1), (-1, 1), 4)
    assert Z.shape == (4, 4)
    assert np.all(np.diag(Z) == 0.5)
    rows, cols = np.indices(Z.shape)
    assert np.all(Z[rows < cols] > 0.5) and np.all(Z[rows > cols] < 0.5)
    assert Z[0, 3] == pytest.approx(_sig(0.75 - (-0.75)), abs=1e-15)  # y = −0.75, x = 0.75


def test_input_normalisation_puts_the_plane_in_raw_units():
    """With x_norm = (x − 1) / 2 the boundary x_norm = y_norm is still the raw diagonal."""
    norm = InputNorm("standardise", np.array([1.0, 1.0]), np.array([2.0, 2.0]))
    Z = output_surface(_diagonal(), (0, 4), (0, 4), 4, to_network=norm)
    # raw x = 3.5, y = 0.5 → normalised 1.25 and −0.25 → σ(1.5)
    assert Z[0, 3] == pytest.approx(_sig(1.5), abs=1e-15)
    same = output_surface(_diagonal(), (0, 4), (0, 4), 4, to_network=norm.apply)
    assert np.array_equal(Z, same)


def test_hidden_unit_response():
    """unit=(1, 1) of a 2-2-1 net is h₂ = σ(w₂₁ x + w₂₂ y + w₂₀) at each pixel."""
    net = Network.from_arrays([np.array([[1.0, 0.0], [0.5, -2.0]]), np.array([[1.0, 1.0]])],
                              [np.array([0.0, 0.3]), np.array([0.0])])
    H = output_surface(net, (-1, 1), (-1, 1), 4, unit=(1, 1))
    assert H[1, 2] == pytest.approx(_sig(0.5 * 0.25 - 2.0 * -0.25 + 0.3), abs=1e-15)
    layers = layer_surfaces(net, (-1, 1), (-1, 1), 4)
    assert [a.shape for a in layers] == [(4, 4, 2), (4, 4, 1)]
    assert np.allclose(layers[0][..., 1], H, atol=1e-15)
    assert np.allclose(layers[1][..., 0], output_surface(net, (-1, 1), (-1, 1), 4), atol=1e-15)


def test_extra_inputs_are_held_at_base():
    """With 3 inputs the third is held at `base`; its weight shifts the boundary accordingly."""
    net = Network.from_arrays([np.array([[1.0, -1.0, 2.0]])], [np.array([0.0])])
    Z = output_surface(net, (-1, 1), (-1, 1), 4, base=[0.0, 0.0, 0.25])
    assert Z[0, 0] == pytest.approx(_sig(0.5), abs=1e-15)


def test_fast_enough_for_ten_refreshes_a_second():
    """A 100 × 100 surface of a 2-8-8-1 net takes well under 100 ms (median of 5)."""
    net = Network((2, 8, 8, 1))
    net.params[:] = np.random.default_rng(0).normal(size=net.n_params)
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        layer_surfaces(net, (-5, 5), (-5, 5), 100)
        times.append(time.perf_counter() - t0)
    assert np.median(times) < 0.1


def test_padded_limits():
    """Limits add 10 % of the span on each side."""
    assert padded_limits(np.array([[0.0, 10.0], [1.0, 20.0]])) == ((-0.1, 1.1), (9.0, 21.0))


def test_contour_segments_by_hand():
    """A 2 × 2 grid rising left to right crosses 0.5 half-way: one vertical segment at x = 0.5;
    a saddle (TL, BR above; centre above) cuts off the other two corners; NaN draws nothing."""
    from core.teaching.surface import contour_segments

    assert contour_segments(np.array([[0.0, 1.0], [0.0, 1.0]]), 0.5).tolist() == [[0.5, 0.0, 0.5, 1.0]]
    saddle = contour_segments(np.array([[1.0, 0.0], [0.4, 1.0]]), 0.5)  # centre 0.6 ≥ 0.5
    # crossings: top at x = 0.5; right at y = 0.5; bottom at x = 0.1/0.6; left at y = 0.5/0.6
    assert sorted(map(tuple, np.round(saddle, 6).tolist())) == sorted([
        (0.5, 0.0, 1.0, 0.5),  # top-right corner (0) cut off
        (round(0.1 / 0.6, 6), 1.0, 0.0, round(0.5 / 0.6, 6)),  # bottom-left corner (0.4) cut off
    ])
    assert len(contour_segments(np.array([[0.0, np.nan], [1.0, 1.0]]), 0.5)) == 0


def test_contour_of_a_circle_lies_on_it():
    """Z = distance² from the centre, level 20²: every end lies within 0.01 of radius 20 and the
    segments join into a closed curve of length ≈ 2π · 20."""
    from core.teaching.surface import contour_segments

    x = np.arange(60.0)
    X, Y = np.meshgrid(x, x)
    seg = contour_segments((X - 30) ** 2 + (Y - 30) ** 2, 400.0)
    for ends in (seg[:, :2], seg[:, 2:]):
        assert np.allclose(np.hypot(ends[:, 0] - 30, ends[:, 1] - 30), 20, atol=0.01)
    length = np.hypot(seg[:, 2] - seg[:, 0], seg[:, 3] - seg[:, 1]).sum()
    assert abs(length - 2 * np.pi * 20) < 0.5
