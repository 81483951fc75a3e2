"""The Help dialogs (the derivation walk-through, keyboard shortcuts, About) and the plain-words error dialog.

`install_excepthook` makes sure no traceback ever reaches the user: an unexpected exception in a
slot becomes a short dialog (and the traceback goes to stderr, for a bug report).
"""

from __future__ import annotations

import contextlib
import sys
import traceback

from PySide6 import QtCore, QtWidgets

import core
from core.i18n import sentence
from gui.i18n.retranslating import Retranslating

translate = QtCore.QCoreApplication.translate


def shortcuts() -> list[tuple[str, str]]:
    """(keys, what they do) in the current language."""
    return [
        (translate("Dialogs", "Space"), translate("Dialogs", "Play / pause training")),
        (translate("Dialogs", "→ (Right)"), translate("Dialogs", "Step: train exactly one sample, then pause")),
        ("Ctrl+→", translate("Dialogs", "Step one epoch: train to the end of the current epoch, then pause")),
        ("Ctrl+R", translate("Dialogs", "Reset: back to the same initial weights (same seed)")),
        ("Ctrl+Shift+R", translate("Dialogs", "New initial weights (next seed)")),
        ("Ctrl+Z / Ctrl+Shift+Z", translate("Dialogs", "Undo / redo: reset, new init, an edited weight, data or "
                                                       "network")),
        ("Ctrl+O / Ctrl+S", translate("Dialogs", "Open / save a session")),
        ("Ctrl+Q", translate("Dialogs", "Quit")),
        ("B", translate("Dialogs", "Backprop view: edges by this sample's Δw, units by their δ")),
        ("A", translate("Dialogs", "Animate steps: → plays the forward pass, the backward pass and the update")),
        ("P", translate("Dialogs", "Your turn (Practice mode): compute δ and Δw for one weight yourself, checked by "
                                   "the app")),
        ("Ctrl+L", translate("Dialogs", "Show or hide the Learn panel (derivation, units, weights, metrics)")),
        ("F1", translate("Dialogs", "The derivation of backpropagation")),
    ]


SHORTCUTS = shortcuts()  # in English, for tests and docs; the dialog asks for the current language




class TextDialog(Retranslating, QtWidgets.QDialog):
    """A dialog of rich text whose title and text follow the language (`make` gives both)."""

    def __init__(self, parent, make, size):
        super().__init__(parent)
        self._make = make
        self.view = QtWidgets.QTextBrowser()
        self.view.setOpenExternalLinks(True)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(*size)
        self.retranslate()

    def retranslate(self) -> None:
        title, html = self._make()
        self.setWindowTitle(title)
        self.view.setHtml(html)


class DerivationDialog(Retranslating, QtWidgets.QDialog):
    """The walk-through of the derivation (gui/window/help_page.py), symbols tied to the screen."""

    def __init__(self, parent=None):
        from gui.window.help_page import HelpPage

        super().__init__(parent)
        self.page = HelpPage()
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)
        self.resize(720, 720)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The derivation"))


def derivation_dialog(parent=None) -> QtWidgets.QDialog:
    return DerivationDialog(parent)


def _shortcuts_page() -> tuple[str, str]:
    rows = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in shortcuts())
    title = translate("Dialogs", "Keyboard shortcuts")
    html = (f"<h3>{title}</h3><table cellpadding='3'>{rows}</table><p>"
            + translate("Dialogs", "When a number box has the keyboard focus, the arrow keys and Space edit the box; "
                  "click on the graph or the plot first.") + "</p>")
    return title, html


def shortcuts_dialog(parent=None) -> QtWidgets.QDialog:
    dialog = TextDialog(parent, _shortcuts_page, (560, 420))
    view = dialog.view
    view.setVerticalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    # tall enough for the whole list (up to 80 % of the screen; beyond, it scrolls)
    doc = view.document()
    doc.setTextWidth(560 - 40)
    screen = dialog.screen().availableGeometry().height() if dialog.screen() else 800
    dialog.resize(560, min(int(doc.size().height()) + 90, int(0.8 * screen)))
    return dialog


