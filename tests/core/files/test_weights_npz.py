"""Tests for core/files/weights_npz.py: exact round trip, documented keys, no pickle, refusals."""

import io
import json
import zipfile

import numpy as np
import pytest

from core.checks.errors import FileFormatError, FileTooLargeError
from core.data import make_dataset
from core.engine.network import Network
from core.engine.weight_init import InitSpec
from core.files.weights import WeightsBundle
from core.files.weights_npz import load_weights_npz, save_weights_npz


def plane_bundle():
    ds = make_dataset("plane", normalise="standardise")
    net = InitSpec(seed=5).apply(Network((2, 4, 3, 1), ("tanh", "relu", "sigmoid")))
    return WeightsBundle.from_network(net, ds, epoch=3)


def test_round_trip_is_exact(tmp_path):
    """Weights, normalisation, target scaling, names and provenance come back bit-identical."""
    b = plane_bundle()
    save_weights_npz(tmp_path / "w.npz", b)
    r = load_weights_npz(tmp_path / "w.npz")
    for x, y in zip(b.W + b.b, r.W + r.b, strict=True):
        assert x.tobytes() == y.tobytes() and x.shape == y.shape
    assert r.input_norm.kind == "standardise"
    assert r.input_norm.shift.tobytes() == b.input_norm.shift.tobytes()
    assert r.target_scaling.scale.tobytes() == b.target_scaling.scale.tobytes()
    assert (r.sizes, r.activations, r.loss) == (b.sizes, b.activations, b.loss)
    assert r.feature_names == ["x1", "x2"] and r.class_names is None
    assert r.provenance == b.provenance


def test_documented_keys_and_plain_numpy_access(tmp_path):
    """The archive holds the documented keys and opens with plain numpy, without pickle."""
    save_weights_npz(tmp_path / "w.npz", plane_bundle())
    with np.load(tmp_path / "w.npz", allow_pickle=False) as z:
        assert set(z.files) == {"format", "version", "sizes", "activations", "loss", "W0", "b0",
                                "W1", "b1", "W2", "b2", "input_norm_kind", "input_norm_shift",
                                "input_norm_scale", "target_shift", "target_scale",
                                "feature_names", "provenance"}
        assert str(z["format"]) == "backprop-studio-weights" and int(z["version"]) == 1
        assert z["W1"].shape == (3, 4) and z["sizes"].tolist() == [2, 4, 3, 1]
        assert json.loads(str(z["provenance"]))["epoch"] == 3


def arrays(**changes):
    a = {"format": np.array("backprop-studio-weights"), "version": np.array(1),
         "sizes": np.array([2, 1]), "activations": np.array(["sigmoid"]), "loss": np.array("sse"),
         "W0": np.zeros((1, 2)), "b0": np.zeros(1)}
    for k, v in changes.items():
        if v is None:
            a.pop(k)
        else:
            a[k] = v
    return a


def write(tmp_path, **changes):
    p = tmp_path / "w.npz"
    np.savez(p, **arrays(**changes))
    return p


def test_minimal_archive_loads(tmp_path):
    """The required keys alone are enough."""
    r = load_weights_npz(write(tmp_path))
    assert r.sizes == (2, 1) and r.input_norm is None and r.provenance == {}


@pytest.mark.parametrize("changes, message", [
    ({"W0": np.array([None, 1], dtype=object)}, r"holds Python objects \(pickle\)"),
    ({"format": np.array("something-else")}, r"not a weights file: format is 'something-else'"),
    ({"format": np.array(b"backprop-studio-weights")}, r"'format' must be a text scalar"),
    ({"version": np.array(2)}, r"version 2 is newer than this app understands"),
    ({"version": np.array(1.0)}, r"'version' must be an integer scalar"),
    ({"sizes": np.array([2.0, 1.0])}, r"'sizes' must be a list of integers"),
    ({"W0": None}, r"missing array 'W0'"),
    ({"loss": None}, r"missing array 'loss'"),
    ({"W0": np.zeros((2, 2))}, r"layer 1: W has shape \(2, 2\), architecture 2-1 needs \(1, 2\)"),
    ({"b0": np.array([np.nan])}, r"layer 1 b has a non-finite value"),
    ({"W0": np.array([["a", "b"]])}, r"weights must be numbers"),
    ({"activations": np.array(["swish"])}, r"output activation must be one of"),
    ({"activations": np.array("sigmoid")}, r"'activations' must be a list of text"),
    ({"provenance": np.array("{not json")}, r"'provenance' is not valid JSON"),
    ({"input_norm_kind": np.array("minmax")}, r"missing array 'input_norm_shift'"),
])
def test_malformed_archives_refused(tmp_path, changes, message):
    """Each malformed .npz is refused with a one-line message naming what does not fit."""
    with pytest.raises(FileFormatError, match=message) as info:
        load_weights_npz(write(tmp_path, **changes))
    assert str(info.value).startswith("w.npz")


def test_not_a_zip_refused(tmp_path):
    """A text file renamed .npz is refused."""
    p = tmp_path / "w.npz"
    p.write_text("hello")
    with pytest.raises(FileFormatError, match="not an .npz file"):
        load_weights_npz(p)


def test_size_limits(tmp_path):
    """Too large on disk, or inflating past the limit when unpacked, is refused before loading."""
    p = write(tmp_path)
    with pytest.raises(FileTooLargeError, match="larger than the limit"):
        load_weights_npz(p, max_bytes=100)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("W0.npy", b"\0" * 2_000_000)
    bomb = tmp_path / "bomb.npz"
    bomb.write_bytes(buf.getvalue())
    assert bomb.stat().st_size < 100_000
    with pytest.raises(FileTooLargeError, match="unpacks to more than"):
        load_weights_npz(bomb, max_bytes=100_000)


def test_an_archive_of_too_many_members_is_refused_from_its_end_record(tmp_path):
    """300 extra members: refused naming the count, before zipfile lists them."""
    good = tmp_path / "good.npz"
    save_weights_npz(good, WeightsBundle.from_network(Network((2, 2, 1), ("sigmoid",) * 2, "sse")))
    path = tmp_path / "many.npz"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
        for i in range(300):
            dst.writestr(f"x{i}.npy", b"")
    with pytest.raises(FileTooLargeError, match=r"many\.npz: holds 3\d\d arrays"):
        load_weights_npz(path)
