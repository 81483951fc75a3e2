"""Arrays that start on a 64-byte cache line: the weights, their optimiser state and the inputs the
training loops sweep.

numpy puts a large array 16 bytes past a page boundary (glibc's malloc keeps its header there), so
each 64-byte vector load of a weight row or an input row straddles two cache lines. The compiled
loops load and store eight float64 at a time; with W_ji, its velocity and the input rows on line
boundaries (a row of 784 inputs is 98 lines) online training ran 10–25 % faster and momentum 7–17 %
(docs/performance.md, "Cache lines"). Each helper over-allocates by one line and returns the view
that starts on it; the view keeps its buffer alive.
"""

from __future__ import annotations

import numpy as np

LINE = 64  # bytes in a cache line


def empty(shape, dtype=np.float64) -> np.ndarray:
    """An uninitialised C-contiguous array whose first element starts a cache line."""
    dtype = np.dtype(dtype)
    shape = (int(shape),) if np.ndim(shape) == 0 else tuple(int(n) for n in shape)
    if any(n < 0 for n in shape):
        raise ValueError(f"negative dimensions are not allowed: {shape}")
    nbytes = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
    buffer = np.empty(nbytes + LINE, dtype=np.uint8)
    start = -buffer.ctypes.data % LINE
    return buffer[start : start + nbytes].view(dtype).reshape(shape)


def zeros(shape, dtype=np.float64) -> np.ndarray:
    out = empty(shape, dtype)
    out.fill(0)
    return out


def starts_line(a: np.ndarray) -> bool:
    return a.ctypes.data % LINE == 0


def copy(a, dtype=np.float64) -> np.ndarray:
    """A new C-contiguous copy of a, converted to dtype, starting a cache line."""
    a = np.asarray(a)
    out = empty(a.shape, dtype)
    out[...] = a
    return out


def contiguous(a, dtype=np.float64) -> np.ndarray:
    """a as a C-contiguous array of dtype starting a cache line: a itself when it already is one
    (no copy), else a copy."""
    a = np.asarray(a)
    if a.dtype == dtype and a.flags.c_contiguous and starts_line(a):
        return a
    return copy(a, dtype)
