"""The Speed box: from 1 sample a second (watch each update) up to flat out."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from gui.i18n.retranslating import Retranslating
from gui.studio.studio import SPEEDS, Studio


class SpeedBox(Retranslating, QtWidgets.QGroupBox):
    """A slider over studio's SPEEDS; the limit is kept by the worker, never by the GUI thread."""

    def __init__(self, studio: Studio, parent=None):
        super().__init__(parent)
        self._studio = studio
        self.slider = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self.slider.setRange(0, len(SPEEDS) - 1)
        self.slider.setPageStep(1)
        self.label = QtWidgets.QLabel()
        self.label.setMinimumWidth(110)
        self.label.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight
                                | QtCore.Qt.AlignmentFlag.AlignVCenter)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        self.slider.valueChanged.connect(self._on_slider_moved)
        self.retranslate()
        self.set_speed(studio.speed)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Speed"))
        self.setToolTip(self.tr("How fast training runs: slow to watch single updates, flat out to train quickly"))
        self.slider.setToolTip(self.tr("Training speed in samples per second; rightmost = as fast as the "
                                       "computer can"))
        self.label.setText(self.speed_text(SPEEDS[self.slider.value()]))

    def speed_text(self, speed: float | None) -> str:
        """'flat out', '1 sample/s', '1,000 samples/s' in the current language."""
        if speed is None:
            return self.tr("flat out")
        n = int(speed)
        return self.tr("%n sample(s)/s", "", n).replace(str(n), f"{n:,}", 1)

    def set_speed(self, speed: float | None) -> None:
        """Move the slider to the nearest step and send that speed to the worker."""
        index = len(SPEEDS) - 1 if speed is None else min(
            range(len(SPEEDS) - 1), key=lambda i: abs(SPEEDS[i] - speed))
        self.slider.setValue(index)
        self._on_slider_moved(index)

    def _on_slider_moved(self, index: int) -> None:
        self.label.setText(self.speed_text(SPEEDS[index]))
        self._studio.set_speed(SPEEDS[index])
