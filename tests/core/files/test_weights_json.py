"""Tests for core/files/weights_json.py: exact round trip, documented layout, and every refusal."""

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from core.checks.errors import BackpropStudioError, FileFormatError, FileTooLargeError
from core.data import make_dataset
from core.engine.network import Network
from core.engine.weight_init import InitSpec
from core.files.weights import WeightsBundle
from core.files.weights_json import load_weights_json, save_weights_json


def iris_bundle():
    ds = make_dataset("iris")
    net = InitSpec(seed=2).apply(Network((4, 5, 3), ("relu", "softmax"), "cross_entropy"))
    return WeightsBundle.from_network(net, ds, epoch=12, samples_seen=1440, E=0.25)


def same_bits(a, b):
    return np.asarray(a).tobytes() == np.asarray(b).tobytes()


def test_round_trip_is_exact(tmp_path):
    """Every weight, bias, normalisation value, name and provenance entry comes back identical."""
    b = iris_bundle()
    b.W[0][0, 0] = 0.1 + 0.2  # not representable in short decimal
    b.W[0][0, 1] = 5e-324  # the smallest subnormal
    b.b[1][0] = -0.0
    save_weights_json(tmp_path / "w.json", b)
    r = load_weights_json(tmp_path / "w.json")
    assert all(same_bits(x, y) for x, y in zip(b.W + b.b, r.W + r.b, strict=True))
    assert same_bits(r.input_norm.shift, b.input_norm.shift)
    assert same_bits(r.input_norm.scale, b.input_norm.scale)
    assert (r.sizes, r.activations, r.loss) == ((4, 5, 3), ("relu", "softmax"), "cross_entropy")
    assert r.class_names == b.class_names and r.feature_names == b.feature_names
    assert r.provenance == b.provenance


def test_regression_target_scaling_round_trips(tmp_path):
    """Target scaling survives the round trip; None stays None for classification."""
    ds = make_dataset("plane")
    b = WeightsBundle.from_network(Network((2, 3, 1)), ds)
    save_weights_json(tmp_path / "w.json", b)
    r = load_weights_json(tmp_path / "w.json")
    assert same_bits(r.target_scaling.scale, ds.target_scaling.scale)
    assert r.class_names is None


@settings(max_examples=40, deadline=None)
@given(hnp.arrays(np.float64, st.tuples(st.integers(1, 4), st.integers(1, 4)),
                  elements=st.floats(allow_nan=False, allow_infinity=False)))
def test_any_finite_matrix_round_trips(tmp_path_factory, W):
    """Any finite float64 matrix (huge, tiny, subnormal, -0.0) is stored and read back bit-exact."""
    n_to, n_from = W.shape
    b = WeightsBundle((n_from, n_to), ("linear",), "sse", [W], [np.zeros(n_to)])
    p = tmp_path_factory.mktemp("h") / "w.json"
    save_weights_json(p, b)
    assert same_bits(load_weights_json(p).W[0], W)


def test_layout_matches_documentation(tmp_path):
    """The file has the documented top-level keys, and W is (to, from) row by row."""
    b = iris_bundle()
    save_weights_json(tmp_path / "w.json", b)
    doc = json.loads((tmp_path / "w.json").read_text())
    assert list(doc) == ["format", "version", "architecture", "layers", "input_norm",
                         "target_scaling", "class_names", "feature_names", "provenance"]
    assert doc["format"] == "backprop-studio-weights" and doc["version"] == 1
    assert doc["architecture"] == {"sizes": [4, 5, 3], "activations": ["relu", "softmax"],
                                   "loss": "cross_entropy"}
    assert len(doc["layers"][1]["W"]) == 3 and len(doc["layers"][1]["W"][0]) == 5
    assert doc["layers"][1]["W"][2][4] == b.W[1][2, 4]
    assert set(doc["provenance"]) >= {"dataset", "epoch", "samples_seen", "E", "app_version",
                                      "saved_at"}


def test_hand_written_minimal_file_loads(tmp_path):
    """A file written by hand with only the required keys loads (optional keys may be absent)."""
    doc = {"format": "backprop-studio-weights", "version": 1,
           "architecture": {"sizes": [1, 1], "activations": ["linear"], "loss": "sse"},
           "layers": [{"W": [[2]], "b": [1]}]}
    (tmp_path / "w.json").write_text(json.dumps(doc))
    r = load_weights_json(tmp_path / "w.json")
    assert r.to_network().forward(np.array([[3.0]]))[0, 0] == 7.0
    assert r.input_norm is None and r.provenance == {}


