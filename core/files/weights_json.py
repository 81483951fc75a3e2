"""Weights as JSON, the primary, human-readable format (layout in docs/file-formats.md).

Floats are written with Python's shortest round-trip repr, so save -> load gives the same float64
bits. NaN and infinity are refused both ways (the writer uses allow_nan=False; the reader rejects
the non-standard NaN/Infinity tokens).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from core.checks.errors import DataError, FileFormatError, where
from core.checks.validate import check_json_cost, check_json_depth, read_limited_bytes
from core.data.dataset import InputNorm, TargetScaling
from core.files.atomic_write import atomic_write_text
from core.files.weights import FORMAT, MAX_WEIGHTS_BYTES, VERSION, WeightsBundle, check_bundle

MAX_INT_DIGITS = 300  # float64 reaches 1.8e308


def bundle_to_dict(bundle: WeightsBundle) -> dict:
    """The JSON document for `bundle` (plain lists and numbers), after validating it."""
    check_bundle(bundle)
    return {
        "format": FORMAT,
        "version": VERSION,
        "architecture": {"sizes": list(bundle.sizes), "activations": list(bundle.activations),
                         "loss": bundle.loss},
        "layers": [{"W": w.tolist(), "b": b.tolist()} for w, b in zip(bundle.W, bundle.b,
                                                                      strict=True)],
        "input_norm": bundle.input_norm.to_dict() if bundle.input_norm is not None else None,
        "target_scaling": (bundle.target_scaling.to_dict()
                           if bundle.target_scaling is not None else None),
        "class_names": list(bundle.class_names) if bundle.class_names is not None else None,
        "feature_names": list(bundle.feature_names) if bundle.feature_names is not None else None,
        "provenance": dict(bundle.provenance),
    }


def save_weights_json(path: str | os.PathLike, bundle: WeightsBundle, *,
                      replace_read_only: bool = False) -> Path:
    """Write `bundle` to `path` as indented JSON through the atomic writer."""
    doc = bundle_to_dict(bundle)
    try:
        text = dumps_readable(doc)
    except ValueError as exc:  # a non-finite number in the provenance
        raise DataError(f"{where(path)}cannot save a non-finite number ({exc})") from None
    return atomic_write_text(path, text + "\n", replace_read_only=replace_read_only)


def dumps_readable(obj, level: int = 0) -> str:
    """JSON with objects indented and each list of numbers (a matrix row) on one line."""
    pad, inner = " " * level, " " * (level + 1)
    if isinstance(obj, dict) and obj:
        items = [f"{inner}{json.dumps(k, allow_nan=False)}: {dumps_readable(v, level + 1)}" for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(obj, list) and obj and all(isinstance(x, (list, dict)) for x in obj):
        items = [inner + dumps_readable(x, level + 1) for x in obj]
        return "[\n" + ",\n".join(items) + f"\n{pad}]"
    return json.dumps(obj, allow_nan=False, ensure_ascii=False)


def load_weights_json(path: str | os.PathLike, max_bytes: int = MAX_WEIGHTS_BYTES) -> WeightsBundle:
    """Read a weights JSON file; refuse wrong format, version, shapes or non-finite values."""
    raw = read_limited_bytes(path, max_bytes)
    doc = parse_json(raw, path)
    return bundle_from_dict(doc, path)


def parse_json(raw: bytes, path) -> object:
    """Strict JSON: UTF-8 (BOM allowed), no NaN/Infinity, nested at most MAX_JSON_DEPTH deep, and
    refused before parsing if it would need too much memory; errors name the line and column."""
    def refuse_constant(token):
        raise FileFormatError(f"{where(path)}non-finite number {token} is not allowed")

    def bounded_int(token: str) -> int:
        # A longer integer overflows float64 (or Python's int-from-text limit) further on.
        if len(token) > MAX_INT_DIGITS:
            raise FileFormatError(f"{where(path)}an integer of {len(token)} digits is too large")
        return int(token)

    check_json_cost(raw, path)  # before the parser allocates a Python object per value
    try:
        doc = json.loads(raw.decode("utf-8-sig"), parse_constant=refuse_constant,
                         parse_int=bounded_int)
    except UnicodeDecodeError:
        raise FileFormatError(f"{where(path)}not UTF-8 text") from None
    except RecursionError:
        raise FileFormatError(f"{where(path)}lists or objects are nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise FileFormatError(f"{where(path, exc.lineno, exc.colno)}not valid JSON "
                              f"({exc.msg})") from None
    if isinstance(doc, (list, dict)):
        check_json_depth(doc, path)
    return doc


def bundle_from_dict(doc, path=None) -> WeightsBundle:
    """Validate a parsed weights document and build the bundle."""
    at = where(path)
    if not isinstance(doc, dict):
        raise FileFormatError(f"{at}not a weights file (expected a JSON object)")
    if doc.get("format") != FORMAT:
        raise FileFormatError(f"{at}not a weights file: format is {doc.get('format')!r}, "
                              f"expected {FORMAT!r}")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise FileFormatError(f"{at}version must be an integer, not {version!r}")
    if version > VERSION:
        raise FileFormatError(f"{at}weights file version {version} is newer than this app "
                              f"understands ({VERSION}); please update Backprop Studio")
    if version < 1:
        raise FileFormatError(f"{at}unknown weights file version {version}")
    try:
        arch = doc["architecture"]
        layers = doc["layers"]
        if not isinstance(layers, list) or not all(isinstance(x, dict) for x in layers):
            raise FileFormatError(f"{at}'layers' must be a list of {{\"W\", \"b\"}} objects")
        norm = doc.get("input_norm")
        scaling = doc.get("target_scaling")
        bundle = WeightsBundle(
            tuple(arch["sizes"]), tuple(arch["activations"]), arch["loss"],
            [layer["W"] for layer in layers], [layer["b"] for layer in layers],
            InputNorm.from_dict(norm) if norm is not None else None,
            TargetScaling.from_dict(scaling),
            doc.get("class_names"), doc.get("feature_names"), doc.get("provenance") or {})
    except KeyError as exc:
        raise FileFormatError(f"{at}missing key {exc}") from None
    except TypeError as exc:
        raise FileFormatError(f"{at}malformed weights file ({exc})") from None
    except DataError as exc:
        raise FileFormatError(f"{at}{exc}") from None
    return check_bundle(bundle, path)
