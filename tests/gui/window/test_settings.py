"""Tests for gui/window/settings.py: values persist in the given file, a damaged entry falls back."""

from __future__ import annotations

from core.engine.hyperparams import Hyperparams
from core.studio.experiment import Architecture, Experiment
from gui.window.settings import Settings


def test_experiment_round_trips(tmp_path):
    """An experiment written to the file comes back equal from a fresh Settings."""
    path = str(tmp_path / "s.ini")
    exp = Experiment(arch=Architecture((5, 3), "tanh"), hp=Hyperparams(alpha=0.2, momentum=0.9))
    Settings(path).set_experiment(exp)
    assert Settings(path).experiment() == exp
    assert Settings(path).path == path


def test_damaged_experiment_gives_the_default(tmp_path):
    """A stored experiment that no longer loads is replaced by the seed's default."""
    s = Settings(str(tmp_path / "s.ini"))
    s.set_value("experiment", '{"arch": {"hidden": "lots"}}')
    assert s.experiment() == Experiment()


def test_typed_values(tmp_path):
    """Booleans and integers come back typed from the INI file."""
    path = str(tmp_path / "s.ini")
    s = Settings(path)
    s.set_value("flag", True)
    s.set_value("n", 12)
    s.sync()
    s2 = Settings(path)
    assert s2.value("flag", False) is True and s2.value("n", 0) == 12
    assert s2.value("missing", 5) == 5
