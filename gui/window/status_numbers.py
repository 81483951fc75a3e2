"""The status bar's permanent numbers, right of its messages: the sample shown, epoch, samples
seen, samples/s and the current E, updated from every frame. Tested in tests/gui/window/test_main_window.py.
"""

from __future__ import annotations

import math

from PySide6 import QtWidgets

from gui.i18n.retranslating import Retranslating
from gui.studio.sample_words import sample_line, short_line
from gui.studio.studio import Studio
from gui.studio.worker import Frame


class StatusNumbers(Retranslating, QtWidgets.QWidget):
    """The status bar's permanent numbers: the sample shown, epoch, samples seen, samples/s, current E."""

    def __init__(self, studio: Studio, parent=None):
        super().__init__(parent)
        self._studio = studio
        self._frame: Frame | None = None
        self.labels = {k: QtWidgets.QLabel() for k in ("sample", "epoch", "samples", "rate", "E")}
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        for key, label in self.labels.items():
            label.setMinimumWidth({"E": 150, "sample": 170}.get(key, 90))
            layout.addWidget(label)
        self.retranslate()
        studio.frame_received.connect(self._on_frame_received)
        studio.preparing_changed.connect(lambda _: self._on_frame_received(self._frame) if self._frame else None)

    def retranslate(self) -> None:
        self._sample_tip = self.tr("The sample the graph and the Derivation tab show: the one "
                                   "just trained after a step, else the next one to learn from.")
        tips = {"sample": self._sample_tip,
                "epoch": self.tr("Epochs finished: passes over the whole training set"),
                "samples": self.tr("Samples trained on so far (one weight update each when online)"),
                "rate": self.tr("Training speed, samples per second"),
                "E": self.tr("Mean error E over the last finished epoch (E\u2099 of the last sample before "
                             "the first epoch ends)")}
        for key, label in self.labels.items():
            label.setToolTip(tips[key])
        if self._frame is not None:
            self._on_frame_received(self._frame)

    def _on_frame_received(self, frame: Frame) -> None:
        self._frame = frame
        s = frame.snapshot
        shown = self._studio.shown_sample(frame)
        self.labels["sample"].setText(short_line(shown) if shown is not None else "")
        if shown is not None:  # the whole sentence, as the graph and the Derivation tab say it
            self.labels["sample"].setToolTip(sample_line(shown) + "\n" + self._sample_tip)
        E = s.last_epoch_E if math.isfinite(s.last_epoch_E) else s.last_E_n
        self.labels["epoch"].setText(self.tr("epoch {n}").format(n=f"{s.epoch:,}"))
        self.labels["samples"].setText(self.tr("%n sample(s)", "", s.samples_seen).replace(
            str(s.samples_seen), f"{s.samples_seen:,}", 1))
        if self._studio.preparing:  # training waits for its compiled loop
            self.labels["rate"].setText(self.tr("compiling…"))
        else:
            self.labels["rate"].setText(self.tr("{rate} samples/s").format(rate=f"{frame.samples_per_s:,.0f}")
                                        if frame.playing else self.tr("paused"))
        self.labels["E"].setText(f"E = {E:.5g}" if math.isfinite(E) else "E = –")
