"""Tests for core/data/assemble.py: one path from raw arrays to a Dataset."""

import numpy as np
import pytest

from core.checks.errors import DataError
from core.data.assemble import assemble_classification, assemble_regression
from core.data.dataset import InputNorm


def test_classification_split_norm_and_encoding():
    """Rows are split, inputs standardised on training rows, labels one-hot for 3 classes."""
    X = np.arange(30, dtype=float).reshape(15, 2)
    labels = np.arange(15) % 3
    ds = assemble_classification(X, labels, ["a", "b", "c"], name="t", spec={"k": 1},
                                 normalise="standardise", train_fraction=0.6, seed=0)
    assert ds.T_train.shape == (9, 3) and ds.X_test.shape == (6, 2)
    np.testing.assert_array_equal(ds.T_train.sum(axis=0), [3, 3, 3])
    raw_train = ds.input_norm.invert(ds.X_train)
    np.testing.assert_allclose(ds.input_norm.shift, raw_train.mean(axis=0))
    rows = (raw_train[:, 0] / 2).round().astype(int)
    np.testing.assert_array_equal(ds.T_train.argmax(axis=1), labels[rows])
    assert ds.spec == {"k": 1}


def test_fixed_input_norm_is_used_as_given():
    """An InputNorm passed in is applied, not refitted."""
    norm = InputNorm("minmax", np.zeros(2), np.full(2, 10.0))
    ds = assemble_classification(np.array([[5.0, 10.0], [0.0, 2.0]]), np.array([0, 1]),
                                 ["a", "b"], name="t", spec={}, normalise=norm,
                                 train_fraction=1.0)
    np.testing.assert_array_equal(ds.X_train, [[0.5, 1.0], [0.0, 0.2]])
    assert ds.input_norm is norm


def test_single_class_refused():
    """All labels equal is refused naming the class."""
    with pytest.raises(DataError, match=r"single class \(b\)"):
        assemble_classification(np.zeros((3, 1)), np.ones(3), ["a", "b"], name="t", spec={})


def test_regression_scaling_uses_all_rows():
    """Target scaling is fitted on every row, so test targets stay inside [0.1, 0.9] too."""
    y = np.linspace(-5, 5, 20)
    ds = assemble_regression(y[:, None], y, name="r", spec={}, train_fraction=0.5, seed=2)
    T = np.concatenate([ds.T_train, ds.T_test])
    assert T.min() == pytest.approx(0.1) and T.max() == pytest.approx(0.9)
