"""Fuzzing core/files/weights_json.py: any file given as weights JSON loads as valid weights or is
refused with a BackpropStudioError with a message; never another exception, never a hang."""

from __future__ import annotations

import json

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from core.data import make_dataset
from core.engine.network import Network
from core.files.weights import WeightsBundle
from core.files.weights_json import bundle_to_dict, load_weights_json
from tests.hardening.fuzzing import (
    FUZZ,
    HOSTILE_TOKENS,
    load_or_refuse,
    mutated_json,
)


def _doc(sizes, activations, loss, dataset=None):
    net = Network(sizes, activations, loss)
    net.params[:] = np.random.default_rng(0).uniform(-1, 1, net.n_params)
    return bundle_to_dict(WeightsBundle.from_network(net, dataset, epoch=3))


VALID = [
    _doc((2, 2, 1), ("sigmoid", "sigmoid"), "sse", make_dataset("xor")),
    _doc((4, 5, 3), ("tanh", "softmax"), "cross_entropy",
         make_dataset("iris", output_activation="softmax")),
    _doc((2, 3, 3, 1), ("relu", "relu", "linear"), "sse",
         make_dataset("plane", n=20, output_activation="linear")),
    _doc((3, 1), ("sigmoid",), "cross_entropy"),
]


def check_loaded(bundle) -> None:
    """A bundle that loaded is usable: its network runs on inputs of its size."""
    with np.errstate(all="ignore"):
        out = bundle.to_network().forward(np.zeros((2, bundle.sizes[0])))
    assert out.shape == (2, bundle.sizes[-1])


@FUZZ
@given(data=st.data(), base=st.sampled_from(VALID), n=st.integers(1, 3), garble=st.booleans())
def test_mutated_weights_json_loads_or_is_refused(tmp_path, data, base, n, garble):
    """Valid weights files with 1-3 values replaced, deleted or added (and maybe bytes garbled)."""
    raw = mutated_json(data, base, n, garble)
    path = tmp_path / "w.json"
    path.write_bytes(raw)
    bundle = load_or_refuse(load_weights_json, path)
    if bundle is not None:
        check_loaded(bundle)


@FUZZ
@given(raw=st.one_of(st.binary(max_size=3000), st.text(max_size=500).map(str.encode)))
def test_junk_as_weights_json_is_refused(tmp_path, raw):
    """Random bytes or text are refused (no random junk is a weights file)."""
    path = tmp_path / "w.json"
    path.write_bytes(raw)
    assert load_or_refuse(load_weights_json, path) is None


@FUZZ
@given(data=st.data(), base=st.sampled_from(VALID))
def test_truncated_weights_json_is_refused(tmp_path, data, base):
    """A valid file cut short anywhere (a save killed half-way by another program) is refused."""
    raw = json.dumps(base).encode()
    cut = data.draw(st.integers(0, len(raw) - 2))
    path = tmp_path / "w.json"
    path.write_bytes(raw[:cut])
    assert load_or_refuse(load_weights_json, path) is None


@FUZZ
@given(data=st.data(), base=st.sampled_from(VALID), token=HOSTILE_TOKENS)
def test_hostile_tokens_in_weights_json_are_refused(tmp_path, data, base, token):
    """A number token replaced by a 5000-digit integer, 1e400, NaN, deep nesting or bad UTF-8."""
    raw = json.dumps(base).encode()
    spots = [i for i in range(len(raw)) if raw[i:i + 1].isdigit()]
    at = data.draw(st.sampled_from(spots))
    end = at
    while end < len(raw) and raw[end:end + 1] in b"0123456789.eE+-":
        end += 1
    path = tmp_path / "w.json"
    path.write_bytes(raw[:at] + token + raw[end:])
    bundle = load_or_refuse(load_weights_json, path)
    if bundle is not None:  # a token at a harmless place, e.g. inside the provenance
        check_loaded(bundle)
