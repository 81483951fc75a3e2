"""Tests for gui/window/settings.py: values persist in the given file, a damaged entry falls back."""

from __future__ import annotations

import pytest

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
    assert s2.flag("flag", False) is True and s2.integer("n", 0, 0, 100) == 12
    assert s2.integer("missing", 5, 0, 10) == 5
    assert s2.unrestored == {}


@pytest.mark.parametrize("raw", ["@Invalid()", "Infinity", "1, 2", "@Rect(1 2 3 4)", "-7",
                                 "99999999999999999999999", "@Variant(\\0\\0\\0\\x7f)"])
def test_an_unusable_number_gives_the_default_and_is_named(tmp_path, raw):
    """Whatever an INI line holds where a number in range belongs, the default comes back and
    the key is named in `unrestored`."""
    path = tmp_path / "s.ini"
    path.write_text(f"[General]\nspeed={raw}\n")
    s = Settings(str(path))
    assert s.integer("speed", 1000, -1, 100_000) == 1000
    assert list(s.unrestored) == ["speed"]


@pytest.mark.parametrize("text", [
    '{"data": {"name": "gone"}, "arch": {"hidden": [2]}, "hp": {}, "init": {}}',
    '{"data": {"name": "spiral", "n": 5000000}, "arch": {"hidden": [2]}, "hp": {}, "init": {}}',
    '{"data": {}, "arch": {"hidden": [-3]}, "hp": {}, "init": {}}',
    '{"data": {}, "arch": {"hidden": [2]}, "hp": {"alpha": Infinity}, "init": {}}',
    "[" * 100_000,
])
def test_an_unusable_experiment_gives_the_default(tmp_path, text):
    """Unknown data set names, sizes the controls cannot set, Infinity, deep nesting: default."""
    s = Settings(str(tmp_path / "s.ini"))
    s.set_value("experiment", text)
    assert s.experiment() == Experiment()
    assert list(s.unrestored) == ["experiment"]


def test_a_huge_settings_file_is_set_aside(tmp_path):
    """A settings file over 4 MiB is renamed <name>.unusable and the app starts without it."""
    path = tmp_path / "s.ini"
    path.write_text("[General]\n" + "junk=" + "x" * (5 << 20) + "\n")
    s = Settings(str(path))
    assert s.integer("speed", 1000, -1, 100_000) == 1000
    assert "settings file" in s.unrestored and (tmp_path / "s.ini.unusable").exists()
