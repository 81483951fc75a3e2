"""The side panel: Data, Network, Training, Speed and Stop when boxes, each editing one part of the Studio.

May import: gui.studio, gui.drawing, core. Tested in tests/gui/controls/: the boxes (common.py,
data_box.py, log_slider.py, network_box.py, speed_box.py, training_box.py) in the real window by
test_controls.py, stop_box.py in test_stop_box.py.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from gui.controls.data_box import DataBox
from gui.controls.network_box import NetworkBox
from gui.controls.speed_box import SpeedBox
from gui.controls.stop_box import StopBox
from gui.controls.training_box import TrainingBox
from gui.inputs.number_box import number_fields
from gui.studio.studio import Studio


class ControlPanel(QtWidgets.QScrollArea):
    """The five boxes stacked in a scrollable column."""

    def __init__(self, studio: Studio, parent=None):
        super().__init__(parent)
        self.data_box = DataBox(studio)
        self.network_box = NetworkBox(studio)
        self.training_box = TrainingBox(studio)
        self.speed_box = SpeedBox(studio)
        self.stop_box = StopBox(studio)
        inner = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(inner)
        layout.setContentsMargins(6, 6, 6, 6)
        for box in (self.data_box, self.network_box, self.training_box, self.speed_box,
                    self.stop_box):
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(inner.sizeHint().width() + 20)
        # a refused number is marked at its field; the status bar repeats why
        for box in number_fields(inner):
            box.refused.connect(studio.notice_posted)
        studio.experiment_changed.connect(self._on_experiment_changed)
        self._studio = studio

    def _on_experiment_changed(self, _exp) -> None:
        for box in number_fields(self.widget()):  # new layer rows too
            box.refused.connect(self._studio.notice_posted, QtCore.Qt.ConnectionType.UniqueConnection)


__all__ = ["ControlPanel", "DataBox", "NetworkBox", "SpeedBox", "StopBox", "TrainingBox"]
