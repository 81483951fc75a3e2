"""What a file given to the app is — a session, weights or CSV data — decided before it is read in
full, so that `backprop-studio FILE` (and anything else that opens "a file") picks the right reader.

The name's extension decides for .npz (weights) and .csv/.tsv/.txt (data); a .json (or .session)
file that is a zip is a session container (core/files/session_container.py); another .json file is
a session or weights by its "format" field, which both writers put first (core/files/session.py,
core/files/weights_json.py), so only the start of a large session is read here.
"""

from __future__ import annotations

import enum
import json
import os
import re
from pathlib import Path

from core.checks.errors import BackpropStudioError, FileFormatError, where
from core.checks.limits import MAX_FILE_BYTES
from core.checks.validate import check_file_size, open_limited
from core.files import session, weights
from core.files.session_container import is_container
from core.i18n import QT_TRANSLATE_NOOP, translate

DATA_SUFFIXES = (".csv", ".tsv", ".txt")
HEAD_BYTES = 64 * 1024
_FORMAT_FIELD = re.compile(rb'"format"\s*:\s*"([^"\\]{0,80})"')
OPENS = QT_TRANSLATE_NOOP("Kind", "Backprop Studio opens sessions (.json), weights (.json, .npz) and data (.csv, "
                                  ".tsv, .txt)")


class FileKind(enum.Enum):
    SESSION = "session"
    WEIGHTS = "weights"
    DATA = "data"


def kind_of(path: str | os.PathLike) -> FileKind:
    """The kind of the file at `path`; FileFormatError (one plain sentence naming the file) when it
    does not exist, cannot be read or is none of the three kinds."""
    p = Path(path)
    at = where(p)
    if not p.exists():
        raise FileFormatError(at + translate("Kind", "there is no such file ({path})").format(path=p))
    if p.is_dir():
        raise FileFormatError(at + translate("Kind", "this is a folder, not a file"))
    suffix = p.suffix.lower()
    if suffix in (".json", ".session") and is_container(p):  # a session holding big data
        return FileKind.SESSION
    if suffix in DATA_SUFFIXES:
        refuse_weights_table(p)
        return FileKind.DATA
    if suffix == ".npz":
        return FileKind.WEIGHTS
    if suffix != ".json":
        raise FileFormatError(at + translate(
            "Kind", "{opens}; this file's name ends in {value}").format(
            opens=translate("Kind", OPENS), value=suffix or translate("Kind", "nothing")))
    found = _json_format(p)
    if found == session.FORMAT:
        return FileKind.SESSION
    if found == weights.FORMAT:
        return FileKind.WEIGHTS
    raise FileFormatError(at + translate(
        "Kind", 'not a Backprop Studio session or weights file (its "format" is {found!r}, expected '
        '{format!r} or {format2!r})').format(found=found, format=session.FORMAT, format2=weights.FORMAT))


def refuse_weights_table(path: str | os.PathLike) -> None:
    """Refuse as data a CSV that is a table of weights this app exported for other programs (its
    first line is the header core/files/weights_csv_writer.py writes): read as data it would train
    a network on the weights themselves. Reads only the first line; a file that cannot be read is
    left for the CSV reader to report."""
    from core.files.weights_csv_writer import HEADER

    try:  # only the first line is read; a file too big or unreadable is the CSV reader's to report
        with open_limited(path, MAX_FILE_BYTES) as f:
            first = f.read(len(HEADER) + 8).lstrip(b"\xef\xbb\xbf").splitlines()[:1]
    except (OSError, BackpropStudioError):
        return
    if first and first[0].decode("utf-8", "replace").strip() == HEADER:
        raise FileFormatError(where(path) + translate(
            "Kind", "this is a table of weights ({header}) exported for other programs, not training "
            "data; Backprop Studio opens weights from .json or .npz files").format(header=HEADER))


def _json_format(p: Path) -> str | None:
    """The "format" field of a JSON file: found in its first HEAD_BYTES (where both writers put
    it), else by parsing the whole file when it is no bigger than that."""
    check_file_size(p, MAX_FILE_BYTES)  # as the session and weights readers: too big is refused first
    try:
        with open(p, "rb") as f:
            head = f.read(HEAD_BYTES + 1)
    except OSError as exc:
        raise FileFormatError(where(p) + translate(
            "Kind", "cannot be read ({value})").format(
            value=exc.strerror or exc)) from None
    match = _FORMAT_FIELD.search(head[:HEAD_BYTES])
    if match:
        return match.group(1).decode("utf-8", "replace")
    if len(head) > HEAD_BYTES:
        return None
    try:
        doc = json.loads(head.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise FileFormatError(where(p) + translate(
            "Kind", "not valid JSON, so not a session or weights file")) from None
    return doc.get("format") if isinstance(doc, dict) and isinstance(doc.get("format"), str) else None
