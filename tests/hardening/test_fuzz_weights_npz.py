"""Fuzzing core/files/weights_npz.py: any file given as weights .npz loads as valid weights or is refused
with a BackpropStudioError with a message: wrong dtypes (pickled objects included), wrong shapes,
missing arrays, array headers that claim terabytes, garbled or truncated zips, random bytes."""

from __future__ import annotations

import io
import zipfile

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from core.files.weights_npz import load_weights_npz
from tests.hardening.fuzzing import FUZZ, SPECIAL_FLOATS, load_or_refuse, mutate_bytes
from tests.hardening.test_fuzz_weights_json import VALID, check_loaded


def _arrays(doc) -> dict[str, np.ndarray]:
    """The arrays core/files/weights_npz.py writes for a weights document."""
    arch = doc["architecture"]
    arrays = {"format": np.array(doc["format"]), "version": np.array(doc["version"]),
              "sizes": np.array(arch["sizes"]), "activations": np.array(arch["activations"]),
              "loss": np.array(arch["loss"]), "provenance": np.array("{}")}
    for l, layer in enumerate(doc["layers"]):
        arrays[f"W{l}"], arrays[f"b{l}"] = np.array(layer["W"]), np.array(layer["b"])
    if doc["input_norm"]:
        arrays["input_norm_kind"] = np.array(doc["input_norm"]["kind"])
        arrays["input_norm_shift"] = np.array(doc["input_norm"]["shift"])
        arrays["input_norm_scale"] = np.array(doc["input_norm"]["scale"])
    if doc["class_names"]:
        arrays["class_names"] = np.array(doc["class_names"])
    return arrays


VALID_ARRAYS = [_arrays(doc) for doc in VALID]
SHAPES = st.sampled_from([(), (0,), (1,), (2,), (3, 2), (2, 2), (1, 2, 3), (5,), (2, 0)])
HOSTILE_ARRAYS = st.one_of(
    st.builds(lambda dt, shape: np.zeros(shape, dtype=dt),
              st.sampled_from(["f8", "f4", "f2", "i8", "u1", "?", "c16", "U5", "S5", "M8[s]",
                               "m8[s]", "V8", [("a", "f8"), ("b", "i4")]]), SHAPES),
    st.builds(lambda v, shape: np.full(shape, v), SPECIAL_FLOATS, SHAPES),
    st.sampled_from([np.array([{}, None], dtype=object), np.array("x", dtype=object),
                     np.array(2**62), np.array([2**62, 2**62]), np.array([-1, 2]),
                     np.array(["sigmoid"] * 3), np.array("backprop-studio-weights"),
                     np.array("not json {"), np.array('{"a": NaN}'), np.array(99)]),
)


def npz_bytes(arrays: dict, compressed: bool) -> bytes:
    buf = io.BytesIO()
    (np.savez_compressed if compressed else np.savez)(buf, **arrays)  # pickles object arrays
    return buf.getvalue()


def lying_header(arrays: dict, key: str, shape: tuple) -> bytes:
    """An .npz whose member `key` claims `shape` in its header but holds only a few bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for k, a in arrays.items():
            member = io.BytesIO()
            if k == key:
                header = np.lib.format.header_data_from_array_1_0(np.zeros(1))
                header["shape"] = shape
                np.lib.format.write_array_header_1_0(member, header)
                member.write(np.zeros(4).tobytes())
            else:
                np.save(member, a)
            z.writestr(k + ".npy", member.getvalue())
    return buf.getvalue()


@FUZZ
@given(data=st.data(), base=st.sampled_from(VALID_ARRAYS), compressed=st.booleans(),
       garble=st.booleans())
def test_mutated_weights_npz_loads_or_is_refused(tmp_path, data, base, compressed, garble):
    """Valid .npz weights with arrays replaced by hostile ones or removed, maybe bytes garbled."""
    arrays = dict(base)
    for _ in range(data.draw(st.integers(1, 3))):
        key = data.draw(st.sampled_from(sorted(arrays)))
        if data.draw(st.booleans()) and len(arrays) > 1:
            del arrays[key]
        else:
            arrays[key] = data.draw(HOSTILE_ARRAYS)
    raw = npz_bytes(arrays, compressed)
    if garble:
        raw = mutate_bytes(data, raw)
    path = tmp_path / "w.npz"
    path.write_bytes(raw)
    bundle = load_or_refuse(load_weights_npz, path)
    if bundle is not None:
        check_loaded(bundle)


@FUZZ
@given(base=st.sampled_from(VALID_ARRAYS), key=st.sampled_from(["W0", "b0", "sizes", "format"]),
       shape=st.sampled_from([(10**6, 10**6), (2**40,), (10**9, 10**3), (2**62, 4), (4, 2)]))
def test_npz_array_headers_that_claim_huge_shapes_are_refused(tmp_path, base, key, shape):
    """An array header claiming terabytes is refused before anything that size is allocated."""
    path = tmp_path / "w.npz"
    path.write_bytes(lying_header(base, key, shape))
    assert load_or_refuse(load_weights_npz, path) is None


@FUZZ
@given(raw=st.one_of(st.binary(max_size=3000), st.binary(max_size=500).map(lambda b: b"PK\x03\x04" + b)))
def test_junk_as_weights_npz_is_refused(tmp_path, raw):
    """Random bytes, with or without a zip signature, are refused."""
    path = tmp_path / "w.npz"
    path.write_bytes(raw)
    assert load_or_refuse(load_weights_npz, path) is None


def test_garbled_compressed_npz_is_refused(tmp_path):
    """One flipped byte anywhere in a compressed .npz (the long run found zlib.error escaping);
    also the compression method set to each one zipfile knows or not."""
    raw = npz_bytes(VALID_ARRAYS[1], compressed=True)
    path = tmp_path / "w.npz"
    for pos in range(0, len(raw), max(1, len(raw) // 300)):
        path.write_bytes(raw[:pos] + bytes([raw[pos] ^ 0x5A]) + raw[pos + 1:])
        bundle = load_or_refuse(load_weights_npz, path)
        if bundle is not None:
            check_loaded(bundle)
    for method in (0, 8, 12, 14, 99):  # stored, deflate, bzip2, lzma, unknown
        garbled = bytearray(raw)
        for at in range(len(raw) - 4):
            if raw[at:at + 4] in (b"PK\x03\x04", b"PK\x01\x02"):
                offset = 8 if raw[at:at + 4] == b"PK\x03\x04" else 10
                garbled[at + offset:at + offset + 2] = method.to_bytes(2, "little")
        path.write_bytes(bytes(garbled))
        bundle = load_or_refuse(load_weights_npz, path)
        if bundle is not None:
            check_loaded(bundle)
