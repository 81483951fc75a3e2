"""The toolbar's training actions: Play/Pause, Step one sample, Step one epoch, Reset, New init.

Shortcuts: Space, Right, Ctrl+Right, Ctrl+R, Ctrl+Shift+R (listed in Help ▸ Keyboard shortcuts).
"""

from __future__ import annotations

from PySide6 import QtGui, QtWidgets

from gui.studio.studio import Studio

PLAY_TEXT, PAUSE_TEXT = "▶  Play", "❚❚  Pause"


def _action(parent, text: str, shortcut: str, tip: str, slot) -> QtGui.QAction:
    action = QtGui.QAction(text, parent)
    if shortcut:
        action.setShortcut(QtGui.QKeySequence(shortcut))
    key = f" ({QtGui.QKeySequence(shortcut).toString(QtGui.QKeySequence.SequenceFormat.NativeText)})"
    action.setToolTip(tip + (key if shortcut else ""))
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


class TrainingActions:
    """The five QActions, wired to the studio; the Play action's text follows playing_changed."""

    def __init__(self, studio: Studio, parent: QtWidgets.QWidget, step=None):
        """step: what Step sample does (default studio.step_sample; Practice mode asks a question)."""
        self._studio = studio
        self.play = _action(parent, PLAY_TEXT, "Space", "Start or pause training",
                            studio.toggle_play)
        self.step_sample = _action(parent, "Step sample", "Right",
                                   "Train exactly one sample, then pause", step or studio.step_sample)
        self.step_epoch = _action(parent, "Step epoch", "Ctrl+Right",
                                  "Train to the end of the current epoch, then pause",
                                  studio.step_epoch)
        self.reset = _action(parent, "Reset", "Ctrl+R",
                             "Start over from the same initial weights (same seed)", studio.reset)
        self.new_init = _action(parent, "New init", "Ctrl+Shift+R",
                                "Start over from new random initial weights (next seed)",
                                studio.new_init)
        studio.playing_changed.connect(self._on_playing_changed)

    def all(self) -> list[QtGui.QAction]:
        return [self.play, self.step_sample, self.step_epoch, self.reset, self.new_init]

    def _on_playing_changed(self, playing: bool) -> None:
        self.play.setText(PAUSE_TEXT if playing else PLAY_TEXT)
