"""The E plot's axes: ranges that move in steps, and count labels.

Redrawing an axis (its tick labels and grid) is the costliest part of a plot's paint, so while a
run goes on the ranges change seldom: the y range in steps of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8
× 10^k (whole decades on a log axis), the x range with room for a couple of seconds more.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

AXIS_HEADROOM_S = 2.0  # a growing x axis is made long enough for this many more seconds of the run


def y_limits(y: np.ndarray, log: bool) -> tuple[float, float]:
    """The y axis' range for the values y (in log10 when `log`, as pyqtgraph's log mode plots them):
    from 0 (linear) or the decade below (log) to a step above the largest, so it moves seldom."""
    y = y[np.isfinite(y)]
    if not len(y):
        return (-1.0, 0.0) if log else (0.0, 1.0)
    lo, hi = float(y.min()), float(y.max())
    if log:  # y are log10 values: whole decades
        bottom, top = np.floor(lo), np.ceil(hi)
        return float(bottom), float(max(top, bottom + 1))
    top = _growing_limit(hi) if hi > 0 else 1.0
    bottom = 0.0 if lo >= 0 else -_growing_limit(-lo)
    return bottom, top


class CountAxis(pg.AxisItem):
    """An axis of counts (samples, epochs) labelled 500k, 1M, 1.5M rather than 1e+06."""

    def tickStrings(self, values, scale, spacing):
        # one format along the axis: 8k, 10k rather than 8000, 10k
        biggest = max((abs(v * scale) for v in values), default=0.0)
        return [count_label(v * scale, biggest) for v in values]


def count_label(v: float, biggest: float | None = None) -> str:
    """2500 -> '2500', 25000 -> '25k', 1500000 -> '1.5M', 0.5 -> '0.5'. With `biggest` (the largest
    label on the axis) every label takes that one's unit: 8000 next to 10000 reads '8k'; 0 stays '0'."""
    ref = abs(v) if biggest is None else biggest
    if v == 0:
        return "0"
    for size, suffix in ((1e9, "G"), (1e6, "M"), (1e4, "k")):
        if ref >= size:
            size = 1e3 if suffix == "k" else size
            return f"{v / size:.6g}{suffix}"
    return f"{v:.6g}"


class GrowingAxis:
    """The x axis' right end for data reaching x: a step of _growing_limit above it. While a run
    grows, the step is chosen with room for AXIS_HEADROOM_S more seconds at the pace seen between
    the last two calls (but at most half the data again), so the axis, whose tick labels are the
    costliest part of a paint, changes every second or two rather than every few frames. Data
    that shrinks (a reset, samples -> epochs), or a paused run, gets an end fitted to it at once."""

    def __init__(self):
        self._end: float | None = None
        self._last: tuple[float, float] | None = None  # (time, x) of the previous call

    def end(self, x: float, now: float, running: bool = True) -> float:
        """The end for data reaching x at time `now`; not `running` (paused, stepping): fitted."""
        last, self._last = self._last, (now, x)
        if not running:
            self._end = _growing_limit(x)
            return self._end
        if self._end is not None and last is not None and last[1] <= x <= self._end:
            return self._end  # growing, still inside
        pace = 0.0
        if last is not None and x >= last[1] and now > last[0]:
            pace = (x - last[1]) / (now - last[0])
        # at most half the data again: the curve keeps at least half the width
        self._end = _growing_limit(x + min(pace * AXIS_HEADROOM_S, 0.5 * x))
        return self._end


_STEPS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def _growing_limit(x: float) -> float:
    """The x axis' right end: the next of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k at or above x, so
    a growing run changes the axis (and redraws its ticks) now and then, not every frame."""
    if x <= 0:
        return 1.0
    scale = 10.0 ** np.floor(np.log10(x))
    return float(scale * next(s for s in _STEPS if s * scale >= x * (1 - 1e-12)))
