"""The order of the training rows: shuffling a built-in set once, and noticing a sorted file.

The seed's online rule updates the weights after every sample, in file order unless the user asks
for a shuffle each epoch. A set stored as all of one class, then all of the other (or a table
sorted by its target) then teaches the network one class for hundreds of updates, then undoes it
with the next: the error rises and never settles. So the built-in sets are shuffled once with the
set's own seed (`shuffled_once`), and a loaded file is checked (`sorted_by_target`) so that the
window can say so next to the shuffle box. Qt-free; tested in tests/core/data/test_ordering.py.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from core.data.dataset import Dataset, class_indices

MIN_ROWS = 20  # fewer rows than this: any order is as good as another, say nothing
RUN_FACTOR = 4.0  # sorted when a random order would give this many times more runs of one class
MIN_LONGEST_RUN = 8  # ... and the longest run of one class holds at least this many rows
SMOOTH = 0.8  # sorted when neighbouring regression targets correlate this much (random: ~0)


@dataclass(frozen=True)
class SortedOrder:
    """What `sorted_by_target` found: how the rows are sorted, in numbers the sentence uses.

    kind: 'classes' (long runs of one class) or 'targets' (neighbouring targets alike);
    longest: the longest run of one class (classes), or 0; runs: runs of one class (classes), or
    0; correlation: lag-1 correlation of the targets in file order (targets), else 0.
    """

    kind: str
    longest: int
    runs: int
    correlation: float


def shuffled_once(ds: Dataset, seed: int) -> Dataset:
    """`ds` with its training and its test rows each permuted once by a generator seeded `seed`.

    Only the order changes: the same rows, the same split, normalisation and targets.
    """
    rng = np.random.default_rng([seed, 0x5EED])
    train = rng.permutation(len(ds.X_train))
    test = rng.permutation(len(ds.X_test))
    return dataclasses.replace(ds, X_train=ds.X_train[train], T_train=ds.T_train[train],
                               X_test=ds.X_test[test], T_test=ds.T_test[test],
                               spec=dict(ds.spec, order="shuffled once"))


def sorted_by_target(ds: Dataset) -> SortedOrder | None:
    """How the training rows, in the order online learning visits them, are sorted by their
    target, or None if they look mixed.

    Classification: far fewer runs of one class than a random order of the same rows would
    give (expected 1 + (n − 1)(1 − Σ p_c²)), and a run of at least MIN_LONGEST_RUN rows.
    Regression: the targets of neighbouring rows correlate (lag-1) at least SMOOTH, which a
    monotone target gives, and so does a smooth target in a file sorted by its input.
    """
    T = ds.T_train
    n = len(T)
    if n < MIN_ROWS:
        return None
    if ds.task == "classification":
        labels = class_indices(T)
        change = np.flatnonzero(labels[1:] != labels[:-1])
        runs = len(change) + 1
        bounds = np.concatenate([[0], change + 1, [n]])
        longest = int(np.max(np.diff(bounds)))
        p = np.bincount(labels) / n
        expected = 1 + (n - 1) * (1 - float(np.sum(p * p)))
        if runs * RUN_FACTOR <= expected and longest >= MIN_LONGEST_RUN:
            return SortedOrder("classes", longest, runs, 0.0)
        return None
    best = 0.0
    for col in T.T:
        a, b = col[:-1] - col.mean(), col[1:] - col.mean()
        denom = float(np.sqrt(np.sum(a * a) * np.sum(b * b)))
        if denom > 0:
            best = max(best, float(np.sum(a * b)) / denom)
    return SortedOrder("targets", 0, 0, best) if best >= SMOOTH else None
