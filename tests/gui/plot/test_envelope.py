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
    """A run whose E grows to 1e306 then inf is capped at 1000 × its first positive E, from where
    it passed that (also when the epoch means blew up from the first epoch on, as XOR at α 1000
    does); a run that falls (even by six decades) is not."""
    x = np.arange(100.0)
    falling = 0.3 * 10.0 ** (-6 * x / 100)
    assert divergence([(x, falling)]) is None
    blown = np.concatenate([np.full(40, 0.25), 0.25 * 10.0 ** np.arange(50), [np.inf, np.nan] * 5])
    cap, at = divergence([(x, blown)])
    assert cap == DIVERGED_FACTOR * 0.25 and at == 44  # 0.25e4 is the first above 250


def test_divergence_in_the_first_epoch():
    """E_n 0, 1.77, 1.77e6, 2.4e24 …: the cap is 1000 × 1.77; epoch means (6e23 from epoch 1)
    do not set the scale."""
    samples = (np.arange(1.0, 6.0), np.array([0.0, 1.774, 1.772e6, 2.439e24, 2.4e30]))
    epochs = (np.array([4.0]), np.array([6.1e23]))
    cap, at = divergence([samples, epochs])
    assert cap == DIVERGED_FACTOR * 1.774 and at == 3.0
