"""Tests for core/data/builtin.py: the bundled iris and digits load through the CSV importer."""

import csv

import numpy as np

from core.data import builtin


def test_iris_shape_classes_and_values():
    """Iris has 150 rows, 4 features, 50 of each species; raw values match the file."""
    ds = builtin.load_iris(train_fraction=1.0, normalise="none")
    assert ds.X_train.shape == (150, 4) and ds.T_train.shape == (150, 3)
    assert ds.class_names == ["setosa", "versicolor", "virginica"]
    np.testing.assert_array_equal(ds.T_train.sum(axis=0), [50, 50, 50])
    with open(builtin.IRIS_CSV, newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][-1] == "species"
    np.testing.assert_array_equal(ds.X_train[0], [5.1, 3.5, 1.4, 0.2])
    np.testing.assert_array_equal(ds.X_train, np.array([r[:4] for r in rows[1:]], dtype=float))
    assert ds.spec["source"] == "builtin" and ds.spec["generator"] == "iris"


def test_iris_default_split_standardised():
    """By default 80 % of each species trains and inputs are standardised on the training rows."""
    ds = builtin.load_iris()
    assert ds.X_train.shape == (120, 4) and ds.X_test.shape == (30, 4)
    np.testing.assert_array_equal(ds.T_train.sum(axis=0), [40, 40, 40])
    np.testing.assert_allclose(ds.X_train.mean(axis=0), 0, atol=1e-12)


def test_digits_fixed_minmax_and_classes():
    """Digits: 1797 x 64 pixels scaled by exactly 1/16 into [0, 1], 10 classes '0'..'9'."""
    ds = builtin.load_digits(train_fraction=1.0)
    assert ds.X_train.shape == (1797, 64) and ds.T_train.shape == (1797, 10)
    assert ds.class_names == [str(d) for d in range(10)]
    assert ds.input_norm.kind == "minmax"
    np.testing.assert_array_equal(ds.input_norm.scale, 16.0)
    np.testing.assert_array_equal(ds.input_norm.shift, 0.0)
    with open(builtin.DIGITS_CSV, newline="") as f:
        first = next(iter(list(csv.reader(f))[1:2]))
    np.testing.assert_array_equal(ds.X_train[0], np.array(first[:64], dtype=float) / 16)
    assert ds.T_train[0].argmax() == int(first[64])
    assert ds.X_train.min() == 0 and ds.X_train.max() == 1
