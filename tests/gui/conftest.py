"""GUI test fixtures: a main window whose settings live in a temporary file (never the user's),
closed and its worker thread stopped after each test."""

from __future__ import annotations

import pytest

from gui.window.main_window import MainWindow
from gui.window.settings import Settings


@pytest.fixture
def settings(tmp_path):
    return Settings(str(tmp_path / "settings.ini"))


@pytest.fixture
def window(qtbot, settings):
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.studio.frame is not None, timeout=5000)
    yield w
    w.close()


def frame_after(qtbot, studio, predicate, timeout=5000):
    """Wait (on the GUI thread) until the latest frame satisfies `predicate`; return it."""
    qtbot.waitUntil(lambda: studio.frame is not None and predicate(studio.frame), timeout=timeout)
    return studio.frame


@pytest.fixture(autouse=True)
def _english_window():
    """A test that switched the window's language leaves English (and its plural forms) behind."""
    yield
    from gui.i18n import language

    if language._installed and any("_en" not in t.filePath() and "qtbase" not in t.filePath()
                                   for t in language._installed):
        language.apply("en")
