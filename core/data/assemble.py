"""Turn raw inputs and labels into a `Dataset`: split, fit normalisation, encode and scale targets.

Synthetic generators, the bundled data sets and the CSV importer all end here, so every data set is
split, normalised and encoded the same way.
"""

from __future__ import annotations

import numpy as np

from core.checks.errors import DataError
from core.data.dataset import (
    Dataset,
    InputNorm,
    TargetScaling,
    labels_to_targets,
    split_indices,
)
from core.engine import aligned
from core.i18n import translate


def assemble_classification(X: np.ndarray, labels: np.ndarray, class_names: list[str], *,
                            name: str, spec: dict, feature_names: list[str] | None = None,
                            normalise: str | InputNorm = "none", output_activation: str = "sigmoid",
                            train_fraction: float = 0.8, seed: int = 0,
                            own_X: bool = False) -> Dataset:
    """Raw inputs X (n, d) and class indices labels (n,) in 0..len(class_names)-1 -> Dataset.

    The split is stratified by class and keeps file order within each part; normalisation is
    fitted on the training rows only (pass an InputNorm to use a fixed one). Two classes give one
    0/1 target column, unless the output is softmax, which needs one column per class.
    own_X: X is the caller's to give away; its rows are reordered and normalised in place (no
    copy: a large data set then costs its array once).
    """
    labels = np.asarray(labels, dtype=np.int64)
    n_classes = len(class_names)
    present = np.unique(labels)
    if present.size < 2:
        only = class_names[int(present[0])] if present.size else "none"
        raise DataError(translate(
            "Assemble", "the targets hold a single class ({only}); at least 2 are needed").format(
            only=only))
    rng = np.random.default_rng(seed)
    train, test = split_indices(len(labels), train_fraction, rng, labels=labels)
    T = labels_to_targets(labels, n_classes, one_hot_binary=(output_activation == "softmax"))
    X_train, X_test, norm = _split_normalised(normalise, X, train, test, own_X)
    return Dataset(X_train, T[train], X_test, T[test], name=name,
                   task="classification", class_names=list(class_names),
                   feature_names=list(feature_names or []), input_norm=norm, spec=spec)


def assemble_regression(X: np.ndarray, y: np.ndarray, *, name: str, spec: dict,
                        feature_names: list[str] | None = None,
                        normalise: str | InputNorm = "none", output_activation: str = "sigmoid",
                        scale_targets: bool = True, train_fraction: float = 0.8,
                        seed: int = 0, own_X: bool = False) -> Dataset:
    """Raw inputs X (n, d) and real targets y (n,) or (n, m) -> Dataset.

    With `scale_targets`, targets are mapped from their range over *all* rows into the output
    activation's range (see TargetScaling.for_range), so that every stored target is reachable.
    """
    y = np.asarray(y, dtype=np.float64)
    y = y[:, None] if y.ndim == 1 else y
    if output_activation == "softmax":
        raise DataError(translate("Assemble", "a softmax output is for classification, not regression targets"))
    rng = np.random.default_rng(seed)
    train, test = split_indices(len(y), train_fraction, rng)
    scaling = (TargetScaling.for_range(y.min(axis=0), y.max(axis=0), output_activation)
               if scale_targets else None)
    T = y if scaling is None else scaling.apply(y)
    X_train, X_test, norm = _split_normalised(normalise, X, train, test, own_X)
    return Dataset(X_train, T[train], X_test, T[test], name=name,
                   task="regression", feature_names=list(feature_names or []), input_norm=norm,
                   target_scaling=scaling, spec=spec)


def _split_normalised(normalise, X, train, test, own_X: bool):
    """(X_train, X_test, norm), normalised. With own_X the rows of X are put in the order train,
    test in place and the two are views of it; otherwise they are copied out of X."""
    if own_X and X.dtype == np.float64 and X.flags.c_contiguous:
        reorder_rows(X, np.concatenate([train, test]))
        X_train, X_test = X[:len(train)], X[len(train):len(train) + len(test)]
    else:
        X_train = aligned.contiguous(X[train])  # rows on cache lines: core/engine/aligned.py
        X_test = aligned.contiguous(X[test])
    norm = _fit_norm(normalise, X_train)
    return norm.apply_in_place(X_train), norm.apply_in_place(X_test), norm


def reorder_rows(X: np.ndarray, order: np.ndarray) -> None:
    """X[:len(order)] = X[order] in place, following the permutation's cycles one row at a time
    (order must be a permutation of range(len(order)))."""
    order = np.asarray(order).tolist()
    moved = bytearray(len(order))
    row = np.empty(X.shape[1:], dtype=X.dtype)
    for start, first in enumerate(order):
        if moved[start] or first == start:
            continue
        row[...] = X[start]
        i = start
        while True:
            moved[i] = 1
            j = order[i]
            if j == start:
                X[i] = row
                break
            X[i] = X[j]
            i = j


def _fit_norm(normalise: str | InputNorm, X_train: np.ndarray) -> InputNorm:
    if isinstance(normalise, InputNorm):
        return normalise
    return InputNorm.fit(normalise, X_train)
