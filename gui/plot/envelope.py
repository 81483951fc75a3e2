"""What the E plot draws of long, noisy series: per-sample E_n as a min–max envelope, one vertical
stroke per pixel column (drawn in one path with connect='pairs', as pyqtgraph's examples do), and
the range a diverged run is shown on. Pure numpy; tested in tests/gui/plot/test_envelope.py.

A thin line through 20,000 noisy points stacks its translucent segments into a solid block with
sawtooth edges; one stroke from the smallest to the largest E_n of each column shows the same
spread with nothing drawn twice.
"""

from __future__ import annotations

import numpy as np

DIVERGED_FACTOR = 1e3  # E this many times its first value: off the scale of the run


def envelope(x: np.ndarray, y: np.ndarray, x_lo: float, x_hi: float, columns: int):
    """(xs, ys, connect) to draw: the points as a line when there are few (at most two a column),
    else per column of the range [x_lo, x_hi] (columns ≥ 1) its min and max as a pair, for
    connect='pairs'. x must be increasing; y finite."""
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    if len(x) <= 2 * columns or x_hi <= x_lo:
        return x, y, "all"
    col = np.clip(((x - x_lo) * columns / (x_hi - x_lo)).astype(np.int64), 0, columns - 1)
    starts = np.concatenate(([0], np.flatnonzero(np.diff(col)) + 1))
    lo, hi = np.minimum.reduceat(y, starts), np.maximum.reduceat(y, starts)
    xs = np.repeat(x[starts], 2)
    ys = np.empty(2 * len(starts))
    ys[0::2], ys[1::2] = lo, hi
    return xs, ys, "pairs"


def divergence(xy: list[tuple[np.ndarray, np.ndarray]]) -> tuple[float, float] | None:
    """(cap, x where it was first passed) for a run that blew up: E above DIVERGED_FACTOR × the
    first positive finite value of the first series (per-sample E_n: the problem's scale before
    anything was learnt; a run may explode within its first epoch), or not finite. Call it only
    for a diverged run; None if nothing passes the cap."""
    start = next((y[(y > 0) & np.isfinite(y)][:1] for _x, y in xy if np.any((y > 0) & np.isfinite(y))), None)
    if start is None:
        return None
    cap = DIVERGED_FACTOR * float(start[0])
    first = [x[np.argmax(~(np.abs(y) <= cap))] for x, y in xy if len(y) and not (np.abs(y) <= cap).all()]
    return (cap, float(min(first))) if first else None
