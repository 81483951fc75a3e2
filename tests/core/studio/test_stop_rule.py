"""Tests for core/studio/stop_rule.py: target error, maximum epochs and plateau, each in plain words."""

from __future__ import annotations

import math
from types import SimpleNamespace

import numpy as np

from core.studio.stop_rule import StopRule


def _snap(E, epoch=None):
    E = np.asarray(E, dtype=float)
    epochs = np.arange(1, E.size + 1, dtype=float)
    return SimpleNamespace(last_epoch_E=float(E[-1]) if E.size else math.nan,
                           epoch=int(epoch if epoch is not None else E.size),
                           history={"epochs": (epochs, E)})


def test_nothing_ticked_never_stops():
    """The default rule lets training run."""
    assert StopRule().reason(_snap([1.0] * 500)) is None


def test_target_error():
    """E below the target stops with the numbers; E at or above it does not."""
    rule = StopRule(target_E=0.1)
    assert rule.reason(_snap([0.5, 0.1])) is None
    assert "fell below the target 0.1" in rule.reason(_snap([0.5, 0.09]))
    assert rule.reason(_snap([])) is None  # no finished epoch yet


def test_max_epochs():
    """Epoch count reaching the maximum stops."""
    rule = StopRule(max_epochs=10)
    assert rule.reason(_snap([1.0] * 9)) is None
    assert "maximum of 10 epochs" in rule.reason(_snap([1.0] * 10))


def test_plateau_needs_patience_epochs_without_progress():
    """A falling E keeps going; flat for `patience` epochs (within rel_tol) stops."""
    rule = StopRule(patience=5, rel_tol=0.01)
    falling = 1.0 / np.arange(1, 30)
    assert rule.reason(_snap(falling)) is None
    flat = np.concatenate([falling, np.full(5, falling[-1] * 0.999)])
    assert "not improved by 1 %" in rule.reason(_snap(flat))


def _long_run(E_of_epoch, epochs: int, capacity: int = 20_000):
    """A snapshot whose epoch history was thinned as on a long run (core/training/history.py)."""
    from core.training.history import DecimatedSeries

    series = DecimatedSeries(capacity)
    t = np.arange(1, epochs + 1, dtype=float)
    for start in range(0, epochs, 100_000):  # in chunks, as the trainer appends
        series.append(t[start:start + 100_000], E_of_epoch(t[start:start + 100_000]))
    x, y = series.data()
    assert series.stride > 200  # thinned: one point per more epochs than the patience
    return SimpleNamespace(last_epoch_E=float(y[-1]), epoch=epochs, history={"epochs": (x, y)})


def test_plateau_fires_on_a_long_flat_run():
    """10 million epochs, flat after the first thousand, history thinned to buckets of 512+
    epochs: the plateau rule (200 epochs, 0.1 %) still fires."""
    rule = StopRule(patience=200, rel_tol=1e-3)
    snap = _long_run(lambda t: np.where(t < 1000, 1.0 / t, 1e-3), 10_000_000)
    assert "not improved by 0.1 % in the last 200 epochs" in rule.reason(snap)


def test_plateau_does_not_fire_on_a_long_falling_run():
    """A long run still falling by more than 0.1 % per 200 epochs (E = exp(−t/10⁵)) goes on."""
    rule = StopRule(patience=200, rel_tol=1e-3)
    assert rule.reason(_long_run(lambda t: np.exp(-t / 1e5), 5_000_000)) is None
