"""Tests for core/data/dataset.py: the Dataset container, normalisation, scaling, split."""

import numpy as np
import pytest

from core.checks.errors import DataError
from core.data.dataset import (
    Dataset,
    InputNorm,
    TargetScaling,
    class_indices,
    labels_to_targets,
    split_indices,
)


def small(**kw):
    args = dict(X_train=np.zeros((3, 2)), T_train=np.array([[0.0], [1.0], [0.0]]),
                X_test=np.zeros((1, 2)), T_test=np.array([[1.0]]), name="t",
                task="classification", class_names=["a", "b"])
    args.update(kw)
    return Dataset(**args)


def test_defaults_filled_in():
    """Feature names default to x1.., the input normalisation to the identity."""
    ds = small()
    assert ds.feature_names == ["x1", "x2"]
    assert ds.input_norm.kind == "none"
    assert (ds.n_inputs, ds.n_outputs) == (2, 1)


@pytest.mark.parametrize("kw, message", [
    ({"X_train": np.full((3, 2), np.nan)}, "X_train has a non-finite value"),
    ({"T_test": np.array([[np.inf]])}, "T_test has a non-finite value"),
    ({"X_train": np.zeros(3)}, "must be 2-D"),
    ({"T_train": np.zeros((2, 1))}, "different numbers of samples"),
    ({"X_train": np.zeros((0, 2)), "T_train": np.zeros((0, 1))}, "training set is empty"),
    ({"X_test": np.zeros((1, 3))}, "different numbers of columns"),
    ({"task": "ranking"}, "task must be one of"),
    ({"class_names": ["a"]}, "class names do not fit"),
    ({"class_names": None}, "class names do not fit"),
    ({"feature_names": ["only one"]}, "1 feature names for 2 inputs"),
    ({"input_norm": InputNorm.identity(3)}, "normalisation is for 3 inputs"),
    ({"target_scaling": TargetScaling(np.zeros(1), np.ones(1))}, "not scaled"),
])
def test_inconsistent_dataset_refused(kw, message):
    """Shapes, non-finite values and mismatched metadata are refused with a message."""
    with pytest.raises(DataError, match=message):
        small(**kw)


def test_input_norm_fit_standardise_and_minmax():
    """standardise gives mean 0 / std 1, minmax gives [0, 1]; a constant column maps to 0."""
    X = np.array([[1.0, 5.0, 2.0], [3.0, 5.0, 4.0], [5.0, 5.0, 9.0]])
    s = InputNorm.fit("standardise", X)
    Z = s.apply(X)
    np.testing.assert_allclose(Z[:, [0, 2]].mean(axis=0), 0, atol=1e-15)
    np.testing.assert_allclose(Z[:, [0, 2]].std(axis=0), 1, atol=1e-15)
    np.testing.assert_array_equal(Z[:, 1], 0)
    m = InputNorm.fit("minmax", X)
    np.testing.assert_allclose(m.apply(X)[:, 0], [0, 0.5, 1])
    np.testing.assert_allclose(m.apply(X)[:, 2], [0, 2 / 7, 1])
    np.testing.assert_allclose(m.invert(m.apply(X)), X, atol=1e-15)


def test_input_norm_dict_round_trip_and_refusals():
    """to_dict/from_dict round-trips exactly; zero scales, mismatched lengths and gaps are refused."""
    n = InputNorm("standardise", np.array([0.1, -2.0]), np.array([3.0, 0.7]))
    back = InputNorm.from_dict(n.to_dict())
    assert back.kind == n.kind
    np.testing.assert_array_equal(back.shift, n.shift)
    np.testing.assert_array_equal(back.scale, n.scale)
    with pytest.raises(DataError, match="must not be 0"):
        InputNorm("minmax", np.zeros(2), np.array([1.0, 0.0]))
    with pytest.raises(DataError, match="2 values but scale has 1"):
        InputNorm("minmax", np.zeros(2), np.ones(1))
    with pytest.raises(DataError, match="malformed"):
        InputNorm.from_dict({"kind": "none"})
    with pytest.raises(DataError, match="non-finite"):
        InputNorm.from_dict({"kind": "none", "shift": [float("nan")], "scale": [1]})


