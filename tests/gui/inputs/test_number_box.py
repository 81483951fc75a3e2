"""Tests for gui/inputs/number_box.py: what is typed is what is kept (scientific notation
included), and what cannot be kept is refused at the field, with a reason, the old value staying."""

from __future__ import annotations

import pytest
from PySide6 import QtCore

from gui.inputs.number_box import CountBox, NumberBox, parse_number, show_number


def type_into(qtbot, box, text: str) -> None:
    box.lineEdit().selectAll()
    if not text:
        qtbot.keyClick(box.lineEdit(), QtCore.Qt.Key.Key_Delete)
    elif text.isascii():
        qtbot.keyClicks(box.lineEdit(), text)
    else:  # QTest cannot type non-ASCII keys; insert() goes through the same validator
        box.lineEdit().insert(text)
    qtbot.keyClick(box.lineEdit(), QtCore.Qt.Key.Key_Return)


@pytest.mark.parametrize("value", [0.5, 1e-9, 2.5e-5, 1000.0, 0.1 + 0.2, 123456.789, 1e300])
def test_shown_text_reads_back_exactly(value):
    """show_number gives text that float() reads back as the very same number."""
    assert float(show_number(value)) == value


def test_shown_text_is_short():
    """Exponents without padding or '+', and no trailing '.0'."""
    assert [show_number(v) for v in (1e-9, 2.5e-05, 1000.0, 0.5, 1e16)] == [
        "1e-9", "2.5e-5", "1000", "0.5", "1e16"]


@pytest.mark.parametrize(("typed", "expected"), [("1e-9", 1e-9), ("2.5E-3", 2.5e-3), (" 0.7 ", 0.7),
                                                 ("\u22120.25", -0.25), ("3", 3.0)])
def test_number_box_takes_what_is_typed(qtbot, typed, expected):
    """Typed text, scientific notation included, becomes exactly that number, and is shown so."""
    box = NumberBox(-1.0, 10.0, 0.5, 0.1, "tip")
    qtbot.addWidget(box)
    with qtbot.waitSignal(box.valueChanged) as sig:
        type_into(qtbot, box, typed)
    assert sig.args == [expected] and box.value() == expected
    assert float(box.lineEdit().text().replace("\u2212", "-")) == expected
    assert box.refusal == ""


@pytest.mark.parametrize(("typed", "why"), [("-1", "out of range"), ("0", "out of range"),
                                            ("1e-9", "out of range"), ("abc", "not a number"),
                                            ("1e5", "out of range"), ("", "Type a number")])
def test_alpha_like_box_refuses_visibly(qtbot, typed, why):
    """α's range is [1e-4, 1000]: "-1", "0", "1e-9" are refused, not turned into 1.0, 19 or 0.5."""
    box = NumberBox(1e-4, 1000.0, 0.5, 0.1, "Learning rate")
    qtbot.addWidget(box)
    with qtbot.assertNotEmitted(box.valueChanged), qtbot.waitSignal(box.refused) as sig:
        type_into(qtbot, box, typed)
    assert box.value() == 0.5 and box.lineEdit().text() == "0.5"  # the old value, shown
    assert why in box.refusal and why in sig.args[0]
    assert "#c0392b" in box.styleSheet() and box.toolTip() == box.refusal  # marked at the field
    type_into(qtbot, box, "0.25")
    assert box.value() == 0.25 and box.refusal == "" and box.styleSheet() == ""
    assert box.toolTip() == "Learning rate"


def test_count_box_takes_scientific_counts_and_refuses_fractions(qtbot):
    """"1e3" epochs is 1000; "2.5" is refused as not whole; the suffix is ignored when typed."""
    box = CountBox(1, 10_000, 200, "Patience", " epochs")
    qtbot.addWidget(box)
    type_into(qtbot, box, "1e3")
    assert box.value() == 1000 and box.text() == "1000 epochs"
    type_into(qtbot, box, "2.5")
    assert box.value() == 1000 and "whole number" in box.refusal
    type_into(qtbot, box, "300 epochs")
    assert box.value() == 300


def test_focus_out_judges_like_enter(qtbot):
    """Leaving the field with an out-of-range number refuses it too (no silent revert)."""
    box = NumberBox(0.0, 1.0, 0.5, 0.1, "tip")
    qtbot.addWidget(box)
    box.show()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "7")
    box.interpret()  # what focus-out calls
    assert box.value() == 0.5 and "out of range" in box.refusal


def test_parse_number_reasons():
    """Each refusal is one plain sentence naming the range."""
    assert parse_number("5", 0, 1, False) == (None, "5 is out of range: the value must be from 0 to 1.")
    assert parse_number("inf", 0, 1, False)[1] == "The value must be a finite number."
    assert parse_number("1e2", 0, 1000, True) == (100, "")
