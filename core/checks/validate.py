"""The one validator: checks shared by every loader and writer (file size, finiteness, choices).

Each check raises a `BackpropStudioError` subclass with a one-line message naming what is wrong and,
where there is one, the file. Loaders call `check_file_size` before they read a single byte.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from core.checks import limits
from core.checks.errors import DataError, FileFormatError, FileTooLargeError, where


def check_file_size(path: str | os.PathLike, max_bytes: int) -> int:
    """Return the size in bytes of the file at `path`; refuse a missing one or one over max_bytes.

    Only `stat` is used, so a huge file is refused without being opened.
    """
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise FileFormatError(f"{p}: file not found") from None
    except OSError as exc:
        raise FileFormatError(f"{p}: cannot open ({exc.strerror})") from None
    if not p.is_file():
        raise FileFormatError(f"{p}: is not a file")
    if st.st_size > max_bytes:
        raise FileTooLargeError(
            f"{where(p)}file is {_human(st.st_size)}, larger than the limit of {_human(max_bytes)}"
        )
    return st.st_size


def read_limited_bytes(path: str | os.PathLike, max_bytes: int) -> bytes:
    """Read a whole file after checking its size; refuse it if it grew past `max_bytes` since."""
    check_file_size(path, max_bytes)
    with open(path, "rb") as f:
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FileTooLargeError(
            f"{where(path)}file is larger than the limit of {_human(max_bytes)}")
    return data


def check_json_cost(raw: bytes, path: str | os.PathLike | None = None) -> int:
    """Refuse JSON text whose parsed form would need more memory than JSON_MEMORY_FACTOR times its
    size plus JSON_MEMORY_SLACK; return the estimate in bytes.

    Only `bytes.count` is used (no allocation), so a file of millions of empty objects is refused
    having cost its own size once. Brackets and commas inside strings count too: an overestimate.
    """
    lists, objects, items = raw.count(b"["), raw.count(b"{"), raw.count(b",")
    estimate = (lists * limits.JSON_BYTES_PER_LIST + objects * limits.JSON_BYTES_PER_OBJECT
                + items * limits.JSON_BYTES_PER_ITEM)
    budget = limits.JSON_MEMORY_FACTOR * len(raw) + limits.JSON_MEMORY_SLACK
    if estimate > budget:
        raise FileTooLargeError(
            f"{where(path)}holds {lists + objects:,} lists and objects and {items:,} items, which "
            f"would need about {_human(estimate)} of memory to read, more than the limit of "
            f"{_human(budget)} for a file of its size")
    return estimate


def check_json_depth(doc, path: str | os.PathLike | None = None,
                     max_depth: int = limits.MAX_JSON_DEPTH) -> None:
    """Refuse a parsed JSON document whose lists and objects nest deeper than `max_depth`
    (code that walks it recursively, even `repr`, would raise RecursionError)."""
    leaves = {int, float, str, bool, type(None)}
    stack = [iter((doc,))]  # one iterator per open container: memory grows with depth, not size
    while stack:
        for node in stack[-1]:
            if not isinstance(node, (list, dict)):
                continue
            if len(stack) > max_depth:
                raise FileFormatError(f"{where(path)}lists or objects are nested more than "
                                      f"{max_depth} deep")
            children = node.values() if isinstance(node, dict) else node
            if set(map(type, children)) <= leaves:  # a row of numbers: one pass in C, no descent
                continue
            stack.append(iter(children))
            break
        else:
            stack.pop()


def require_finite(array, what: str, path: str | os.PathLike | None = None) -> np.ndarray:
    """Return `array` as float64; refuse NaN or infinity, naming the first bad position."""
    a = np.asarray(array, dtype=np.float64)
    bad = ~np.isfinite(a)
    if bad.any():
        idx = tuple(int(i) for i in np.argwhere(bad)[0])
        pos = f" at index {idx if len(idx) != 1 else idx[0]}" if a.ndim else ""
        raise DataError(f"{where(path)}{what} has a non-finite value ({a[bad].flat[0]}){pos}")
    return a


def require_choice(value, choices: Iterable, what: str):
    """Return `value` if it is one of `choices`, else refuse it listing the allowed values."""
    choices = tuple(choices)
    if value not in choices:
        allowed = ", ".join(repr(c) for c in choices)
        raise DataError(f"{what} must be one of {allowed}, not {value!r}")
    return value


def _human(n: int) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)  # pragma: no cover
