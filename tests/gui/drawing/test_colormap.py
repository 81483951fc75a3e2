"""Tests of gui/drawing/colormap.py: the one diverging map and the activation ramp."""

import numpy as np

from gui.drawing.colormap import (
    CENTRE,
    NEGATIVE_END,
    POSITIVE_END,
    activation_rgb,
    auto_vmax,
    diverging_qcolor,
    diverging_rgb,
    nice_ceiling,
)

# Moreland's cool-warm end points and midpoint, as published (independent of the code's table).
MORELAND_BLUE, MORELAND_GREY, MORELAND_RED = (59, 76, 192), (221, 221, 221), (180, 4, 38)


def test_ends_and_centre_are_morelands_cool_warm():
    """0 is the grey centre, +vmax the red end, −vmax the blue end (and beyond clips to the ends)."""
    assert CENTRE == MORELAND_GREY and POSITIVE_END == MORELAND_RED and NEGATIVE_END == MORELAND_BLUE
    out = diverging_rgb([0.0, 2.5, -2.5, 100.0, -100.0], 2.5)
    assert [tuple(c) for c in out] == [CENTRE, POSITIVE_END, NEGATIVE_END, POSITIVE_END, NEGATIVE_END]


def test_colour_moves_away_from_centre_monotonically():
    """The further |v| from 0, the further the colour from grey; positive is red-ish, negative blue-ish."""
    v = np.linspace(0.0, 1.0, 101)
    for sign in (1.0, -1.0):
        c = diverging_rgb(sign * v, 1.0).astype(float)
        dist = np.linalg.norm(c - np.array(CENTRE, float), axis=1)
        assert np.all(np.diff(dist) >= 0) and dist[-1] > 150
        warm = c[1:, 0] - c[1:, 2]
        assert np.all(warm > 0) if sign > 0 else np.all(warm < 0)


def test_nan_is_drawn_as_zero_and_qcolor_matches():
    """NaN takes the centre colour; diverging_qcolor gives the same colour as diverging_rgb."""
    assert tuple(diverging_rgb(np.nan, 1.0)) == CENTRE
    q = diverging_qcolor(0.3, 1.0)
    assert (q.red(), q.green(), q.blue()) == tuple(int(c) for c in diverging_rgb(0.3, 1.0))


def test_nice_ceiling_rounds_up_to_round_numbers():
    """0.73 → 0.8, 7.2 → 8, 1 → 1, 1.01 → 1.25, 31 → 40; non-positive → 1."""
    assert [nice_ceiling(x) for x in (0.73, 7.2, 1.0, 1.01, 31.0)] == [0.8, 8.0, 1.0, 1.25, 40.0]
    assert nice_ceiling(0.0) == 1.0 and nice_ceiling(float("nan")) == 1.0


def test_auto_vmax_ignores_a_few_outliers():
    """2,000 values within ±0.1 and 10 of size 5: the automatic range stays near 0.1."""
    v = np.concatenate([np.linspace(-0.1, 0.1, 2000), np.full(10, 5.0)])
    assert auto_vmax(v) == 0.1
    assert auto_vmax(np.zeros(4)) == 1.0


def test_activation_ramp_is_dark_low_light_high():
    """The lowest activation is the darkest grey, the highest the lightest, with no hue."""
    c = activation_rgb(np.array([0.0, 0.5, 1.0]), 0.0, 1.0).astype(int)
    lum = c.sum(axis=1)
    assert lum[0] < lum[1] < lum[2]
    assert np.all(np.ptp(c, axis=1) <= 12)  # grey: channels within a few levels of each other
