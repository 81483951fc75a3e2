"""Weights as NumPy .npz (an uncompressed zip of .npy arrays), loaded with allow_pickle=False.

Keys (docs/file-formats.md): format, version, sizes, activations, loss, W0..W{L-1}, b0..b{L-1},
optional input_norm_kind/input_norm_shift/input_norm_scale, target_shift/target_scale,
class_names, feature_names, and provenance (a JSON string). Strings are stored as numpy unicode
arrays, which need no pickle.
"""

from __future__ import annotations

import io
import json
import lzma
import math
import os
import zipfile
import zlib
from pathlib import Path

import numpy as np

from core.checks.errors import FileFormatError, FileTooLargeError, where
from core.checks.limits import MAX_NPZ_MEMBERS, MAX_ZIP_DIRECTORY_BYTES
from core.checks.validate import check_file_size
from core.files.atomic_write import atomic_write_bytes
from core.files.weights import FORMAT, MAX_WEIGHTS_BYTES, VERSION, WeightsBundle
from core.files.weights_json import bundle_from_dict, bundle_to_dict, parse_json


def save_weights_npz(path: str | os.PathLike, bundle: WeightsBundle, *,
                     replace_read_only: bool = False) -> Path:
    """Write `bundle` as .npz through the atomic writer."""
    doc = bundle_to_dict(bundle)
    arrays = {"format": np.array(FORMAT), "version": np.array(VERSION, dtype=np.int64),
              "sizes": np.array(bundle.sizes, dtype=np.int64),
              "activations": np.array(bundle.activations, dtype=str), "loss": np.array(bundle.loss)}
    for l, (w, b) in enumerate(zip(bundle.W, bundle.b, strict=True)):
        arrays[f"W{l}"], arrays[f"b{l}"] = w, b
    if bundle.input_norm is not None:
        arrays["input_norm_kind"] = np.array(bundle.input_norm.kind)
        arrays["input_norm_shift"] = bundle.input_norm.shift
        arrays["input_norm_scale"] = bundle.input_norm.scale
    if bundle.target_scaling is not None:
        arrays["target_shift"] = bundle.target_scaling.shift
        arrays["target_scale"] = bundle.target_scaling.scale
    for key in ("class_names", "feature_names"):
        if doc[key] is not None:
            arrays[key] = np.array(doc[key], dtype=str)
    arrays["provenance"] = np.array(json.dumps(doc["provenance"], allow_nan=False))
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return atomic_write_bytes(path, buf.getvalue(), replace_read_only=replace_read_only)


_DAMAGED_ZIP = (zlib.error, EOFError, NotImplementedError, RuntimeError, lzma.LZMAError)


def load_weights_npz(path: str | os.PathLike, max_bytes: int = MAX_WEIGHTS_BYTES) -> WeightsBundle:
    """Read an .npz weights file; refuse pickled objects, missing keys, bad shapes or values."""
    check_file_size(path, max_bytes)
    at = where(path)
    try:
        _check_zip_directory(path, at, max_bytes)
        with zipfile.ZipFile(path) as z:  # refuse a zip that would inflate past the limit
            if sum(info.file_size for info in z.infolist()) > max_bytes:
                raise FileTooLargeError(f"{at}unpacks to more than the size limit")
            for info in z.infolist():
                _check_member_header(z, info, at)
        with np.load(path, allow_pickle=False) as npz:
            data = {key: npz[key] for key in npz.files}
    except zipfile.BadZipFile:
        raise FileFormatError(f"{at}not an .npz file (not a zip archive)") from None
    except _DAMAGED_ZIP as exc:  # garbled compressed data, an unknown method, a password
        raise FileFormatError(f"{at}damaged or unsupported zip archive ({exc})") from None
    except ValueError as exc:
        if "pickle" in str(exc):
            raise FileFormatError(f"{at}holds Python objects (pickle), which are refused") from None
        raise FileFormatError(f"{at}unreadable array ({exc})") from None
    except OSError as exc:
        raise FileFormatError(f"{at}unreadable ({exc})") from None
    return bundle_from_dict(_to_doc(data, at), path)


