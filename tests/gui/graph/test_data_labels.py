"""Tests for gui/graph/data_labels.py: the data's names beside the graph's units, the target t_k
beside each output, and the line naming the sample shown."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtGui

from gui.graph.data_labels import output_lines, rooms, target_text
from gui.graph.view import NetworkGraphView

IRIS = ["sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"]


def test_target_text():
    """t for one output, t₃ for the third of several; minus signs typeset."""
    assert target_text(0, 1, 1.0) == "t = 1"
    assert target_text(2, 10, 0.0) == "t₃ = 0"
    assert target_text(0, 1, -0.25) == "t = −0.25"


def test_labels_win_over_values(qapp):
    """Far apart: name and t on two lines; close: one line if it fits; too narrow: the name."""
    fm = QtGui.QFontMetricsF(QtGui.QFont())
    assert output_lines(fm, "7", "t₈ = 1", 100.0, 200.0) == ["7", "t₈ = 1"]
    assert output_lines(fm, "7", "t₈ = 1", 10.0, 200.0) == ["7   t₈ = 1"]
    assert output_lines(fm, "versicolor", "t₂ = 0", 10.0, 30.0) == ["versicolor"]
    assert output_lines(fm, None, "t = 1", 10.0, 200.0) == ["t = 1"]


def test_rooms_grow_with_the_names_and_stay_bounded(qapp):
    """Long names get more room left of the inputs, never more than the cap."""
    short = rooms(QtGui.QFont(), ["a", "b"], None, 500.0)
    long = rooms(QtGui.QFont(), IRIS, ["versicolor"], 500.0)
    assert 0 < short[0] < long[0] and long[1] > 0
    assert rooms(QtGui.QFont(), IRIS * 3, None, 40.0)[0] == 40.0


@pytest.mark.parametrize("width", [320, 640, 1024, 1920])
def test_every_width_labels_the_units_and_hovers_the_full_name(qtbot, width):
    """Iris 4-4-3 at any width: inputs moved right to make room for their names, the outputs'
    tooltips give the class, the inputs' the full feature name, and the painting keeps going."""
    view = NetworkGraphView((4, 4, 3), ("tanh", "sigmoid"))
    qtbot.addWidget(view)
    view.resize(width, max(240, width * 5 // 8))
    view.set_names(IRIS, ["setosa", "versicolor", "virginica"])
    view.set_sample("next: sample 1 of 120: x = (5.1, 3.5, 1.4, 0.2), t = setosa", [1.0, 0.0, 0.0])
    view.set_state(np.zeros(35))
    assert not view.grab().isNull()
    plain = NetworkGraphView((4, 4, 3), ("tanh", "sigmoid"))
    qtbot.addWidget(plain)
    plain.resize(view.size())
    assert view.node_point(0, 0).x() > plain.node_point(0, 0).x()  # room for the names
    assert view.tooltip_at(view.node_point(0, 2)).startswith("petal_length_cm")
    tip = view.tooltip_at(view.node_point(2, 1))
    assert tip.startswith("versicolor") and "t₂ = 0" in tip
    assert view.sample_text().startswith("next: sample 1 of 120")
