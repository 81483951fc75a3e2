"""The order in which samples are visited: file order, or a fresh shuffle each epoch.

Epoch e's shuffle is a pure function of (seed, e): the keys of a counter-based hash (SplitMix64)
are sorted. So the order never depends on how training was cut into chunks, and a session resumes
bit-for-bit from just (seed, epoch, position) — there is no hidden RNG state to save.
"""

from __future__ import annotations

import numpy as np

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def _splitmix64(z: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        z = z + _GOLDEN
        z = (z ^ (z >> np.uint64(30))) * _M1
        z = (z ^ (z >> np.uint64(27))) * _M2
        return z ^ (z >> np.uint64(31))


def epoch_orders(n: int, first_epoch: int, n_epochs: int, shuffle: bool, seed: int) -> np.ndarray:
    """Sample indices for epochs first_epoch .. first_epoch + n_epochs − 1: (n_epochs, n) int64."""
    if not shuffle:
        return np.tile(np.arange(n, dtype=np.int64), (n_epochs, 1))
    e = np.arange(first_epoch, first_epoch + n_epochs, dtype=np.uint64)[:, None]
    i = np.arange(n, dtype=np.uint64)[None, :]
    with np.errstate(over="ignore"):
        key = _splitmix64(_splitmix64(np.uint64(seed) ^ (e * _GOLDEN)) + i)
    return np.argsort(key, axis=1, kind="stable").astype(np.int64)


def sample_order(n: int, epoch: int, pos: int, count: int, shuffle: bool, seed: int) -> np.ndarray:
    """The next `count` sample indices starting at position `pos` of epoch `epoch`: (count,) int64."""
    n_epochs = (pos + count + n - 1) // n
    return epoch_orders(n, epoch, n_epochs, shuffle, seed).ravel()[pos : pos + count]
