"""Which rows a picture draws when a data set is too big to draw (or evaluate) every frame.

A picture of 60,000 MNIST samples or a 100,000-row CSV would cost the GUI thread far more than
a frame's share; a fixed, evenly spread subset of at most `limit` rows shows the same picture.
The subset is chosen once per view, so the points do not jump between frames. Qt-free.
"""

from __future__ import annotations

import numpy as np

MAX_DRAWN = 2000  # rows a view draws or evaluates per frame, at most


def spread_rows(n: int, limit: int = MAX_DRAWN) -> np.ndarray:
    """All of 0..n−1 if n ≤ limit, else `limit` indices spread evenly over them, ascending."""
    if n <= limit:
        return np.arange(n)
    return np.unique(np.linspace(0, n - 1, limit).round().astype(np.int64))
