"""The fast path of the CSV importer: the file streamed in blocks, each parsed by numpy's C parser.

Why numpy.loadtxt: since numpy 1.23 it is a C tokenizer and float parser (the same correctly
rounded conversion as Python's float), it reads from any iterable of text, refuses ragged rows,
and it is already a dependency; a block of a few MB parses at the speed of loading the whole file
with it. Anything it cannot take as it is (quotes, blank lines, a bad or huge cell, a missing label)
sends that block alone to the careful path (core/data/csv_careful.py), which reads it cell by cell
and names the line and column of the first problem; so both paths give the same arrays and the same
refusals, and memory stays at the final array plus one block.

Two passes over the file: `scan` reads it once for cheap facts (size, SHA-256, UTF-8 validity,
NUL bytes, the number of line ends) so that limits are checked before the allocation they guard;
`parse` then fills a preallocated array block by block. Both report progress in bytes and stop
when the progress callback raises core.checks.errors.Cancelled.
"""

from __future__ import annotations

import codecs
import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from core.checks.errors import FileFormatError, where
from core.checks.validate import open_limited
from core.data.csv_careful import MAX_MAGNITUDE, MISSING, Layout, Targets, parse_block, split_text
from core.engine import aligned
from core.i18n import translate

# 256 KiB: numpy's parser holds the GIL for a block (~5 ms), so the window's thread waits no
# longer than that while a file is read on a worker thread
BLOCK = 256 * 1024
BOM = b"\xef\xbb\xbf"

Progress = Callable[[int, int], None]


@dataclass
class Scan:
    """Cheap facts about a CSV file, from one streaming read."""

    size: int
    sha256: str
    line_ends: int  # an upper bound on the number of lines minus one
    head: str  # the first lines as text (BOM removed), for sniffing and the header


def scan(path, size: int, progress: Progress | None, head_bytes: int = 256 * 1024) -> Scan:
    """Read the file once: SHA-256, UTF-8 check (line of the first bad byte), NUL bytes, line ends."""
    digest, decoder = hashlib.sha256(), codecs.getincrementaldecoder("utf-8")()
    head, newlines, line_ends, done, nul = b"", 0, 0, 0, False
    with open_limited(path, size) as f:
        while block := f.read(BLOCK):
            digest.update(block)
            if len(head) == done and (len(head) < head_bytes or not _has_line_end(head)):
                head += block  # at least head_bytes, and the whole first line: its width counts
            try:
                decoder.decode(block[3:] if done == 0 and block.startswith(BOM) else block)
            except UnicodeDecodeError as exc:
                start = exc.start + (3 if done == 0 and block.startswith(BOM) else 0)
                line = newlines + block[:start].count(b"\n") + 1
                raise FileFormatError(where(path, line) + translate(
                    "CsvFast", "not UTF-8 text (byte {number})").format(
                    number=done + start)
                                      ) from None
            nul = nul or b"\x00" in block
            n_lf = block.count(b"\n")
            newlines += n_lf
            line_ends += n_lf
            if b"\r" in block:
                line_ends += block.count(b"\r") - block.count(b"\r\n")
            done += len(block)
            if progress:
                progress(done, 2 * size)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise FileFormatError(where(path, newlines + 1) + translate(
            "CsvFast", "not UTF-8 text (byte {number})").format(
            number=done - 1)
                              ) from None
    if nul:
        raise FileFormatError(where(path) + translate("CsvFast", "holds NUL bytes; is it a binary file?"))
    whole = len(head) == done
    first_end = min((i for i in (head.find(b"\n"), head.find(b"\r")) if i >= 0), default=0)
    head = head[:max(head_bytes, first_end + 1)]
    whole = whole and len(head) == done
    head = head[3:] if head.startswith(BOM) else head
    cut = _last_line_end(head, whole)
    # a first line longer than head_bytes: its start is enough to refuse it as too wide
    text = head[:cut + 1] if cut >= 0 else head
    return Scan(done, digest.hexdigest(), line_ends, text.decode("utf-8", errors="ignore"))


