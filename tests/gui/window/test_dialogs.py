"""Tests for gui/window/dialogs.py: the Help texts and the hook that turns exceptions into dialogs."""

from __future__ import annotations

import sys

from gui.window import dialogs


def test_derivation_has_the_seed_equations_with_subscripts(window):
    """Help ▸ The derivation opens the HelpPage: net_j, h_j, net_k, o_k, E_n, Δw_kj, Δw_ji."""
    window.menu_actions["derivation"].trigger()
    dialog = window._dialogs[-1]
    assert dialog.isVisible()
    text = dialog.page.toPlainText()
    for symbol in ("netj", "hj", "netk", "ok", "En", "Δwkj", "Δwji", "inspector"):
        assert symbol in text.replace(" ", "")
    dialog.close()


def test_shortcuts_listed_match_the_actions(window):
    """Every toolbar shortcut appears in the Keyboard shortcuts list."""
    listed = " ".join(k for k, _ in dialogs.SHORTCUTS)
    for action in window.training_actions.all() + window.teaching_actions.all():
        key = action.shortcut().toString()
        assert key.replace("Right", "→").split("+")[-1] in listed or key in listed


def test_excepthook_shows_plain_words(window, monkeypatch, capsys):
    """An uncaught exception becomes a dialog message without a traceback; the app goes on."""
    shown = []
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, t, m: shown.append(m))
    old = sys.excepthook
    try:
        dialogs.install_excepthook(lambda: window)
        try:
            raise ValueError("the answer is not 42")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert shown and "the answer is not 42" in shown[0] and "Traceback" not in shown[0]
    assert "Traceback" in capsys.readouterr().err  # for a bug report, on stderr only
    assert window.studio.frame is not None


def test_busy_shows_a_wait_cursor_and_a_message_then_restores(qtbot, tmp_path):
    """busy() sets a wait cursor and a status message for the block, and removes both afterwards."""
    from PySide6 import QtCore, QtWidgets

    from gui.window.dialogs import busy

    w = QtWidgets.QMainWindow()
    qtbot.addWidget(w)
    with busy(w, "Reading x.csv…"):
        cursor = QtWidgets.QApplication.overrideCursor()
        assert cursor is not None and cursor.shape() == QtCore.Qt.CursorShape.WaitCursor
        assert w.statusBar().currentMessage() == "Reading x.csv…"
    assert QtWidgets.QApplication.overrideCursor() is None
    assert w.statusBar().currentMessage() == ""
