"""Number fields that take what a user types and never turn one number into another.

Qt's spin boxes strip what their validator does not expect: "1e-9" typed into α became 19, "-1"
became 1.0, and "0" (below the minimum) was silently dropped. These boxes read any number Python
reads ("1e-9", "2.5E3", "  0.5 "), show the value in the shortest form that reads back exactly,
and when the text is not a number, or is out of range, they keep the previous value and say why
at the field: a red frame and a balloon with one sentence (also in `refusal` and the `refused`
signal, which the window puts in the status bar). Space is left to the window (play/pause): no
number contains a space.
"""

from __future__ import annotations

import math

from PySide6 import QtCore, QtGui, QtWidgets

REFUSED_STYLE = "border: 2px solid #c0392b; border-radius: 3px;"
REFUSAL_MS = 6000


def show_number(value: float, integer: bool = False) -> str:
    """The shortest text that reads back as exactly `value`: 0.5, 1e-9, 1000, 2.5e-05 → 2.5e-5."""
    if integer:
        return str(int(value))
    text = repr(float(value))
    if "e" in text:
        mantissa, exp = text.split("e")
        text = f"{mantissa.removesuffix('.0')}e{int(exp)}"
    return text.removesuffix(".0") if "e" not in text else text


def parse_number(text: str, lo: float, hi: float, integer: bool) -> tuple[float | None, str]:
    """(value, "") for text that is a number in [lo, hi], else (None, a plain sentence why)."""
    t = text.strip().replace("\u2212", "-")  # a typographic minus, as the app itself prints
    if not t:
        return None, QtCore.QCoreApplication.translate("NumberBox", "Type a number.")
    try:
        value = float(t)
    except ValueError:
        return None, QtCore.QCoreApplication.translate(
            "NumberBox", "“{text}” is not a number.").format(text=t)
    if not math.isfinite(value):
        return None, QtCore.QCoreApplication.translate(
            "NumberBox", "The value must be a finite number.")
    if integer and value != int(value):
        return None, QtCore.QCoreApplication.translate(
            "NumberBox", "{value} is not a whole number; this field counts.").format(value=t)
    if not lo <= value <= hi:
        return None, QtCore.QCoreApplication.translate(
            "NumberBox", "{value} is out of range: the value must be from {lo} to {hi}.").format(
            value=t, lo=show_number(lo, integer), hi=show_number(hi, integer))
    return (int(value) if integer else value), ""


