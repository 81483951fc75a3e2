"""The one diverging colour map every view uses for signed values (weights, gradients, Δw).

Blue is negative, light grey is zero, red is positive: Moreland's "cool to warm" map, which stays
readable for the common colour-vision deficiencies and keeps zero neutral on a white page. A
second, grey ramp fills units by their activation. Both are plain numpy look-up tables so that
thousands of values are coloured with one indexing operation.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6 import QtGui

# Moreland (2009) cool-warm, sampled at 9 points from −1 (blue) through 0 (grey) to +1 (red).
_ANCHORS = np.array(
    [
        (59, 76, 192),
        (98, 130, 234),
        (141, 176, 254),
        (184, 208, 249),
        (221, 221, 221),
        (245, 196, 173),
        (244, 154, 123),
        (222, 96, 77),
        (180, 4, 38),
    ],
    dtype=np.float64,
)
N_LUT = 256  # even, so that 0 falls between the two middle entries; CENTRE is 0's own colour
CENTRE = (221, 221, 221)
NEGATIVE_END = tuple(int(c) for c in _ANCHORS[0])
POSITIVE_END = tuple(int(c) for c in _ANCHORS[-1])


def _interpolate(anchors: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Piecewise-linear colours at t in [0, 1] through equally spaced anchors: (n,) -> (n, 3)."""
    pos = np.linspace(0.0, 1.0, len(anchors))
    return np.stack([np.interp(t, pos, anchors[:, c]) for c in range(3)], axis=-1)


LUT = np.round(_interpolate(_ANCHORS, np.linspace(0.0, 1.0, N_LUT))).astype(np.uint8)  # (256, 3)


def diverging_rgb(values, vmax: float) -> np.ndarray:
    """Colours of `values` on the map spanning ±vmax: (...,) -> (..., 3) uint8.

    0 maps to the grey CENTRE, +vmax and beyond to the red end, −vmax and below to the blue end;
    NaN is drawn as zero.
    """
    v = np.asarray(values, dtype=np.float64)
    t = np.clip(np.nan_to_num(v / max(float(vmax), 1e-300), nan=0.0), -1.0, 1.0)
    out = np.round(_interpolate(_ANCHORS, (t.ravel() + 1.0) * 0.5)).astype(np.uint8)
    return out.reshape(v.shape + (3,))


def diverging_index(values, vmax: float, n: int = N_LUT) -> np.ndarray:
    """Index into an n-entry table spanning ±vmax: (...,) -> (...,) intp in [0, n)."""
    v = np.nan_to_num(np.asarray(values, dtype=np.float64) / max(float(vmax), 1e-300), nan=0.0)
    return np.clip(((v + 1.0) * 0.5 * n).astype(np.intp), 0, n - 1)


def diverging_qcolor(value: float, vmax: float) -> QtGui.QColor:
    """The QColor of one value on the map spanning ±vmax."""
    r, g, b = diverging_rgb(value, vmax)
    return QtGui.QColor(int(r), int(g), int(b))


_NICE = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_ceiling(x: float) -> float:
    """The smallest of 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8 (× 10^k) that is ≥ x (1 for x ≤ 0):
    round legend ticks that do not flicker when the largest value changes a little."""
    if not math.isfinite(x) or x <= 0.0:
        return 1.0
    k = math.floor(math.log10(x))
    for m in _NICE:
        if m * 10.0**k >= x * (1 - 1e-12):
            return m * 10.0**k
    return 10.0 ** (k + 1)


AUTO_QUANTILE = 0.98


def auto_vmax(values) -> float:
    """The automatic colour range for `values`: the 98th percentile of |value|, rounded up nicely.

    Not the plain maximum: in a 784-30-10 net a handful of large output weights would otherwise
    leave the 2,000 input weights all grey. The few values beyond ±vmax take the end colours.
    """
    v = np.abs(np.asarray(values, dtype=np.float64))
    v = v[np.isfinite(v) & (v > 0)]
    if v.size == 0:
        return 1.0
    return nice_ceiling(float(np.quantile(v, AUTO_QUANTILE)))


# Activation fill: a neutral ramp from dark slate (low) to near-white (high), no hue, so it never
# competes with the weight colours.
_GREY_LOW = np.array((62, 66, 74), dtype=np.float64)
_GREY_HIGH = np.array((246, 246, 242), dtype=np.float64)


def activation_rgb(values, lo: float, hi: float) -> np.ndarray:
    """Grey-ramp colours of activations between lo (dark) and hi (light): (...,) -> (..., 3) uint8."""
    v = np.asarray(values, dtype=np.float64)
    span = hi - lo if hi > lo else 1.0
    with np.errstate(invalid="ignore", over="ignore"):  # inf − inf of a diverging run: drawn mid-grey
        t = np.clip(np.nan_to_num((v - lo) / span, nan=0.5), 0.0, 1.0)[..., None]
    return np.round(_GREY_LOW + t * (_GREY_HIGH - _GREY_LOW)).astype(np.uint8)


def text_on(rgb) -> QtGui.QColor:
    """Black or white, whichever reads better on a fill of colour rgb."""
    r, g, b = (float(c) for c in rgb[:3])
    return QtGui.QColor(20, 20, 20) if 0.299 * r + 0.587 * g + 0.114 * b > 140 else QtGui.QColor(250, 250, 250)

