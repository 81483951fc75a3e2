"""Tests for gui/window/files/file_actions.py: pictures, the history CSV and plain-words failures."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtWidgets

from gui.window.files import file_actions as files


def test_history_csv_columns():
    """Per-sample rows carry samples and fractional epochs; epoch rows carry both counts."""
    hist = {"samples": (np.array([1.0, 2.0]), np.array([0.5, 0.25])),
            "epochs": (np.array([1.0]), np.array([0.375])), "test": (np.array([]), np.array([]))}
    text = files.history_csv(hist, n_train=2)
    assert text.splitlines() == ["series,samples_seen,epoch,E", "sample,1,0.5,0.5",
                                 "sample,2,1,0.25", "train,2,1,0.375"]


def test_svg_of_a_plain_widget(qtbot):
    """Any widget renders to an SVG document of its size."""
    w = QtWidgets.QLabel("hello")
    qtbot.addWidget(w)
    w.resize(120, 40)
    svg = files.widget_svg(w, "t")
    assert b"<svg" in svg and b'width="' in svg


def test_unknown_picture_extension_is_refused(qtbot, tmp_path):
    """Saving a picture as .bmp says which formats exist."""
    w = QtWidgets.QLabel("x")
    qtbot.addWidget(w)
    with pytest.raises(files.FileActionError, match=".png or .svg"):
        files.save_picture(w, str(tmp_path / "a.bmp"), "t")


def test_unwritable_folder_is_a_plain_problem(tmp_path):
    """Writing into a folder that does not exist is a FileActionError naming the folder."""
    with pytest.raises(files.FileActionError, match="does not exist"):
        files.save_history_csv(str(tmp_path / "nope" / "h.csv"), {}, 1)
