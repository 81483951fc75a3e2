"""Tests for core/teaching/subsample.py: the rows a picture of a big data set draws."""

from __future__ import annotations

import numpy as np

from core.teaching.subsample import spread_rows


def test_small_sets_are_drawn_whole_and_big_ones_evenly():
    """10 rows of 10: all; 60,000 rows with a limit of 2,000: 2,000 distinct ascending rows from
    the first to the last, about 30 apart."""
    assert list(spread_rows(10)) == list(range(10))
    rows = spread_rows(60_000, 2000)
    assert len(rows) == 2000 and rows[0] == 0 and rows[-1] == 59_999
    assert np.all(np.diff(rows) > 0) and set(np.diff(rows)) <= {29, 30, 31}