class _Refusing:
    """What both boxes share: validation, the refusal mark, Space left to the window."""

    _integer = False

    def _setup(self) -> None:
        self.refusal = ""
        self._clear_timer = QtCore.QTimer(self)
        self._clear_timer.setSingleShot(True)
        self._clear_timer.timeout.connect(self._clear_refusal)
        self.setKeyboardTracking(False)
        self.lineEdit().textEdited.connect(self._on_text_edited)

    # Qt's hooks: anything that could become a number is Intermediate, so typing is never blocked
    def validate(self, text: str, pos: int):
        body = self._body(text)
        value, _why = parse_number(body, self.minimum(), self.maximum(), self._integer)
        if value is not None:
            return QtGui.QValidator.State.Acceptable, text, pos
        return QtGui.QValidator.State.Intermediate, text, pos  # judged on Enter / focus-out

    def valueFromText(self, text: str):
        value, _ = parse_number(self._body(text), self.minimum(), self.maximum(), self._integer)
        return value if value is not None else self.value()

    def textFromValue(self, value) -> str:
        return show_number(value, self._integer)

    def fixup(self, text: str) -> str:
        return text

    def _body(self, text: str) -> str:
        text = text.strip()
        for affix in (self.prefix(), self.suffix().strip()):
            if affix and affix in text:
                text = text.replace(affix, "")
        return text.strip()

    def interpret(self) -> None:
        """Take the typed number (as Enter does), or refuse it, say why and show the old one."""
        text = self.lineEdit().text()
        value, why = parse_number(self._body(text), self.minimum(), self.maximum(), self._integer)
        if value is None:
            self.show_refusal(why)
            self.lineEdit().setText(self.prefix() + self.textFromValue(self.value()) + self.suffix())
        else:
            self.interpretText()

    def show_refusal(self, why: str) -> None:
        """Mark the field and say why, next to it; the previous value stays."""
        self.refusal = why
        self.setStyleSheet(REFUSED_STYLE)
        self.setToolTip(why)
        if self.isVisible():
            QtWidgets.QToolTip.showText(self.mapToGlobal(QtCore.QPoint(0, self.height())), why, self)
        self._clear_timer.start(REFUSAL_MS)
        self.refused.emit(why)

    def _clear_refusal(self) -> None:
        if self.refusal:
            self.refusal = ""
            self.setStyleSheet("")
            self.setToolTip(self._tip)

    def _on_text_edited(self, _text: str) -> None:
        self._clear_timer.stop()
        self._clear_refusal()

    def setToolTip(self, tip: str) -> None:  # noqa: N802 - Qt's name
        if not getattr(self, "refusal", ""):
            self._tip = tip
        super().setToolTip(tip)

    def keyPressEvent(self, e: QtGui.QKeyEvent) -> None:  # noqa: N802
        if e.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
            self.interpret()
        super().keyPressEvent(e)

    def focusOutEvent(self, e: QtGui.QFocusEvent) -> None:  # noqa: N802
        self.interpret()
        super().focusOutEvent(e)

    def event(self, e: QtCore.QEvent) -> bool:
        # Space: no number has one, so the window's play/pause shortcut gets it (the line edit
        # would otherwise claim it as a character)
        if e.type() == QtCore.QEvent.Type.ShortcutOverride and e.key() == QtCore.Qt.Key.Key_Space:
            e.ignore()
            return True
        return super().event(e)


class NumberBox(_Refusing, QtWidgets.QDoubleSpinBox):
    """A real number in [lo, hi]; valueChanged only on arrows, Enter or focus-out."""

    refused = QtCore.Signal(str)

    def __init__(self, lo: float, hi: float, value: float, step: float, tip: str, parent=None):
        QtWidgets.QDoubleSpinBox.__init__(self, parent)
        self._tip = tip
        self._setup()
        self.setDecimals(323)  # no rounding: the value is exactly the number typed
        self.setRange(lo, hi)
        self.setSingleStep(step)
        self.setValue(value)
        self.setToolTip(tip)

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 - 323 decimals would make Qt's hint huge
        return self._hint(QtWidgets.QDoubleSpinBox.sizeHint(self))

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802
        return self._hint(QtWidgets.QDoubleSpinBox.minimumSizeHint(self))

    def _hint(self, base: QtCore.QSize) -> QtCore.QSize:
        fm = self.fontMetrics()
        text = self.prefix() + "−0.000001" + self.suffix()
        return QtCore.QSize(fm.horizontalAdvance(text) + 40, base.height())


class CountBox(_Refusing, QtWidgets.QSpinBox):
    """A whole number in [lo, hi] ("1e3" is 1000); valueChanged only on arrows, Enter or focus-out."""

    refused = QtCore.Signal(str)
    _integer = True

    def __init__(self, lo: int, hi: int, value: int, tip: str, suffix: str = "", parent=None):
        QtWidgets.QSpinBox.__init__(self, parent)
        self._tip = tip
        self._setup()
        self.setRange(lo, hi)
        self.setSuffix(suffix)
        self.setValue(value)
        self.setToolTip(tip)


def number_fields(widget: QtWidgets.QWidget) -> list[QtWidgets.QAbstractSpinBox]:
    """Every NumberBox and CountBox inside `widget`."""
    return [b for b in widget.findChildren(QtWidgets.QAbstractSpinBox) if isinstance(b, _Refusing)]
