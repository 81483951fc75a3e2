"""α on a logarithmic slider coupled to a spin box: the slider for feel, the box for exact values."""

from __future__ import annotations

import math

from PySide6 import QtCore, QtWidgets

from gui.controls.common import quiet
from gui.inputs.number_box import NumberBox

STEPS_PER_DECADE = 100


class LogSlider(QtWidgets.QWidget):
    """A value in [lo, hi] shown on a log-scale slider and in a spin box; emits value_changed."""

    value_changed = QtCore.Signal(float)

    def __init__(self, lo: float, hi: float, value: float, tip: str, parent=None):
        super().__init__(parent)
        self._lo, self._hi = lo, hi
        self.slider = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self.slider.setRange(0, round(math.log10(hi / lo) * STEPS_PER_DECADE))
        self.slider.setToolTip(tip + " (logarithmic: each tenth of the track multiplies by ~2)")
        self.box = NumberBox(lo, hi, value, 0.1, tip)
        self.box.setStepType(QtWidgets.QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.box)
        self.set_value(value)
        self.slider.valueChanged.connect(self._on_slider_moved)
        self.box.valueChanged.connect(self._on_box_edited)

    def value(self) -> float:
        return self.box.value()

    def set_value(self, value: float) -> None:
        """Show `value` without emitting value_changed."""
        with quiet(self.slider, self.box):
            self.box.setValue(value)
            self.slider.setValue(self._position(value))

    def _position(self, value: float) -> int:
        value = min(max(value, self._lo), self._hi)
        return round(math.log10(value / self._lo) * STEPS_PER_DECADE)

    def _on_slider_moved(self, position: int) -> None:
        value = self._lo * 10 ** (position / STEPS_PER_DECADE)
        value = float(f"{value:.3g}")  # 0.501 rather than 0.50118723
        with quiet(self.box):
            self.box.setValue(value)
        self.value_changed.emit(self.box.value())

    def _on_box_edited(self, value: float) -> None:
        with quiet(self.slider):
            self.slider.setValue(self._position(value))
        self.value_changed.emit(value)
