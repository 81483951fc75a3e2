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


def test_file_names_keep_their_case_in_problem_dialogs(window):
    """'notes.json: …' is shown as the file is called; a plain sentence gets its capital."""
    from PySide6 import QtWidgets

    box = dialogs.show_problem(window, "Could not open the session", "notes.json: not a session file")
    assert box.text() == "notes.json: not a session file"
    box.close()
    assert not [b for b in window.findChildren(QtWidgets.QMessageBox) if b.isVisible()]


def test_the_same_problem_does_not_stack_dialogs(window):
    """Reported twice while its dialog is open (Play again after a divergence): one dialog."""
    from PySide6 import QtWidgets

    for _ in range(3):
        window.report_problem("Training diverged", "the error became infinite; lower α and reset.")
    shown = [b for b in window.findChildren(QtWidgets.QMessageBox) if b.isVisible()]
    assert len(shown) == 1
    shown[0].close()


def test_a_bad_csv_is_a_dialog_like_other_file_errors(window, qtbot, monkeypatch, tmp_path):
    """A CSV that cannot be used is reported in a dialog (not only the status bar), data unchanged."""
    from gui.window.files import file_actions as files

    path = tmp_path / "letters.csv"
    path.write_text("a,b,y\nx,1,0\n")
    shown = []
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, t, m: shown.append((t, m)))
    monkeypatch.setattr(files, "ask_open_path", lambda *a: str(path))
    before = window.studio.experiment
    window.menu_actions["load_csv"].trigger()  # read on a worker thread
    qtbot.waitUntil(lambda: bool(shown) and not window.background.busy, timeout=10_000)
    assert len(shown) == 1 and shown[0][0] == "Could not open the data" and "letters.csv" in shown[0][1]
    assert window.studio.experiment == before


def test_shortcuts_dialog_shows_every_line_without_scrolling(window):
    """The Keyboard shortcuts dialog is tall enough for its list (it scrolls if made smaller)."""
    from PySide6 import QtWidgets

    window.menu_actions["shortcuts"].trigger()
    dialog = window._dialogs[-1]
    view = dialog.findChild(QtWidgets.QTextBrowser)
    assert view.verticalScrollBar().maximum() == 0
    dialog.close()