def test_non_finite_refused_on_export_and_old_file_kept(tmp_path):
    """A NaN weight is refused when saving, and an existing file is left as it was."""
    p = tmp_path / "w.json"
    p.write_text("old")
    b = iris_bundle()
    b.W[1][0, 0] = np.nan
    with pytest.raises(BackpropStudioError, match="layer 2 W has a non-finite value"):
        save_weights_json(p, b)
    assert p.read_text() == "old"
    b = iris_bundle()
    b.provenance["E"] = float("inf")
    with pytest.raises(BackpropStudioError, match="non-finite"):
        save_weights_json(p, b)
    assert p.read_text() == "old"


GOOD = {"format": "backprop-studio-weights", "version": 1,
        "architecture": {"sizes": [2, 2, 1], "activations": ["sigmoid", "sigmoid"], "loss": "sse"},
        "layers": [{"W": [[1, 2], [3, 4]], "b": [0, 0]}, {"W": [[1, 1]], "b": [0]}],
        "input_norm": None, "target_scaling": None, "class_names": None, "provenance": {}}


def variant(**changes):
    doc = json.loads(json.dumps(GOOD))
    for path, value in changes.items():
        keys = path.split("__")
        d = doc
        for k in keys[:-1]:
            d = d[int(k)] if k.isdigit() else d[k]
        last = keys[-1]
        if value is KeyError:
            del d[last]
        else:
            d[int(last) if last.isdigit() else last] = value
    return json.dumps(doc)


@pytest.mark.parametrize("text, message", [
    ("{", r"w.json, line 1, column 2: not valid JSON"),
    ('{"format": 1,\n "version": }', r"w.json, line 2, column 13: not valid JSON"),
    ("[1, 2]", r"not a weights file \(expected a JSON object\)"),
    (variant(format="backprop-studio-session"), r"format is 'backprop-studio-session'"),
    (variant(format=KeyError), r"format is None"),
    (variant(version=2), r"version 2 is newer than this app understands \(1\)"),
    (variant(version="1"), r"version must be an integer"),
    (variant(version=0), r"unknown weights file version 0"),
    (variant(architecture=KeyError), r"missing key 'architecture'"),
    (variant(layers__0__b=KeyError), r"missing key 'b'"),
    (variant(layers={"W": 1}), r"'layers' must be a list"),
    (variant(layers__0__W=[[1, 2, 3], [4, 5, 6]]), r"layer 1: W has shape \(2, 3\), architecture "
                                                   r"2-2-1 needs \(2, 2\)"),
    (variant(layers__1__b=[0, 0]), r"layer 2: b has shape \(2,\)"),
    (variant(architecture__activations=["sigmoid"]), r"2 weight layers need 2 activations"),
    (variant(architecture__activations=["sigmoid", "gelu"]), r"output activation must be one of"),
    (variant(architecture__sizes=[2, 3, 1]), r"layer 1: W has shape \(2, 2\), architecture 2-3-1"),
    (variant(layers__0__W=[[1, "x"], [3, 4]]), r"not a rectangular array of numbers"),
    (variant(layers__0__W=[[1, None], [3, 4]]), r"non-finite value \(nan\)"),
    (variant(input_norm={"kind": "none"}), r"input normalisation is malformed"),
    (variant(input_norm={"kind": "minmax", "shift": [0, 0], "scale": [1, 0]}), r"must not be 0"),
    (variant(class_names=["only"]), r"1 class names do not fit 1 outputs"),
    (json.dumps(GOOD).replace('"b": [0]}', '"b": [NaN]}'),
     r"non-finite number NaN is not allowed"),
    (json.dumps(GOOD).replace('"b": [0]}', '"b": [-Infinity]}'), r"-Infinity is not allowed"),
])
def test_malformed_files_refused(tmp_path, text, message):
    """Each malformed weights file is refused with a one-line message saying what does not fit."""
    p = tmp_path / "w.json"
    p.write_text(text)
    with pytest.raises(FileFormatError, match=message) as info:
        load_weights_json(p)
    assert "\n" not in str(info.value) and str(info.value).startswith("w.json")


def test_not_utf8_and_too_large_refused(tmp_path):
    """Binary junk is refused as not UTF-8; an oversized file is refused before it is read."""
    p = tmp_path / "w.json"
    p.write_bytes(b"\xff\xfe\x00junk")
    with pytest.raises(FileFormatError, match="not UTF-8"):
        load_weights_json(p)
    p.write_text(variant())
    with pytest.raises(FileTooLargeError, match="larger than the limit"):
        load_weights_json(p, max_bytes=10)


def test_examples_in_the_documentation_load():
    """Both weights examples in docs/file-formats.md are valid weights files."""
    import re
    from pathlib import Path

    from core.files.weights_json import bundle_from_dict

    doc = (Path(__file__).resolve().parents[3] / "docs" / "file-formats.md").read_text()
    blocks = [b for b in re.findall(r"```json\n(.*?)```", doc, flags=re.S)
              if "backprop-studio-weights" in b]
    assert len(blocks) == 2
    for block in blocks:
        b = bundle_from_dict(json.loads(block))
        assert b.sizes == (2, 2, 1)