def _about_page() -> tuple[str, str]:
    html = (f"<h2>Backprop Studio {core.__version__}</h2><p>"
            + translate("Dialogs", "Watch a neural network learn by backpropagation: every weight, every update, "
                  "the error falling sample by sample.") + "</p><p>"
            + translate("Dialogs", "Qt {qt}, Python {python}. MIT licence.").format(qt=QtCore.qVersion(),
                                                                     python=sys.version.split()[0])
            + "</p>")
    return translate("Dialogs", "About Backprop Studio"), html


def about_dialog(parent=None) -> QtWidgets.QDialog:
    """Name, version and purpose beside the app's icon."""
    from gui.window.app_icon import app_icon

    dialog = TextDialog(parent, _about_page, (460, 260))
    icon = app_icon()
    dialog.setWindowIcon(icon)
    dialog.icon_label = QtWidgets.QLabel()
    dialog.icon_label.setPixmap(icon.pixmap(64, 64))
    dialog.icon_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop)
    row = QtWidgets.QHBoxLayout()
    row.addWidget(dialog.icon_label)
    layout = dialog.layout()
    row.addWidget(layout.takeAt(0).widget(), 1)  # the text beside the icon
    layout.insertLayout(0, row)
    return dialog


def show_problem(parent, title: str, message: str) -> QtWidgets.QMessageBox:
    """A modal message in plain words; the app and its state carry on afterwards. The same
    problem reported again while its dialog is still open (Play pressed again after a
    divergence) raises that dialog rather than stacking a second one."""
    text = sentence(message)
    for box in (parent.findChildren(QtWidgets.QMessageBox) if parent is not None else []):
        if box.isVisible() and box.windowTitle() == title and box.text() == text:
            box.raise_()
            return box
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # not exec(): no nested event loop; the window keeps painting
    return box


def install_excepthook(window_getter) -> None:
    """Route uncaught exceptions to a plain dialog (traceback to stderr only, for a bug report):
    on the window once it exists, a dialog of its own before that."""

    def hook(exc_type, exc, tb):
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        if not isinstance(exc, Exception):
            return
        message = QtCore.QCoreApplication.translate(
            "Dialogs", "Something went wrong: {problem}. The app carries on; what you were doing "
            "may not have been done.").format(problem=_plain(exc))
        try:
            window = window_getter()
            if window is not None:
                window.report_problem(QtCore.QCoreApplication.translate(
                    "Dialogs", "Unexpected problem"), message)
            elif QtWidgets.QApplication.instance() is not None:
                show_problem(None, QtCore.QCoreApplication.translate(
                    "Dialogs", "Unexpected problem"), message)
        except Exception:  # noqa: BLE001 - never let the hook itself raise
            pass

    sys.excepthook = hook


def report_start_failure(exc: BaseException) -> None:
    """The window could not be built: say so in a dialog of its own (there is no event loop yet,
    so it waits for OK), and print the traceback to stderr for a bug report."""
    traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
    box = QtWidgets.QMessageBox()
    box.setIcon(QtWidgets.QMessageBox.Icon.Critical)
    box.setWindowTitle(QtCore.QCoreApplication.translate("Dialogs", "Backprop Studio could not start"))
    box.setText(QtCore.QCoreApplication.translate(
        "Dialogs", "Backprop Studio could not start: {problem}. Please report this, with the text "
        "printed in the terminal if there is one.").format(problem=_plain(exc)))
    box.exec()


def _plain(exc: BaseException) -> str:
    """The exception as one short line (a RecursionError's own text is no help to anyone)."""
    if isinstance(exc, RecursionError):
        return translate("Dialogs", "something was nested too deeply to process")
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "..."


@contextlib.contextmanager
def busy(window: QtWidgets.QMainWindow, message: str):
    """A wait cursor and a status-bar message while a file is read or written on the GUI thread
    (the limits in core/checks/limits.py keep that to seconds at most)."""
    window.statusBar().showMessage(message)
    window.statusBar().repaint()
    QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QtWidgets.QApplication.restoreOverrideCursor()
        if window.statusBar().currentMessage() == message:
            window.statusBar().clearMessage()
