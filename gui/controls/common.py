"""Small helpers the control boxes share: spin boxes that report only finished edits, and a
guard that fills widgets from the model without echoing their signals back."""

from __future__ import annotations

import contextlib

from PySide6 import QtWidgets

from gui.inputs.number_box import CountBox, NumberBox


def spin(lo: int, hi: int, value: int, tip: str, suffix: str = "") -> CountBox:
    """A whole-number field (gui/inputs) that emits valueChanged only on arrows, Enter or focus-out."""
    return CountBox(lo, hi, value, tip, suffix)


def dspin(lo: float, hi: float, value: float, step: float, tip: str) -> NumberBox:
    """A real-number field (gui/inputs): takes "1e-3", refuses out-of-range input at the field, and
    emits valueChanged only on arrows, Enter or focus-out."""
    return NumberBox(lo, hi, value, step, tip)


def combo(items: list[tuple[str, str]], tip: str) -> QtWidgets.QComboBox:
    """A combo of (shown text, data) items."""
    box = QtWidgets.QComboBox()
    # a long entry ("CSV: a_long_file_name") never widens the panel: the popup shows it whole
    box.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    for text, data in items:
        box.addItem(text, data)
    box.setToolTip(tip)
    return box


def select_data(box: QtWidgets.QComboBox, data) -> None:
    index = box.findData(data)
    if index >= 0:
        box.setCurrentIndex(index)


@contextlib.contextmanager
def quiet(*widgets):
    """Block the widgets' signals while the model's values are written into them."""
    blockers = [w.blockSignals(True) for w in widgets]
    try:
        yield
    finally:
        for w, was in zip(widgets, blockers, strict=True):
            w.blockSignals(was)
