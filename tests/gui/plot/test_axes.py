"""Tests for gui/plot/axes.py: the E plot's ranges move in steps, worked out by hand."""

from __future__ import annotations

import numpy as np

from gui.plot.axes import AXIS_HEADROOM_S, CountAxis, GrowingAxis, count_label, y_limits


def test_y_limits_by_hand():
    """The y range goes from 0 (or the decade below, on log) to the next step above the largest E:
    0.37 -> 0.4, 1.3 -> 1.5; log10 values -3.2..-0.5 -> decades -4..0; NaN and inf are ignored."""
    assert y_limits(np.array([0.02, 0.37]), log=False) == (0.0, 0.4)
    assert y_limits(np.array([0.5, 1.3]), log=False) == (0.0, 1.5)
    assert y_limits(np.array([np.nan, 0.25, np.inf]), log=False) == (0.0, 0.25)
    assert y_limits(np.zeros(3), log=False) == (0.0, 1.0)
    assert y_limits(np.array([-3.2, -0.5]), log=True) == (-4.0, 0.0)
    assert y_limits(np.array([-2.0, -2.0]), log=True) == (-2.0, -1.0)


def test_growing_axis_by_hand():
    """The x axis' end: a step above the data, with room for AXIS_HEADROOM_S (2 s) more at the
    pace seen; kept while the data grows inside it; fitted again when the data shrinks."""
    assert AXIS_HEADROOM_S == 2.0
    axis = GrowingAxis()
    assert axis.end(100, now=0.0) == 100  # first call: no pace known
    assert axis.end(110, now=1.0) == 150  # 10/s: room for 130 -> the step 150
    assert axis.end(140, now=2.0) == 150  # inside: unchanged
    assert axis.end(5, now=3.0) == 5  # a reset: fitted to the data
    assert axis.end(1000, now=4.0) == 1500  # 995/s: room for 2,990, but at most 1,500
    assert axis.end(1100, now=5.0, running=False) == 1200  # paused: fitted to the data


def test_count_labels():
    """Big counts read as 25k, 1.5M, 2G; small ones stay as they are."""
    assert [count_label(v) for v in (0, 0.5, 2500, 25000, 500000, 1.5e6, 2e9)] == [
        "0", "0.5", "2500", "25k", "500k", "1.5M", "2G"]


def test_an_axis_uses_one_label_format(qapp):
    """The ticks of one axis share the unit of the largest: 8k next to 10k, never 8000 and 10k."""
    axis = CountAxis("bottom")
    assert axis.tickStrings([0, 2000, 4000, 6000, 8000, 10000], 1.0, 2000) == [
        "0", "2k", "4k", "6k", "8k", "10k"]
    assert axis.tickStrings([500_000, 1_000_000, 1_500_000], 1.0, 500_000) == ["0.5M", "1M", "1.5M"]
    assert axis.tickStrings([0, 2500, 5000], 1.0, 2500) == ["0", "2500", "5000"]
