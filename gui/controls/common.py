"""Small helpers the control boxes share: spin boxes that report only finished edits, and a
guard that fills widgets from the model without echoing their signals back."""

from __future__ import annotations

import contextlib

from PySide6 import QtWidgets


def spin(lo: int, hi: int, value: int, tip: str, suffix: str = "") -> QtWidgets.QSpinBox:
    """An integer spin box that emits valueChanged only on arrows, Enter or focus-out."""
    box = QtWidgets.QSpinBox()
    box.setRange(lo, hi)
    box.setValue(value)
    box.setSuffix(suffix)
    box.setToolTip(tip)
    box.setKeyboardTracking(False)
    return box


def dspin(lo: float, hi: float, value: float, step: float, decimals: int,
          tip: str) -> QtWidgets.QDoubleSpinBox:
    """A float spin box that emits valueChanged only on arrows, Enter or focus-out."""
    box = QtWidgets.QDoubleSpinBox()
    box.setRange(lo, hi)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    box.setValue(value)
    box.setToolTip(tip)
    box.setKeyboardTracking(False)
    return box


def combo(items: list[tuple[str, str]], tip: str) -> QtWidgets.QComboBox:
    """A combo of (shown text, data) items."""
    box = QtWidgets.QComboBox()
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
