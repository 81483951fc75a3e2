"""File ▸ Open Recent: the last files opened (sessions, weights, CSV data), newest first, kept in
the window's settings as a JSON list of absolute paths."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from gui.window.settings import MAX_TEXT

MAX_RECENT = 8
KEY = "recent_files"


class RecentFiles:
    """The list, read from and written to `settings` (gui/window/settings.Settings)."""

    def __init__(self, settings):
        self._settings = settings

    def paths(self) -> list[str]:
        try:
            paths = json.loads(self._settings.text(KEY, "[]"))
        except (TypeError, ValueError):
            return []
        return [p for p in paths if isinstance(p, str)][:MAX_RECENT] if isinstance(paths, list) else []

    def add(self, path: str) -> None:
        path = str(Path(path).resolve())
        self._store([path] + [p for p in self.paths() if p != path])

    def remove(self, path: str) -> None:
        self._store([p for p in self.paths() if p != path])

    def clear(self) -> None:
        self._store([])

    def _store(self, paths: list[str]) -> None:
        paths = paths[:MAX_RECENT]
        while len(json.dumps(paths, allow_nan=False)) > MAX_TEXT and paths:  # what Settings.text reads back
            paths = paths[:-1]
        self._settings.set_value(KEY, json.dumps(paths, allow_nan=False))


def fill_menu(menu: QtWidgets.QMenu, recent: RecentFiles, open_path) -> None:
    """Rebuild `menu` (on aboutToShow): one entry per recent file, then Clear."""
    menu.clear()
    paths = recent.paths()
    for i, path in enumerate(paths):
        action = menu.addAction(f"&{i + 1}  {Path(path).name}")
        action.setToolTip(path)
        action.setStatusTip(path)
        action.triggered.connect(lambda _=False, p=path: open_path(p))
    if not paths:
        empty = menu.addAction(QtCore.QCoreApplication.translate("RecentFiles", "No recent files"))
        empty.setEnabled(False)
        return
    menu.addSeparator()
    menu.addAction(QtCore.QCoreApplication.translate("RecentFiles", "Clear the list"), recent.clear)
