"""Tests for core/files/weights.py: the weights bundle, its one validator, and format dispatch."""

import numpy as np
import pytest

from core.checks.errors import BackpropStudioError, FileFormatError
from core.data import make_dataset
from core.data.dataset import InputNorm, TargetScaling
from core.engine.network import Network
from core.engine.weight_init import InitSpec
from core.files.weights import (
    WeightsBundle,
    check_bundle,
    check_compatible,
    load_weights,
    save_weights,
)


def bundle(sizes=(2, 3, 1), acts=("tanh", "sigmoid"), **kw):
    net = InitSpec(seed=4).apply(Network(sizes, acts))
    return WeightsBundle.from_network(net, **kw)


def test_from_network_copies_weights_and_provenance():
    """The bundle holds copies (later training does not change it) and records versions."""
    net = InitSpec(seed=4).apply(Network((2, 3, 1)))
    b = WeightsBundle.from_network(net, epoch=7)
    net.W[0][0, 0] += 1.0
    assert b.W[0][0, 0] != net.W[0][0, 0]
    assert b.provenance["epoch"] == 7 and b.provenance["app_version"]
    assert b.sizes == (2, 3, 1) and b.W[1].shape == (1, 3)


def test_from_network_takes_dataset_metadata():
    """With a dataset, normalisation, names and the data set's name are recorded."""
    ds = make_dataset("iris")
    net = Network((4, 3, 3))
    b = WeightsBundle.from_network(net, ds)
    assert b.class_names == ["setosa", "versicolor", "virginica"]
    assert b.input_norm is ds.input_norm and b.provenance["dataset"] == "iris"


def test_forward_raw_normalises_first():
    """forward_raw(x) equals the network's forward on (x - shift) / scale."""
    norm = InputNorm("standardise", np.array([1.0, -2.0]), np.array([2.0, 4.0]))
    b = bundle(input_norm=None)
    b.input_norm = norm
    x = np.array([[3.0, 2.0], [1.0, -2.0]])
    np.testing.assert_allclose(b.forward_raw(x), b.to_network().forward([[1.0, 1.0], [0, 0]]))


def mutate(**changes):
    b = bundle()
    for k, v in changes.items():
        setattr(b, k, v)
    return b


@pytest.mark.parametrize("changes, message", [
    ({"W": [np.zeros((3, 3)), np.zeros((1, 3))]}, r"layer 1: W has shape \(3, 3\), architecture "
                                                  r"2-3-1 needs \(3, 2\)"),
    ({"b": [np.zeros(2), np.zeros(1)]}, r"layer 1: b has shape \(2,\), architecture 2-3-1 needs"),
    ({"W": [np.zeros((3, 2))]}, r"2-3-1 has 2 weight layers, the file has 1 weight matrices"),
    ({"W": [np.full((3, 2), np.nan), np.zeros((1, 3))]}, r"layer 1 W has a non-finite value"),
    ({"b": [np.zeros(3), np.array([np.inf])]}, r"layer 2 b has a non-finite value \(inf\)"),
    ({"W": [[[1, 2], [3]], np.zeros((1, 3))]}, r"not a rectangular array"),
    ({"activations": ("tanh", "swish")}, r"architecture does not fit: output activation"),
    ({"activations": ("softmax", "sigmoid")}, r"hidden activation"),
    ({"loss": "hinge"}, r"unknown loss"),
    ({"sizes": (2, 3.5, 1)}, r"layer sizes must be integers"),
    ({"input_norm": InputNorm.identity(3)}, r"normalisation has 3 features, the network 2"),
    ({"target_scaling": TargetScaling(np.zeros(2), np.ones(2))}, r"target scaling has 2 values"),
    ({"class_names": ["a", "b", "c"]}, r"3 class names do not fit 1 outputs"),
    ({"feature_names": ["a"]}, r"1 feature names do not fit 2 inputs"),
    ({"provenance": [1]}, r"provenance must be an object"),
])
def test_check_bundle_refusals(changes, message):
    """Each inconsistency is refused with a message saying what does not fit."""
    with pytest.raises(FileFormatError, match=message):
        check_bundle(mutate(**changes), "w.json")


def test_check_compatible_names_the_difference():
    """Loading into a different architecture, activation, loss or data width is refused."""
    b = bundle()
    check_compatible(b, sizes=(2, 3, 1), activations=("tanh", "sigmoid"), loss="sse",
                     n_inputs=2, n_outputs=1)
    cases = [({"sizes": (2, 4, 1)}, "for a 2-3-1 network, not 2-4-1"),
             ({"activations": ("sigmoid", "sigmoid")}, "use activations tanh/sigmoid"),
             ({"loss": "cross_entropy"}, "trained with loss sse"),
             ({"n_inputs": 3}, "take 2 inputs, the data has 3"),
             ({"n_outputs": 2}, "give 1 outputs, the data has 2")]
    for kw, message in cases:
        with pytest.raises(FileFormatError, match=message):
            check_compatible(b, **kw)


def test_dispatch_by_extension(tmp_path):
    """Each extension goes to its writer; only .json and .npz can be read back."""
    b = bundle()
    for ext in (".json", ".npz", ".csv", ".onnx", ".JSON"):
        assert save_weights(tmp_path / f"w{ext}", b).exists()
    with pytest.raises(BackpropStudioError, match=r"cannot save weights as '.txt'"):
        save_weights(tmp_path / "w.txt", b)
    with pytest.raises(BackpropStudioError, match=r"cannot read weights from '.csv'"):
        load_weights(tmp_path / "w.csv")
    with pytest.raises(BackpropStudioError, match="no extension"):
        load_weights(tmp_path / "w")
