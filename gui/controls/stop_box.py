"""The "Stop when" box: target error, maximum epochs and plateau, each switched on by its tick.

The Studio checks them on every frame and pauses the run; the status bar says which one fired.
"""

from __future__ import annotations

from PySide6 import QtWidgets

from core.studio.stop_rule import StopRule
from gui.controls.common import dspin, spin
from gui.studio.studio import Studio


class StopBox(QtWidgets.QGroupBox):
    """Edits studio.stop_rule."""

    def __init__(self, studio: Studio, parent=None):
        super().__init__("Stop when", parent)
        self._studio = studio
        self.setToolTip("Let training stop by itself; the status bar says why it stopped")
        self.target_box = QtWidgets.QCheckBox("E below")
        self.target_spin = dspin(1e-6, 10.0, 0.01, 0.001, "Stop when the mean error E of an "
                                 "epoch falls below this")
        self.epochs_box = QtWidgets.QCheckBox("epochs reach")
        self.epochs_spin = spin(1, 10_000_000, 1000, "Stop after this many epochs (passes over "
                                "the training set)")
        self.plateau_box = QtWidgets.QCheckBox("no progress for")
        self.patience_spin = spin(1, 100_000, 200, "Stop when E has not improved for this many "
                                  "epochs", " epochs")
        self.tol_spin = dspin(0.0, 50.0, 0.1, 0.1, "Smaller improvements than this share of E "
                              "do not count as progress")
        self.tol_spin.setSuffix(" %")
        layout = QtWidgets.QGridLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setVerticalSpacing(4)
        layout.addWidget(self.target_box, 0, 0)
        layout.addWidget(self.target_spin, 0, 1)
        layout.addWidget(self.epochs_box, 1, 0)
        layout.addWidget(self.epochs_spin, 1, 1)
        layout.addWidget(self.plateau_box, 2, 0)
        layout.addWidget(self.patience_spin, 2, 1)
        layout.addWidget(QtWidgets.QLabel("  by more than"), 3, 0)
        layout.addWidget(self.tol_spin, 3, 1)
        for box in (self.target_box, self.epochs_box, self.plateau_box):
            box.toggled.connect(self._on_edited)
        for s in (self.target_spin, self.epochs_spin, self.patience_spin, self.tol_spin):
            s.valueChanged.connect(self._on_edited)
        self._on_edited()

    def rule(self) -> StopRule:
        """The StopRule the widgets describe."""
        return StopRule(
            self.target_spin.value() if self.target_box.isChecked() else None,
            self.epochs_spin.value() if self.epochs_box.isChecked() else None,
            self.patience_spin.value() if self.plateau_box.isChecked() else None,
            self.tol_spin.value() / 100.0)

    def _on_edited(self, _value=None) -> None:
        self.target_spin.setEnabled(self.target_box.isChecked())
        self.epochs_spin.setEnabled(self.epochs_box.isChecked())
        self.patience_spin.setEnabled(self.plateau_box.isChecked())
        self.tol_spin.setEnabled(self.plateau_box.isChecked())
        self._studio.set_stop_rule(self.rule())
