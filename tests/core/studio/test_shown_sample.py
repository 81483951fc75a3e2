"""Tests for core/studio/shown_sample.py: which sample the window names, in the data's units."""

from __future__ import annotations

import csv
from types import SimpleNamespace

import numpy as np

from core.data import make_dataset
from core.data.builtin import IRIS_CSV
from core.engine.hyperparams import Hyperparams
from core.studio.shown_sample import shown_sample


def _frame(samples_seen, n, shuffle=False):
    snap = SimpleNamespace(samples_seen=samples_seen, epoch=samples_seen // n)
    return SimpleNamespace(snapshot=snap, hp=Hyperparams(shuffle=shuffle), n_train=n)


def test_next_sample_of_xor_in_file_order():
    """After 6 samples of the seed's XOR the next is sample 3: x = (1, 0), t = 1."""
    s = shown_sample(_frame(6, 4), make_dataset("xor"))
    assert (s.row, s.n, s.trained, s.next_row) == (2, 4, False, 2)
    assert s.x_text() == "(1, 0)" and s.t_text() == "1"


def test_a_steps_sample_in_raw_units_with_its_class_name():
    """Iris after a step on row 7: that row's raw measurements (a row of iris.csv) and species."""
    ds = make_dataset("iris")
    s = shown_sample(_frame(8, len(ds.X_train)), ds, SimpleNamespace(row=7))
    assert s.trained and s.row == 7 and s.next_row == 8
    with open(IRIS_CSV) as f:
        rows = [(np.array(r[:4], float), r[4]) for r in list(csv.reader(f))[1:]]
    match = [name for x, name in rows if np.allclose(x, s.x, atol=1e-9)]
    assert match and s.label == match[0] == s.t_text()
    assert s.x_text().startswith("(") and s.x_text().count(",") == 3


def test_many_inputs_are_summarised_and_regression_targets_raw():
    """Digits: '64 inputs'; the plane set: t in the data's units, (x + y) / 10 up to noise."""
    assert shown_sample(_frame(0, 1438), make_dataset("digits")).x_text() == "64 inputs"
    ds = make_dataset("plane", noise=0.0)
    s = shown_sample(_frame(0, len(ds.X_train)), ds)
    assert abs(s.t_raw[0] - (s.x[0] + s.x[1]) / 10) < 1e-9
