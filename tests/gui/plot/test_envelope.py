"""Tests for gui/plot/envelope.py: per-sample E_n as one min–max stroke per pixel column, and the
range a diverged run is shown on."""

from __future__ import annotations

import numpy as np

from gui.plot.envelope import DIVERGED_FACTOR, divergence, envelope


def test_few_points_are_a_line():
    """Up to two points a column: drawn as they are, connected."""
    x, y = np.arange(10.0), np.linspace(1, 0, 10)
    xs, ys, connect = envelope(x, y, 0, 10, 100)
    assert connect == "all" and (xs == x).all() and (ys == y).all()


def test_many_points_become_one_min_max_pair_per_column():
    """20,000 noisy points over 100 columns: 100 vertical pairs, each spanning exactly its
    column's min and max (checked against a plain loop)."""
    rng = np.random.default_rng(0)
    x = np.arange(20_000.0)
    y = rng.random(20_000)
    xs, ys, connect = envelope(x, y, 0, 20_000, 100)
    assert connect == "pairs" and len(xs) == 200
    for c in range(100):
        chunk = y[c * 200:(c + 1) * 200]
        assert ys[2 * c] == chunk.min() and ys[2 * c + 1] == chunk.max()
        assert xs[2 * c] == xs[2 * c + 1] == 200 * c


def test_divergence_is_found_and_healthy_runs_are_not():
    """A run whose E grows to 1e306 then inf is capped at 1000 × its starting E, from where it
    passed that; a run that falls (even by six decades) is not."""
    x = np.arange(100.0)
    falling = 0.3 * 10.0 ** (-6 * x / 100)
    assert divergence([(x, falling)]) is None
    blown = np.concatenate([np.full(40, 0.25), 0.25 * 10.0 ** np.arange(50), [np.inf, np.nan] * 5])
    cap, at = divergence([(x, blown)])
    assert cap == DIVERGED_FACTOR * 0.25 and at == 44  # 0.25e4 is the first above 250
