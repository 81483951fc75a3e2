"""The toolbar's training actions: Play/Pause, Step one sample, Step one epoch, Reset, New init.

Shortcuts: Space, Right, Ctrl+Right, Ctrl+R, Ctrl+Shift+R (listed in Help ▸ Keyboard shortcuts).
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from gui.studio.studio import Studio


def play_text() -> str:
    return QtCore.QCoreApplication.translate("TrainingActions", "▶  Play")


def pause_text() -> str:
    return QtCore.QCoreApplication.translate("TrainingActions", "❚❚  Pause")


def _action(parent, shortcut: str, slot) -> QtGui.QAction:
    action = QtGui.QAction(parent)
    if shortcut:
        action.setShortcut(QtGui.QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action


def set_texts(action: QtGui.QAction, text: str, tip: str) -> None:
    """Text, status tip, and tooltip with the shortcut in the platform's words."""
    action.setText(text)
    shortcut = action.shortcut()
    key = shortcut.toString(QtGui.QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({key})" if not shortcut.isEmpty() else tip)
    action.setStatusTip(tip)


class TrainingActions(QtCore.QObject):
    """The five QActions, wired to the studio; the Play action's text follows playing_changed."""

    def __init__(self, studio: Studio, parent: QtWidgets.QWidget, step=None):
        """step: what Step sample does (default studio.step_sample; Practice mode asks a question)."""
        super().__init__(parent)
        self._studio = studio
        self._playing = False
        self.play = _action(parent, "Space", studio.toggle_play)
        self.step_sample = _action(parent, "Right", step or studio.step_sample)
        self.step_epoch = _action(parent, "Ctrl+Right", studio.step_epoch)
        self.reset = _action(parent, "Ctrl+R", studio.reset)
        self.new_init = _action(parent, "Ctrl+Shift+R", studio.new_init)
        self.retranslate()
        studio.playing_changed.connect(self._on_playing_changed)

    def all(self) -> list[QtGui.QAction]:
        return [self.play, self.step_sample, self.step_epoch, self.reset, self.new_init]

    def retranslate(self) -> None:
        set_texts(self.play, pause_text() if self._playing else play_text(), self.tr("Start or pause training"))
        set_texts(self.step_sample, self.tr("Step sample"), self.tr("Train exactly one sample, then pause"))
        set_texts(self.step_epoch, self.tr("Step epoch"),
                  self.tr("Train to the end of the current epoch, then pause"))
        set_texts(self.reset, self.tr("Reset"), self.tr("Start over from the same initial weights (same seed)"))
        set_texts(self.new_init, self.tr("New init"),
                  self.tr("Start over from new random initial weights (next seed)"))

    def _on_playing_changed(self, playing: bool) -> None:
        self._playing = playing
        self.play.setText(pause_text() if playing else play_text())