@pytest.mark.parametrize("act, lo, hi", [("sigmoid", 0.1, 0.9), ("relu", 0.1, 0.9),
                                         ("tanh", -0.8, 0.8)])
def test_target_scaling_maps_range_ends(act, lo, hi):
    """The smallest target goes to the range's low end, the largest to its high end, and back."""
    s = TargetScaling.for_range([-3.0, 10.0], [5.0, 10.0], act)
    T = s.apply(np.array([[-3.0, 10.0], [5.0, 10.0], [1.0, 10.0]]))
    np.testing.assert_allclose(T[:, 0], [lo, hi, (lo + hi) / 2], atol=1e-15)
    np.testing.assert_allclose(T[:, 1], (lo + hi) / 2, atol=1e-15)  # constant -> middle
    np.testing.assert_allclose(s.invert(T)[:, 0], [-3, 5, 1], atol=1e-14)


def test_target_scaling_linear_none_softmax_refused():
    """A linear output needs no scaling; a softmax output cannot take regression targets."""
    assert TargetScaling.for_range(0, 1, "linear") is None
    with pytest.raises(DataError, match="softmax"):
        TargetScaling.for_range(0, 1, "softmax")
    assert TargetScaling.from_dict(None) is None
    with pytest.raises(DataError, match="malformed"):
        TargetScaling.from_dict({"shift": [0]})


def test_raw_targets_undo_scaling():
    """raw_targets inverts the recorded target scaling for regression data."""
    s = TargetScaling(np.array([2.0]), np.array([4.0]))
    ds = small(task="regression", class_names=None, target_scaling=s)
    np.testing.assert_allclose(ds.raw_targets(np.array([[0.5]])), [[4.0]])


def test_with_one_hot_targets():
    """A 0/1 column becomes [1 - t, t]; other data sets are returned unchanged."""
    ds = small().with_one_hot_targets()
    np.testing.assert_array_equal(ds.T_train, [[1, 0], [0, 1], [1, 0]])
    assert ds.spec["one_hot"] is True
    assert ds.with_one_hot_targets() is ds


def test_labels_and_class_indices():
    """Labels encode to one column for 2 classes or one-hot, and decode back by threshold/argmax."""
    np.testing.assert_array_equal(labels_to_targets([1, 0], 2), [[1], [0]])
    np.testing.assert_array_equal(labels_to_targets([1, 0], 2, one_hot_binary=True),
                                  [[0, 1], [1, 0]])
    np.testing.assert_array_equal(labels_to_targets([2, 0], 3), [[0, 0, 1], [1, 0, 0]])
    np.testing.assert_array_equal(class_indices(np.array([[0.49], [0.5], [0.9]])), [0, 1, 1])
    np.testing.assert_array_equal(class_indices(np.array([[0.1, 0.7, 0.2], [0.8, 0.1, 0.1]])),
                                  [1, 0])


def test_split_partitions_in_order_and_stratifies():
    """Train and test indices partition 0..n-1 in order; stratified split keeps class shares."""
    labels = np.array([0] * 30 + [1] * 10)
    tr, te = split_indices(40, 0.8, np.random.default_rng(0), labels=labels)
    assert sorted(np.concatenate([tr, te])) == list(range(40))
    assert np.all(np.diff(tr) > 0) and np.all(np.diff(te) > 0)
    assert (labels[tr] == 0).sum() == 24 and (labels[tr] == 1).sum() == 8
    tr, te = split_indices(5, 1.0, np.random.default_rng(0))
    assert tr.tolist() == [0, 1, 2, 3, 4] and te.size == 0
    tr, te = split_indices(3, 0.01, np.random.default_rng(0))
    assert tr.size == 1  # at least one training row
