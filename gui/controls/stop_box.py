"""The "Stop when" box: target error, maximum epochs and plateau, each switched on by its tick.

The Studio checks them on every frame and pauses the run; the status bar says which one fired.
"""

from __future__ import annotations

from PySide6 import QtWidgets

from core.studio.stop_rule import StopRule
from gui.controls.common import dspin, spin
from gui.i18n.retranslating import Retranslating
from gui.studio.studio import Studio


class StopBox(Retranslating, QtWidgets.QGroupBox):
    """Edits studio.stop_rule."""

    def __init__(self, studio: Studio, parent=None):
        super().__init__(parent)
        self._studio = studio
        self.target_box = QtWidgets.QCheckBox()
        self.target_spin = dspin(1e-6, 10.0, 0.01, 0.001, "")
        self.epochs_box = QtWidgets.QCheckBox()
        self.epochs_spin = spin(1, 10_000_000, 1000, "")
        self.plateau_box = QtWidgets.QCheckBox()
        self.patience_spin = spin(1, 100_000, 200, "")
        self.tol_spin = dspin(0.0, 50.0, 0.1, 0.1, "")
        self.tol_spin.setSuffix(" %")
        self.tol_label = QtWidgets.QLabel()
        layout = QtWidgets.QGridLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setVerticalSpacing(4)
        layout.addWidget(self.target_box, 0, 0)
        layout.addWidget(self.target_spin, 0, 1)
        layout.addWidget(self.epochs_box, 1, 0)
        layout.addWidget(self.epochs_spin, 1, 1)
        layout.addWidget(self.plateau_box, 2, 0)
        layout.addWidget(self.patience_spin, 2, 1)
        layout.addWidget(self.tol_label, 3, 0)
        layout.addWidget(self.tol_spin, 3, 1)
        for box in (self.target_box, self.epochs_box, self.plateau_box):
            box.toggled.connect(self._on_edited)
        for s in (self.target_spin, self.epochs_spin, self.patience_spin, self.tol_spin):
            s.valueChanged.connect(self._on_edited)
        self.patience_spin.valueChanged.connect(self._on_patience_changed)
        self.retranslate()
        self._on_edited()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Stop when"))
        self.setToolTip(self.tr("Let training stop by itself; the status bar says why it stopped"))
        self.target_box.setText(self.tr("E below"))
        self.target_spin.setToolTip(self.tr("Stop when the mean error E of an epoch falls below this"))
        self.epochs_box.setText(self.tr("epochs reach"))
        self.epochs_spin.setToolTip(self.tr("Stop after this many epochs (passes over the training set)"))
        self.plateau_box.setText(self.tr("no progress for"))
        self.patience_spin.setToolTip(self.tr("Stop when E has not improved for this many epochs"))
        self.tol_spin.setToolTip(self.tr("Smaller improvements than this share of E do not count as progress"))
        self.tol_label.setText(self.tr("  by more than"))
        self._on_patience_changed(self.patience_spin.value())

    def _on_patience_changed(self, value: int) -> None:
        # the unit after the number, in the right plural form: " epoch", " epochs"
        self.patience_spin.setSuffix(self.tr("%n epoch(s)", "", value).replace(str(value), "", 1))

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
