"""Built-in sets come shuffled once (the seed's XOR untouched), and a training set sorted by its
target is noticed: long runs of one class, or neighbouring targets alike."""

from __future__ import annotations

import numpy as np
import pytest

from core.data import DATASETS, make_dataset
from core.data.assemble import assemble_classification, assemble_regression
from core.data.ordering import sorted_by_target
from core.data.registry import dataset_from_spec
from core.data.synthetic import XOR_INPUTS, XOR_LABELS


def _rows(X, T):
    return sorted(map(tuple, np.hstack([X, T]).round(12)))


@pytest.mark.parametrize("name", [n for n in DATASETS if n != "xor"])
def test_builtin_sets_are_shuffled_once_not_sorted(name):
    """Every set but XOR: same rows as in file order, permuted, and no longer sorted by target."""
    mixed, stored = make_dataset(name, seed=3), make_dataset(name, seed=3, order="file")
    assert _rows(mixed.X_train, mixed.T_train) == _rows(stored.X_train, stored.T_train)
    assert _rows(mixed.X_test, mixed.T_test) == _rows(stored.X_test, stored.T_test)
    assert not np.array_equal(mixed.X_train, stored.X_train)
    assert sorted_by_target(mixed) is None
    again = make_dataset(name, seed=3)
    assert np.array_equal(again.X_train, mixed.X_train)  # the set's seed decides the order


@pytest.mark.parametrize("name", ["spiral", "moons", "circle", "gaussians", "iris"])
def test_stored_order_of_the_class_sorted_sets_is_noticed(name):
    """As generated (all of class 1, then all of class 0) or stored (iris by species): noticed."""
    found = sorted_by_target(make_dataset(name, seed=0, order="file"))
    assert found is not None and found.kind == "classes" and found.longest >= 30


def test_xor_keeps_the_seeds_order():
    """The seed's XOR: its four points in the seed's order, train = test, nothing reported."""
    ds = make_dataset("xor")
    assert np.array_equal(ds.X_train, XOR_INPUTS)
    assert np.array_equal(ds.T_train[:, 0], XOR_LABELS)
    assert sorted_by_target(ds) is None


def test_runs_counted_by_hand():
    """40 rows, 20 of each class one after the other: 2 runs, longest 20; alternating: mixed."""
    X = np.arange(40.0)[:, None]
    blocks = assemble_classification(X, np.repeat([0, 1], 20), ["a", "b"], name="t", spec={},
                                     train_fraction=1.0)
    found = sorted_by_target(blocks)
    assert (found.kind, found.runs, found.longest) == ("classes", 2, 20)
    alternating = assemble_classification(X, np.arange(40) % 2, ["a", "b"], name="t", spec={},
                                          train_fraction=1.0)
    assert sorted_by_target(alternating) is None


def test_regression_sorted_by_input_or_target():
    """y = sin x in x order, and a monotone y, are noticed; the same rows shuffled are not."""
    x = np.linspace(-3, 3, 200)
    for y in (np.sin(x), x ** 3):
        ds = assemble_regression(x[:, None], y, name="t", spec={}, train_fraction=1.0)
        found = sorted_by_target(ds)
        assert found is not None and found.kind == "targets" and found.correlation > 0.9
        p = np.random.default_rng(0).permutation(200)
        mixed = assemble_regression(x[p, None], y[p], name="t", spec={}, train_fraction=1.0)
        assert sorted_by_target(mixed) is None


def test_a_recipe_saved_before_the_shuffle_keeps_its_order():
    """A spec without 'order' (a session saved before) rebuilds the file order; a new one the mix."""
    ds = make_dataset("spiral", seed=2)
    assert ds.spec["order"] == "shuffled once"
    assert np.array_equal(dataset_from_spec(ds.spec).X_train, ds.X_train)
    old = {k: v for k, v in ds.spec.items() if k != "order"}
    assert np.array_equal(dataset_from_spec(old).X_train,
                          make_dataset("spiral", seed=2, order="file").X_train)
