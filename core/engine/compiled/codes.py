"""What the compiled kernels and the trainer agree on, without importing numba: status codes,
the scratch layout, and whether numba is installed (checked without importing it)."""

from __future__ import annotations

import importlib.util

import numpy as np

AVAILABLE = importlib.util.find_spec("numba") is not None
OK, DIVERGED, TARGET_REACHED = 0, 1, 2


def activation_offsets(sizes) -> np.ndarray:
    """Offsets of each layer's activations in the scratch buffer: (L + 2,) int64, last = total."""
    return np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
