"""What the app remembers between runs: window geometry, the experiment, speed, plot options and
the last folder used, in QSettings (an INI file).

`Settings(path)` writes to `path`; `Settings()` to the user's standard location. Tests pass a
temporary path, so they never touch the user's settings.
"""

from __future__ import annotations

import json

from PySide6 import QtCore

from core.studio.experiment import Experiment

ORGANISATION = "BackpropStudio"
APPLICATION = "Backprop Studio"


class Settings:
    """Typed access to the app's QSettings."""

    def __init__(self, path: str | None = None):
        if path is None:
            self._q = QtCore.QSettings(QtCore.QSettings.Format.IniFormat,
                                       QtCore.QSettings.Scope.UserScope, ORGANISATION, APPLICATION)
        else:
            self._q = QtCore.QSettings(str(path), QtCore.QSettings.Format.IniFormat)

    @property
    def path(self) -> str:
        return self._q.fileName()

    def experiment(self) -> Experiment:
        """The last experiment, or the seed's default if none was saved or it no longer loads."""
        text = self._q.value("experiment", "")
        if not text:
            return Experiment()
        try:
            return Experiment.from_dict(json.loads(text))
        except (ValueError, TypeError, KeyError):
            return Experiment()

    def set_experiment(self, exp: Experiment) -> None:
        self._q.setValue("experiment", json.dumps(exp.to_dict(), allow_nan=False))

    def value(self, key: str, default=None):
        """A stored value (strings, numbers, bools, QByteArray), or `default`."""
        v = self._q.value(key, default)
        if isinstance(default, bool) and isinstance(v, str):
            return v.lower() == "true"
        if isinstance(default, int) and not isinstance(default, bool) and isinstance(v, str):
            try:
                return int(v)
            except ValueError:
                return default
        return v

    def set_value(self, key: str, value) -> None:
        self._q.setValue(key, value)

    def sync(self) -> None:
        self._q.sync()
