"""Tests for core/teaching/metrics.py: accuracy, confusion matrix, RMSE, R² and the plateau rule."""

import math

import numpy as np
import pytest

from core.data.dataset import TargetScaling
from core.engine.network import Network
from core.teaching.metrics import accuracy, confusion_matrix, evaluate_outputs, plateau, r2, rmse
from core.training.trainer import ArrayData


def test_single_sigmoid_output_is_thresholded_at_half():
    """Outputs 0.2, 0.6, 0.5, 0.4 against targets 0, 1, 0, 1: classes 0, 1, 1, 0 → 2 of 4 right."""
    O = np.array([[0.2], [0.6], [0.5], [0.4]])
    T = np.array([[0.0], [1.0], [0.0], [1.0]])
    assert accuracy(O, T) == 0.5
    # rows true, columns predicted: true 0 → {0, 1}; true 1 → {1, 0}
    assert confusion_matrix(O, T).tolist() == [[1, 1], [1, 1]]


def test_one_hot_confusion_matrix():
    """Three classes: the argmax of each row decides; counts land in [true, predicted]."""
    T = np.eye(3)[[0, 0, 1, 2, 2, 2]]
    O = np.array([[.8, .1, .1], [.2, .7, .1], [.1, .8, .1], [.1, .1, .8], [.6, .2, .2],
                  [.0, .1, .9]])
    assert confusion_matrix(O, T).tolist() == [[1, 1, 0], [0, 1, 0], [1, 0, 2]]
    assert accuracy(O, T) == pytest.approx(4 / 6)


def test_rmse_and_r2_by_hand():
    """t = 1, 2, 3 and o = 1, 2, 4: RMSE = √(1/3), R² = 1 − 1/2 = 0.5."""
    T = np.array([[1.0], [2.0], [3.0]])
    O = np.array([[1.0], [2.0], [4.0]])
    assert rmse(O, T) == pytest.approx(math.sqrt(1 / 3))
    assert r2(O, T) == pytest.approx(0.5)


def test_regression_metrics_in_raw_units():
    """With T = (t − 10) / 5, RMSE in raw units is 5 × the stored RMSE; R² is unchanged."""
    s = TargetScaling(np.array([10.0]), np.array([5.0]))
    T = np.array([[0.1], [0.5], [0.9]])
    O = np.array([[0.2], [0.5], [0.7]])
    assert rmse(O, T, s) == pytest.approx(5 * math.sqrt((0.01 + 0 + 0.04) / 3))
    assert r2(O, T, s) == pytest.approx(r2(O, T))


def test_evaluate_train_and_test():
    """evaluate_outputs gives accuracy on train and test for a net that computes o = σ(10 (x − y))."""
    net = Network.from_arrays([np.array([[10.0, -10.0]])], [np.array([0.0])])
    X = np.array([[1.0, 0.0], [0.0, 1.0]])
    data = ArrayData(X, np.array([[1.0], [0.0]]), X, np.array([[0.0], [0.0]]))
    m = evaluate_outputs(net.forward(X), net.forward(X), data)
    assert m["train"]["accuracy"] == 1.0 and m["test"]["accuracy"] == 0.5
    assert evaluate_outputs(net.forward(X), None, ArrayData(X, np.array([[1.0], [0.0]])))["test"] is None


def test_plateau():
    """Improving by 10 % each epoch is no plateau; flat for `patience` epochs is."""
    assert not plateau([1.0, 0.9, 0.81, 0.729], patience=2, rel_tol=0.01)
    assert plateau([1.0, 0.5, 0.5, 0.4999], patience=2, rel_tol=0.01)
    assert not plateau([1.0, 0.5], patience=2)  # too few epochs to tell
    with pytest.raises(ValueError):
        plateau([1.0], patience=0)


def test_per_class_accuracy_by_hand():
    """Rows of a confusion matrix: 3 of 4 right, 2 of 2 right, a class with no samples is nan."""
    from core.teaching.metrics import per_class_accuracy

    acc = per_class_accuracy(np.array([[3, 1, 0], [0, 2, 0], [0, 0, 0]]))
    assert acc[0] == 0.75 and acc[1] == 1.0 and np.isnan(acc[2])


def test_worst_samples_are_those_least_sure_of_their_class():
    """One output: class 0 at o = 0.9 and class 1 at o = 0.2 are the worst, in that order;
    one-hot: the row whose true class gets the smallest output comes first."""
    from core.teaching.metrics import worst_samples

    O = np.array([[0.2], [0.6], [0.9], [0.1]])
    T = np.array([[1.0], [1.0], [0.0], [0.0]])
    assert list(worst_samples(O, T, 2)) == [2, 0]  # right-class outputs 0.2, 0.6, 0.1, 0.9
    O = np.array([[0.7, 0.3], [0.4, 0.6], [0.9, 0.1]])
    T = np.array([[0, 1], [0, 1], [1, 0]], dtype=float)
    assert list(worst_samples(O, T, 5)) == [0, 1, 2]


def test_forward_in_pieces_is_the_forward_pass_in_slices_of_rows():
    """The outputs of forward_in_pieces are forward()'s; slices hold about `work` multiply-adds
    (a 6 × 512 network: a few rows each), a None after each."""
    from core.teaching.metrics import forward_in_pieces

    rng = np.random.default_rng(1)
    net = Network((64, 512, 512, 10), ("tanh", "tanh", "softmax"), "cross_entropy")
    net.params[:] = rng.normal(size=net.n_params) / 30
    X = rng.normal(size=(50, 64))
    pieces = list(forward_in_pieces(net, X, work=net.n_params * 8))
    assert pieces[:-1] == [None] * 7 and pieces[-1].shape == (50, 10)  # 50 rows in slices of 8
    np.testing.assert_allclose(pieces[-1], net.forward(X), rtol=1e-12, atol=1e-15)
    assert list(forward_in_pieces(net, X[:0]))[-1].shape == (0, 10)