def parse(layout: Layout, data_line: int, rows_upper: int, scan_: Scan, targets: Targets,
          progress: Progress | None, fast: bool = True):
    """Parse every line after line `data_line` -> (X (n, d), codes (n, t), line numbers (n,)).

    rows_upper bounds n (from the scan); the arrays are allocated once at that size. fast=False
    sends every block to the careful path (for the parity tests).
    """
    d, t = len(layout.input_cols), len(layout.target_cols)
    X = aligned.empty((rows_upper, d))  # on a cache line, as training wants it: core/engine/aligned.py
    codes = np.empty((rows_upper, t), dtype=np.int64)
    lines = np.empty(rows_upper, dtype=np.int64)
    n, line, done, carry = 0, 1, 0, b""
    with open_limited(layout.path, scan_.size) as f:
        while True:
            block = f.read(BLOCK)
            done += len(block)
            buf = carry + block
            if done == len(block) and buf.startswith(BOM):
                buf = buf[3:]
            cut = len(buf) - 1 if not block else _last_line_end(buf, False)
            if cut < 0 and block:
                carry = buf
                continue
            text, carry = buf[:cut + 1].decode("utf-8"), buf[cut + 1:]
            if "\r" in text:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            n_lines = text.count("\n") + (not text.endswith("\n"))
            skip = max(0, min(n_lines, data_line - line + 1))
            body = text[_after_lines(text, skip):]
            if body.strip():
                bX, bcodes, blines = _block(layout, body, n_lines - skip, line + skip, targets,
                                            fast)
                k = len(bX)
                if n + k > rows_upper:  # cannot happen: the scan counted every line end
                    raise FileFormatError(where(layout.path) + translate("CsvFast", "changed while it was read"))
                X[n:n + k], codes[n:n + k], lines[n:n + k] = bX, bcodes, blines
                n += k
            line += n_lines
            if progress:
                progress(scan_.size + done, 2 * scan_.size)
            if not block:
                break
    return X[:n], codes[:n], lines[:n]


def _after_lines(text: str, k: int) -> int:
    """Index just after the k-th '\n' of text (0 for k = 0)."""
    pos = 0
    for _ in range(k):
        pos = text.find("\n", pos) + 1 or len(text)
    return pos


def _block(layout: Layout, body: str, n_lines: int, first_line: int, targets: Targets,
           fast: bool):
    """One block of text ('\n' line ends) holding n_lines lines, numbered from first_line."""
    if fast:
        parsed = _loadtxt(layout, body, n_lines, targets)
        if parsed is not None:
            return (*parsed, np.arange(first_line, first_line + n_lines, dtype=np.int64))
    physical = split_text(body)
    if body.endswith("\n"):
        physical.pop()
    return parse_block(layout, list(enumerate(physical, first_line)), targets)


def _loadtxt(layout: Layout, text: str, n_lines: int, targets: Targets):
    """numpy's parser on a block, or None when the block needs the careful path.

    A blank line is skipped by numpy and so changes the row count: that block goes careful too."""
    comma = layout.delimiter == ";"
    if '"' in text or (comma and "," in text and "." in text):
        return None
    if comma:
        text = text.replace(",", ".")
    converters = {j: targets.converter(t, False) for t, j in enumerate(layout.target_cols)}
    seen = [len(u) for u in targets.uniques]
    try:
        table = np.loadtxt(io.StringIO(text), delimiter=layout.delimiter, comments=None,
                           quotechar=None, dtype=np.float64, ndmin=2, converters=converters)
    except ValueError:
        return None
    if table.shape != (n_lines, layout.width):
        return None
    X = table[:, _as_slice(layout.input_cols)]
    # max and min are NaN if any value is: the comparisons are then False
    if not (X.max(initial=-np.inf) <= MAX_MAGNITUDE and X.min(initial=np.inf) >= -MAX_MAGNITUDE):
        return None
    for t, before in enumerate(seen):
        if any(u.lower() in MISSING for u in targets.uniques[t][before:]):
            return None  # the careful path says where
    return X, table[:, layout.target_cols].astype(np.int64)


def _has_line_end(b: bytes) -> bool:
    return b"\n" in b or b"\r" in b


def _as_slice(cols: list[int]):
    """A run of consecutive columns as a slice (a view, no copy); else the list."""
    if cols == list(range(cols[0], cols[-1] + 1)):
        return slice(cols[0], cols[-1] + 1)
    return cols


def _last_line_end(buf: bytes, whole: bool) -> int:
    """Index of the last complete line end in buf (-1 if none); with `whole`, the end itself."""
    if whole:
        return len(buf) - 1
    cut = buf.rfind(b"\n")
    if cut < 0:  # old Mac line ends only; a '\r' at the very end may be half of '\r\n'
        cut = buf.rfind(b"\r", 0, len(buf) - 1)
    return cut
