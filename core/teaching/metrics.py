"""How good the network is, in the words a learner uses: accuracy and a confusion matrix for
classes, RMSE and R² for numbers, and when training has stopped improving (a plateau).

Outputs and targets are (n, m) arrays as the trainer uses them. A class is the argmax of one-hot
rows, or o ≥ 0.5 for a single sigmoid output (core.data.dataset.class_indices).
"""

from __future__ import annotations

import numpy as np

from core.data.dataset import class_indices


def accuracy(O: np.ndarray, T: np.ndarray) -> float:
    """Fraction of rows whose predicted class (from outputs O (n, m)) is the target's class."""
    O, T = np.atleast_2d(O), np.atleast_2d(T)
    return float(np.mean(class_indices(O) == class_indices(T)))


def confusion_matrix(O: np.ndarray, T: np.ndarray, n_classes: int | None = None) -> np.ndarray:
    """(c, c) int counts: row = true class, column = predicted class."""
    O, T = np.atleast_2d(O), np.atleast_2d(T)
    if n_classes is None:
        n_classes = 2 if T.shape[1] == 1 else T.shape[1]
    C = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(C, (class_indices(T), class_indices(O)), 1)
    return C


def rmse(O: np.ndarray, T: np.ndarray, target_scaling=None) -> float:
    """√(mean (o − t)²) over all entries; with `target_scaling` (.invert) in the data's own units."""
    O, T = _raw(O, target_scaling), _raw(T, target_scaling)
    return float(np.sqrt(np.mean((O - T) ** 2)))


def r2(O: np.ndarray, T: np.ndarray, target_scaling=None) -> float:
    """R² = 1 − Σ(t − o)² / Σ(t − t̄)² (per output column, then averaged); nan if t is constant."""
    O, T = _raw(O, target_scaling), _raw(T, target_scaling)
    ss_res = np.sum((T - O) ** 2, axis=0)
    ss_tot = np.sum((T - T.mean(axis=0)) ** 2, axis=0)
    if np.any(ss_tot == 0):
        return float("nan")
    return float(np.mean(1.0 - ss_res / ss_tot))


def _raw(Y, target_scaling) -> np.ndarray:
    Y = np.atleast_2d(np.asarray(Y, dtype=np.float64))
    return Y if target_scaling is None else target_scaling.invert(Y)


def evaluate_outputs(O_train, O_test, data, task: str = "classification", target_scaling=None) -> dict:
    """Metrics on the training and (if any) test set from the network's outputs on them (O_test
    None: no test set): {'train': {...}, 'test': {...} or None}. The outputs come from
    forward_in_pieces, so that a window can compute them between its other work.

    Classification gives 'accuracy' and 'confusion'; regression 'rmse' and 'r2' (raw units when
    `target_scaling` or data.target_scaling is given). `data` has T_train, T_test."""
    scaling = target_scaling if target_scaling is not None else getattr(data, "target_scaling",
                                                                        None)

    def one(O, T):
        if O is None or len(O) == 0:
            return None
        if task == "classification":
            return {"accuracy": accuracy(O, T), "confusion": confusion_matrix(O, T)}
        return {"rmse": rmse(O, T, scaling), "r2": r2(O, T, scaling)}

    return {"train": one(O_train, data.T_train), "test": one(O_test, getattr(data, "T_test", None))}


def forward_in_pieces(network, X, work: int = 2_000_000):
    """network.forward(X) in slices of rows of about `work` multiply-adds each (a generator: it
    yields None after each slice, then the outputs), for a window that must answer between them:
    6 layers of 512 units took 70 ms for a digits training set at once."""
    step = max(1, work // max(1, network.n_params))
    outputs = []
    for at in range(0, len(X), step):
        with np.errstate(all="ignore"):  # a diverged network's outputs are inf or NaN: the caller judges
            outputs.append(network.forward(X[at : at + step]))
        yield None
    yield np.concatenate(outputs) if outputs else np.empty((0, network.sizes[-1]))


def plateau(epoch_E, patience: int, rel_tol: float = 1e-3) -> bool:
    """True when the last `patience` epochs did not lower the best mean E by more than rel_tol.

    Compares the best of the last `patience` epochs with the best before them: improving means
    best_recent < best_before · (1 − rel_tol). Needs more than `patience` epochs to say True.
    """
    if patience < 1:
        raise ValueError("patience must be at least 1 epoch")
    E = np.asarray(epoch_E, dtype=np.float64)
    if E.size <= patience:
        return False
    before, recent = np.min(E[:-patience]), np.min(E[-patience:])
    return not recent < before * (1.0 - rel_tol)


def per_class_accuracy(C: np.ndarray) -> np.ndarray:
    """(c,) share of each true class's samples predicted right, from a confusion matrix C
    (rows true); nan for a class with no samples."""
    C = np.asarray(C, dtype=np.float64)
    totals = C.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(totals > 0, np.diag(C) / totals, np.nan)


def worst_samples(O: np.ndarray, T: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k rows the network gets most wrong, worst first: the smallest output for
    the true class (o of the true class, or 1 − o for class 0 of one output)."""
    O, T = np.atleast_2d(O), np.atleast_2d(T)
    true = class_indices(T)
    if O.shape[1] == 1:
        right = np.where(true == 1, O[:, 0], 1.0 - O[:, 0])
    else:
        right = O[np.arange(len(O)), true]
    k = min(int(k), len(O))
    return np.argsort(right, kind="stable")[:k]
