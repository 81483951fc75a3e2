"""The IDX format of MNIST and Fashion-MNIST, read with numpy (optionally gzip-compressed).

An IDX file is a 4-byte magic number (0, 0, type code, number of dimensions), one big-endian uint32
per dimension, then the values in C order, big-endian. Reading checks the header against limits
and against the bytes actually there before it allocates anything, and refuses a file with bytes
left over, so a damaged download is never half-used.
"""

from __future__ import annotations

import gzip
import os
import zlib

import numpy as np

from core.checks.errors import FileFormatError, FileTooLargeError, where
from core.checks.validate import open_limited
from core.i18n import translate

TYPES = {0x08: ">u1", 0x09: ">i1", 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}
MAX_VALUES = 200_000_000  # 70,000 28x28 images are 55 million
MAX_FILE_BYTES = 1024**3


def read_idx(path: str | os.PathLike, max_values: int = MAX_VALUES) -> np.ndarray:
    """The array in an IDX file (.gz read through gzip), in native byte order."""
    with open_limited(path, MAX_FILE_BYTES) as raw:
        gz = raw.read(2) == b"\x1f\x8b"
        raw.seek(0)
        f = gzip.GzipFile(fileobj=raw) if gz else raw
        try:
            return _read(f, path, max_values)
        except (OSError, EOFError, zlib.error) as exc:  # a damaged gzip stream
            raise FileFormatError(where(path) + translate(
                "Idx", "damaged compressed file ({error})").format(
                error=exc)) from None


def _read(f, path, max_values: int) -> np.ndarray:
    magic = f.read(4)
    if len(magic) != 4 or magic[:2] != b"\x00\x00" or magic[2] not in TYPES:
        raise FileFormatError(where(path) + translate(
            "Idx", "not an IDX file (magic {value})").format(
            value=magic.hex() or 'missing'))
    ndim = magic[3]
    if not 1 <= ndim <= 4:
        raise FileFormatError(where(path) + translate(
            "Idx", "an IDX file of {ndim} dimensions is not supported").format(
            ndim=ndim))
    dims_raw = f.read(4 * ndim)
    if len(dims_raw) != 4 * ndim:
        raise FileFormatError(where(path) + translate("Idx", "the IDX header is cut short"))
    shape = tuple(int(d) for d in np.frombuffer(dims_raw, dtype=">u4"))
    count = int(np.prod(shape, dtype=np.int64)) if all(shape) else 0
    if count > max_values:
        raise FileTooLargeError(where(path) + translate(
            "Idx", "{count:,} values, more than the limit of {max_values:,}").format(
            count=count, max_values=max_values))
    dtype = np.dtype(TYPES[magic[2]])
    data = f.read(count * dtype.itemsize)
    if len(data) != count * dtype.itemsize:
        raise FileFormatError(where(path) + translate(
            "Idx", "holds fewer values than its header says ({number:,} of {count:,})").format(
            number=len(data) // dtype.itemsize, count=count))
    if f.read(1):
        raise FileFormatError(where(path) + translate(
            "Idx", "has bytes after the {count:,} values its header announces").format(
            count=count))
    return np.frombuffer(data, dtype=dtype).astype(dtype.newbyteorder("="), copy=True
                                                   ).reshape(shape)


def idx_bytes(array: np.ndarray) -> bytes:
    """An array as IDX bytes (for tests and fixtures): uint8 or big-endian others."""
    code = {v: k for k, v in TYPES.items()}[np.dtype(array.dtype).newbyteorder(">").str
                                           if array.dtype.itemsize > 1 else ">u1"]
    header = bytes([0, 0, code, array.ndim]) + np.asarray(array.shape, dtype=">u4").tobytes()
    return header + np.ascontiguousarray(array).astype(TYPES[code]).tobytes()
