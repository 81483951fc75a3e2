"""Tests for core/data/registry.py: names, defaults, refusals and rebuilding from a spec."""

import json

import numpy as np
import pytest

from core.checks.errors import BackpropStudioError, DataError, FileFormatError
from core.data import DATASETS, dataset_from_spec, list_datasets, make_dataset

SYNTHETIC = [name for name, info in DATASETS.items() if info.source == "synthetic"]


def test_list_has_all_required_sets_with_descriptions():
    """Every data set the brief names is listed with a non-empty description."""
    names = [n for n, _ in list_datasets()]
    for required in ("xor", "xor-quadrants", "circle", "gaussians", "spiral", "moons",
                     "checkerboard", "plane", "multi-gaussian", "iris", "digits"):
        assert required in names
    assert all(desc for _, desc in list_datasets())


def test_xor_is_the_seed_problem():
    """xor: the 4 points are both train and test, one 0/1 target, no normalisation."""
    ds = make_dataset("xor")
    np.testing.assert_array_equal(ds.X_train, [[0, 0], [0, 1], [1, 0], [1, 1]])
    np.testing.assert_array_equal(ds.T_train, [[0], [1], [1], [0]])
    np.testing.assert_array_equal(ds.X_test, ds.X_train)
    np.testing.assert_array_equal(ds.T_test, ds.T_train)
    with pytest.raises(DataError, match="fixed"):
        make_dataset("xor", n=100)


@pytest.mark.parametrize("name", SYNTHETIC)
def test_spec_rebuilds_identical_data(name):
    """A spec survives JSON and rebuilds bit-identical arrays."""
    ds = make_dataset(name, seed=7) if name == "xor" else make_dataset(name, n=60, seed=7)
    spec = json.loads(json.dumps(ds.spec))
    again = dataset_from_spec(spec)
    for key in ("X_train", "T_train", "X_test", "T_test"):
        np.testing.assert_array_equal(getattr(again, key), getattr(ds, key))


def test_defaults_split_and_regression_scaling():
    """Defaults: 500 points, 80 % train; regression targets scaled into [0.1, 0.9] for sigmoid."""
    ds = make_dataset("plane")
    assert len(ds.X_train) == 400 and len(ds.X_test) == 100
    T = np.concatenate([ds.T_train, ds.T_test])
    assert T.min() == pytest.approx(0.1) and T.max() == pytest.approx(0.9)
    lin = make_dataset("plane", output_activation="linear")
    assert lin.target_scaling is None and lin.T_train.max() <= 2.5


def test_softmax_gives_two_columns_and_normalise_option():
    """A softmax output gets one-hot targets; normalise='standardise' is applied on request."""
    ds = make_dataset("circle", output_activation="softmax", normalise="standardise")
    assert ds.T_train.shape[1] == 2
    np.testing.assert_allclose(ds.X_train.mean(axis=0), 0, atol=1e-12)


def test_builtin_through_registry_and_spec():
    """iris is made through the registry and rebuilt from its spec."""
    ds = make_dataset("iris", seed=3)
    again = dataset_from_spec(json.loads(json.dumps(ds.spec)))
    np.testing.assert_array_equal(again.X_test, ds.X_test)
    with pytest.raises(DataError, match="real data"):
        make_dataset("iris", n=10)


def test_one_hot_flag_survives_spec():
    """A data set turned one-hot for softmax is rebuilt one-hot."""
    ds = make_dataset("moons", n=20).with_one_hot_targets()
    np.testing.assert_array_equal(dataset_from_spec(ds.spec).T_train, ds.T_train)


def test_csv_spec_checks_file_hash(tmp_path):
    """A CSV spec rebuilds while the file is unchanged and is refused once it changed or vanished."""
    from core.data.csv_reader import load_csv

    p = tmp_path / "d.csv"
    p.write_text("a,y\n1,0\n2,1\n3,0\n4,1\n")
    ds = load_csv(p, train_fraction=1.0)
    np.testing.assert_array_equal(dataset_from_spec(ds.spec, data_files=[p]).X_train, ds.X_train)
    p.write_text("a,y\n1,0\n2,1\n3,0\n5,1\n")
    with pytest.raises(FileFormatError, match="has changed"):
        dataset_from_spec(ds.spec, data_files=[p])
    p.unlink()
    with pytest.raises(FileFormatError, match="no longer exists"):
        dataset_from_spec(ds.spec, data_files=[p])


@pytest.mark.parametrize("kw, message", [
    ({"name": "imagenet"}, "unknown data set 'imagenet'"),
    ({"name": "circle", "n": 2}, "between 4 and"),
    ({"name": "circle", "noise": -0.1}, "noise must be between"),
    ({"name": "circle", "normalise": "zscore"}, "normalise must be one of"),
    ({"name": "circle", "train_fraction": 0}, "train fraction"),
    ({"name": "plane", "output_activation": "softmax"}, "softmax"),
])
def test_bad_arguments_refused(kw, message):
    """Unknown names and out-of-range arguments give one-line errors."""
    with pytest.raises(BackpropStudioError, match=message):
        make_dataset(**kw)


@pytest.mark.parametrize("spec", [{}, {"source": "web"}, {"source": "synthetic"},
                                  {"source": "csv", "path": 3}])
def test_malformed_spec_refused(spec):
    """Incomplete or unknown recipes are refused as a file-format problem."""
    with pytest.raises(FileFormatError):
        dataset_from_spec(spec)
