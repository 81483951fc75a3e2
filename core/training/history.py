"""Error history whose memory stays bounded however long training runs.

A `DecimatedSeries` keeps at most `capacity` points. Each point is the mean of `stride`
consecutive values; when the buffer fills, neighbouring points are merged pairwise and the stride
doubles. After 10⁸ samples a capacity of 20,000 means buckets of 2¹³ samples: the shape of the
curve stays, the memory does not grow.
"""

from __future__ import annotations

import math

import numpy as np

MAX_CAPACITY = 1_000_000  # points per series; a session file cannot ask for more
MAX_COUNT = 2**53  # values a series has seen: beyond it float positions lose exactness


def _json_values(a: np.ndarray) -> list:
    """a as a JSON list: a diverged run's inf or NaN (JSON has neither) as null, which
    np.asarray(..., dtype=np.float64) reads back as NaN (not finite either way)."""
    values = a.tolist()
    if np.isfinite(a).all():
        return values
    return [v if math.isfinite(v) else None for v in values]


def _whole(value, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise ValueError(f"history {what} must be an integer, not {value!r}")
    return int(value)


class DecimatedSeries:
    """(x, y) points, y averaged over buckets of `stride` consecutive values, at most `capacity`."""

    def __init__(self, capacity: int = 20_000):
        if capacity < 2 or capacity % 2 or capacity > MAX_CAPACITY:
            raise ValueError(f"capacity must be an even number from 2 to {MAX_CAPACITY:,}")
        self.capacity = capacity
        self.stride = 1
        self._x = np.empty(capacity)
        self._y = np.empty(capacity)
        self._n = 0
        self._pending_x: list[np.ndarray] = []
        self._pending_y: list[np.ndarray] = []
        self._pending_count = 0
        self.count = 0  # values ever appended

    def append(self, x, y: np.ndarray) -> None:
        """Add values y (1-D) at positions x: an array as long as y, or a number, the first of
        consecutive positions x, x + 1, ... (no array of positions is made then)."""
        y = np.asarray(y, dtype=np.float64).ravel()
        if np.ndim(x) == 0:
            first = float(x)
            x_at = lambda k: first + k  # noqa: E731 - positions k index y
        else:
            x = np.asarray(x, dtype=np.float64).ravel()
            if x.shape != y.shape:
                raise ValueError("x and y must have the same length")
            x_at = x.__getitem__
        self.count += y.size
        n_old = self._pending_count
        if n_old:
            old_x, old_y = np.concatenate(self._pending_x), np.concatenate(self._pending_y)
            y = np.concatenate([old_y, y])
            new_x_at = x_at
            x_at = lambda k: np.where(k < n_old, old_x[np.minimum(k, n_old - 1)], new_x_at(np.maximum(k - n_old, 0)))  # noqa: E731
        pos = 0
        while y.size - pos >= self.stride:
            # fill the free room at the current stride, then compress and go on
            n_buckets = min((y.size - pos) // self.stride, self.capacity - self._n)
            used = n_buckets * self.stride
            self._x[self._n : self._n + n_buckets] = x_at(np.arange(pos, pos + used, self.stride))
            buckets = y[pos : pos + used].reshape(n_buckets, self.stride)
            with np.errstate(over="ignore", invalid="ignore"):  # E_n near 1e308 (diverging): the mean is inf
                self._y[self._n : self._n + n_buckets] = buckets.mean(axis=1)
            self._n += n_buckets
            pos += used
            if self._n == self.capacity:
                half = self.capacity // 2
                self._x[:half] = self._x[0::2]
                with np.errstate(over="ignore", invalid="ignore"):
                    self._y[:half] = 0.5 * (self._y[0::2] + self._y[1::2])
                self._n = half
                self.stride *= 2
        rest = np.arange(pos, y.size)
        # copies, so no view of a big chunk is kept alive
        self._pending_x, self._pending_y = [np.asarray(x_at(rest), dtype=np.float64)], [y[pos:].copy()]
        self._pending_count = y.size - pos

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        """Copies of the stored points (x, y), oldest first (a partial bucket is not included)."""
        return self._x[: self._n].copy(), self._y[: self._n].copy()

    def __len__(self) -> int:
        return self._n

    def to_dict(self) -> dict:
        px = np.concatenate(self._pending_x) if self._pending_x else np.empty(0)
        py = np.concatenate(self._pending_y) if self._pending_y else np.empty(0)
        return {
            "capacity": self.capacity, "stride": self.stride, "count": self.count,
            "x": self._x[: self._n].tolist(), "y": _json_values(self._y[: self._n]),
            "pending_x": px.tolist(), "pending_y": _json_values(py),
        }  # fmt: skip

    @classmethod
    def from_dict(cls, d: dict) -> DecimatedSeries:
        """Inverse of to_dict. Refuses (ValueError) what `append` could never have produced: the
        stride must be a power of two that the count accounts for, since values wait in the
        pending bucket until `stride` of them arrive (a stride of 2⁶² would grow without bound)."""
        stride, count = _whole(d["stride"], "stride"), _whole(d["count"], "count")
        if count > MAX_COUNT or stride < 1 or stride & (stride - 1):
            raise ValueError("history series is inconsistent (stride or count)")
        s = cls(_whole(d["capacity"], "capacity"))
        s.stride, s.count = stride, count
        x, y = np.asarray(d["x"], dtype=np.float64), np.asarray(d["y"], dtype=np.float64)
        pending = len(d["pending_y"])
        if (x.shape != y.shape or x.ndim != 1 or x.size > s.capacity or pending >= stride
                or count != x.size * stride + pending
                or (stride > 1 and 2 * x.size < s.capacity)):  # a merge leaves half full or more
            raise ValueError("history series is inconsistent")
        s._n = x.size
        s._x[: s._n], s._y[: s._n] = x, y
        s._pending_x = [np.asarray(d["pending_x"], dtype=np.float64)]
        s._pending_y = [np.asarray(d["pending_y"], dtype=np.float64)]
        s._pending_count = s._pending_y[0].size
        return s


class History:
    """Everything the E plot shows: per-sample E_n, per-epoch mean E_n (train), test E per epoch."""

    def __init__(self, capacity: int = 20_000):
        self.samples = DecimatedSeries(capacity)  # x: samples seen, y: E_n
        self.epochs = DecimatedSeries(capacity)  # x: epoch number, y: mean E_n over the epoch
        self.test = DecimatedSeries(capacity)  # x: epoch number, y: mean E on the test set

    def to_dict(self) -> dict:
        return {k: getattr(self, k).to_dict() for k in ("samples", "epochs", "test")}

    @classmethod
    def from_dict(cls, d: dict) -> History:
        h = cls()
        for k in ("samples", "epochs", "test"):
            setattr(h, k, DecimatedSeries.from_dict(d[k]))
        return h