def _check_zip_directory(path, at: str, max_bytes: int) -> None:
    """Refuse a file over `max_bytes`, or a zip whose table of contents lists more members than a
    weights file has, reading only its end record: zipfile would otherwise build an object per
    member (a million tiny members: 1.5 GB and over a minute) before the first check."""
    check_file_size(path, max_bytes)  # again, beside the read it guards (a stat; the scan wants it)
    with open(path, "rb") as f:
        end = zipfile._EndRecData(f)  # the stdlib's own end-of-directory reader (zip64 too)
    if end is None:
        raise zipfile.BadZipFile("no end of central directory")
    members, directory = end[zipfile._ECD_ENTRIES_TOTAL], end[zipfile._ECD_SIZE]
    if members > MAX_NPZ_MEMBERS or directory > MAX_ZIP_DIRECTORY_BYTES:
        raise FileTooLargeError(f"{at}holds {members:,} arrays in a {directory:,}-byte table of "
                                f"contents; a weights file has at most {MAX_NPZ_MEMBERS}")


def _check_member_header(z: zipfile.ZipFile, info: zipfile.ZipInfo, at: str) -> None:
    """Refuse a member whose .npy header claims more bytes than the member holds, or objects.

    np.load allocates the whole array its header describes before reading the data, so a small
    file could otherwise ask for terabytes; the member sizes are already bounded by max_bytes.
    """
    with z.open(info) as f:
        version = np.lib.format.read_magic(f)
        if version == (1, 0):
            shape, _, dtype = np.lib.format.read_array_header_1_0(f)
        elif version == (2, 0):
            shape, _, dtype = np.lib.format.read_array_header_2_0(f)
        else:
            raise FileFormatError(f"{at}{info.filename}: unsupported .npy version {version}")
    if dtype.hasobject:
        raise FileFormatError(f"{at}holds Python objects (pickle), which are refused")
    if math.prod(shape) * dtype.itemsize > info.file_size:
        raise FileFormatError(f"{at}{info.filename}: the array claims shape {shape}, more data "
                              f"than the file holds")


def _to_doc(data: dict, at: str) -> dict:
    """The .npz arrays as the same document the JSON reader checks, so both share one validator."""
    def text(key):
        a = data[key]
        if a.dtype.kind != "U" or a.ndim != 0:
            raise FileFormatError(f"{at}{key!r} must be a text scalar")
        return str(a)

    def texts(key):
        a = data[key]
        if a.dtype.kind != "U" or a.ndim != 1:
            raise FileFormatError(f"{at}{key!r} must be a list of text")
        return [str(s) for s in a]

    try:
        if text("format") != FORMAT:
            raise FileFormatError(f"{at}not a weights file: format is {text('format')!r}")
        version = data["version"]
        if version.ndim != 0 or version.dtype.kind not in "iu":
            raise FileFormatError(f"{at}'version' must be an integer scalar")
        sizes = data["sizes"]
        if sizes.ndim != 1 or sizes.dtype.kind not in "iu":
            raise FileFormatError(f"{at}'sizes' must be a list of integers")
        L = sizes.size - 1
        doc = {"format": FORMAT, "version": int(version),
               "architecture": {"sizes": sizes.tolist(), "activations": texts("activations"),
                                "loss": text("loss")},
               "layers": [{"W": data[f"W{l}"], "b": data[f"b{l}"]} for l in range(max(L, 0))],
               "input_norm": None, "target_scaling": None,
               "class_names": texts("class_names") if "class_names" in data else None,
               "feature_names": texts("feature_names") if "feature_names" in data else None,
               "provenance": _provenance(text("provenance"), at) if "provenance" in data else {}}
        if "input_norm_kind" in data:
            doc["input_norm"] = {"kind": text("input_norm_kind"),
                                 "shift": data["input_norm_shift"], "scale": data["input_norm_scale"]}
        if "target_shift" in data:
            doc["target_scaling"] = {"shift": data["target_shift"], "scale": data["target_scale"]}
    except KeyError as exc:
        raise FileFormatError(f"{at}missing array {exc}") from None
    for layer in doc["layers"]:
        for key in ("W", "b"):
            if layer[key].dtype.kind not in "fiu":
                raise FileFormatError(f"{at}weights must be numbers, not {layer[key].dtype}")
    return doc


def _provenance(text: str, at: str):
    """The provenance JSON, through the same checks as a JSON file (depth, size, strictness)."""
    try:
        return parse_json(text.encode("utf-8"), None)
    except FileFormatError as exc:
        if "not valid JSON" in str(exc):
            raise FileFormatError(f"{at}'provenance' is not valid JSON ({exc})") from None
        raise FileFormatError(f"{at}'provenance': {exc}") from None
