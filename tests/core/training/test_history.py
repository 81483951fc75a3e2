"""Tests for core/training/history.py: decimation keeps means exact and memory bounded."""

import numpy as np
import pytest

from core.training.history import DecimatedSeries, History


def test_points_are_bucket_means():
    """After decimation each point is the mean of its `stride` consecutive values."""
    s = DecimatedSeries(capacity=8)
    y = np.arange(100, dtype=float)
    s.append(np.arange(100), y)
    x, m = s.data()
    assert len(s) <= 8
    k = s.stride
    np.testing.assert_allclose(m, [y[i * k:(i + 1) * k].mean() for i in range(len(m))])
    np.testing.assert_array_equal(x, np.arange(len(m)) * k)


def test_chunking_does_not_change_result():
    """Appending in many small pieces gives the same points as one big append."""
    a, b = DecimatedSeries(16), DecimatedSeries(16)
    y = np.random.default_rng(0).normal(size=1000)
    a.append(np.arange(1000), y)
    for i in range(0, 1000, 37):
        b.append(np.arange(i, min(i + 37, 1000)), y[i:i + 37])
    np.testing.assert_allclose(a.data()[1], b.data()[1], rtol=1e-12)
    assert a.stride == b.stride


def test_memory_bounded_for_1e8_samples():
    """10⁸ appended values keep at most `capacity` points."""
    s = DecimatedSeries(1000)
    block = np.ones(1_000_000)
    for i in range(100):
        s.append(np.arange(i * 1_000_000, (i + 1) * 1_000_000), block)
    assert len(s) <= 1000 and s.count == 100_000_000
    assert np.all(s.data()[1] == 1.0)


def test_round_trip_dict():
    """to_dict/from_dict restores an identical history."""
    h = History(capacity=10)
    h.samples.append(np.arange(25), np.arange(25.0))
    h2 = History.from_dict(h.to_dict())
    h.samples.append([25, 26], [1.0, 2.0])
    h2.samples.append([25, 26], [1.0, 2.0])
    np.testing.assert_array_equal(h.samples.data()[1], h2.samples.data()[1])


def test_consecutive_positions_equal_explicit_positions():
    """append(first, y) stores the same points as append(arange(first, ...), y), across pieces."""
    a, b = DecimatedSeries(8), DecimatedSeries(8)
    y = np.random.default_rng(1).normal(size=333)
    for i in range(0, 333, 50):
        piece = y[i:i + 50]
        a.append(i + 1, piece)
        b.append(np.arange(i + 1, i + 1 + piece.size), piece)
    np.testing.assert_array_equal(a.data()[0], b.data()[0])
    np.testing.assert_array_equal(a.data()[1], b.data()[1])
    np.testing.assert_array_equal(a.data()[0][:2], [1, 1 + a.stride])


@pytest.mark.parametrize("change", [
    {"stride": 2**62}, {"stride": 3}, {"stride": 0}, {"count": 2**60}, {"count": 7},
    {"stride": True}, {"stride": 1.5}, {"pending_y": [0.1] * 300, "pending_x": [1.0] * 300},
])
def test_from_dict_refuses_what_append_never_makes(change):
    """A stride that is no power of two, or that the count does not account for (2⁶² made the
    pending bucket grow without bound), a count past 2⁵³, a pending bucket of a stride or more."""
    s = DecimatedSeries(capacity=8)
    s.append(0, np.arange(37.0))  # stride 4 after two merges, 1 value pending
    d = {**s.to_dict(), **change}
    with pytest.raises(ValueError):
        DecimatedSeries.from_dict(d)


def test_from_dict_accepts_every_state_append_makes():
    """Round trips after each of many uneven appends (merges included) are accepted and equal."""
    rng = np.random.default_rng(3)
    s, pos = DecimatedSeries(capacity=6), 0
    for _ in range(200):
        n = int(rng.integers(0, 40))
        s.append(pos, rng.random(n))
        pos += n
        back = DecimatedSeries.from_dict(s.to_dict())
        assert back.to_dict() == s.to_dict()


def test_huge_values_average_to_inf_without_a_warning():
    """A diverging run's E_n near 1e308: their bucket means and halvings overflow to inf quietly (a
    numpy warning on stderr would reach the user: the monkey test met one)."""
    import warnings

    s = DecimatedSeries(capacity=4)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        s.append(0, np.full(64, 1.5e308))
    x, y = s.data()
    assert np.all(np.isinf(y)) and len(x) == len(y) > 0


def test_a_diverged_runs_values_round_trip_through_strict_json():
    """inf and NaN (a diverged run's E) go out as null, which strict JSON allows, and come back as
    NaN."""
    import json

    h = History(capacity=10)
    h.samples.append([1, 2, 3], [0.5, np.inf, np.nan])
    h2 = History.from_dict(json.loads(json.dumps(h.to_dict(), allow_nan=False)))
    y = h2.samples.data()[1]
    assert y[0] == 0.5 and np.isnan(y[1]) and np.isnan(y[2])
