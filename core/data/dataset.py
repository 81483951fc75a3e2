"""The `Dataset` a network trains on, with the input normalisation and target scaling it was made
with.

`X_train`, `X_test` hold inputs *as the network sees them* (already normalised); `input_norm` maps
raw inputs there: x_norm = (x - shift) / scale, per feature. `T_train`, `T_test` hold targets as
the network is trained on them; for regression, `target_scaling` (if not None) says how they were
made from the raw targets t: T = (t - shift) / scale, so that they lie inside the output
activation's range. `spec` is a JSON-serialisable recipe that regenerates the data set exactly
(see `core.data.registry.dataset_from_spec`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from core.checks.errors import DataError
from core.checks.validate import require_choice, require_finite
from core.i18n import translate

TASKS = ("classification", "regression")
NORMALISATIONS = ("none", "standardise", "minmax")

# Where regression targets go for each output activation: a margin keeps them off the asymptotes,
# where sigmoid'(net) = o(1 - o) is nearly zero and learning would stall.
TARGET_RANGES = {"sigmoid": (0.1, 0.9), "tanh": (-0.8, 0.8), "relu": (0.1, 0.9)}


@dataclass(frozen=True, eq=False)
class InputNorm:
    """Per-feature affine map x_norm = (x - shift) / scale; `kind` says how it was fitted."""

    kind: str
    shift: np.ndarray  # (d,)
    scale: np.ndarray  # (d,), never 0

    def __post_init__(self):
        require_choice(self.kind, NORMALISATIONS, "normalisation")
        shift = require_finite(self.shift, "normalisation shift").reshape(-1)
        scale = require_finite(self.scale, "normalisation scale").reshape(-1)
        if shift.shape != scale.shape:
            raise DataError(
                translate(
                    "Dataset", "normalisation shift has {size} values but scale has {size2}").format(
                    size=shift.size, size2=scale.size))
        if np.any(scale == 0):
            raise DataError(translate("Dataset", "normalisation scale must not be 0"))
        object.__setattr__(self, "shift", shift)
        object.__setattr__(self, "scale", scale)

    @classmethod
    def identity(cls, d: int) -> InputNorm:
        """No normalisation for `d` features."""
        return cls("none", np.zeros(d), np.ones(d))

    @classmethod
    def fit(cls, kind: str, X: np.ndarray) -> InputNorm:
        """Fit to raw inputs X (n, d): standardise -> mean 0, std 1; minmax -> [0, 1].

        A constant feature keeps scale 1 so that it maps to 0 instead of dividing by zero.
        """
        require_choice(kind, NORMALISATIONS, "normalisation")
        X = np.asarray(X, dtype=np.float64)
        d = X.shape[1]
        if kind == "none" or X.shape[0] == 0:
            return cls(kind, np.zeros(d), np.ones(d))
        if kind == "standardise":
            shift, scale = _mean_std(X)
        else:
            shift, scale = X.min(axis=0), X.max(axis=0) - X.min(axis=0)
        scale = np.where(scale > 0, scale, 1.0)
        return cls(kind, shift, scale)

    def apply_in_place(self, X: np.ndarray) -> np.ndarray:
        """Normalise a float64 array (n, d) in place (no temporary the size of X); returns X."""
        X -= self.shift
        X /= self.scale
        return X

    def apply(self, X: np.ndarray) -> np.ndarray:
        """Raw inputs (n, d) -> normalised inputs (n, d)."""
        return (np.asarray(X, dtype=np.float64) - self.shift) / self.scale

    def invert(self, X_norm: np.ndarray) -> np.ndarray:
        """Normalised inputs (n, d) -> raw inputs (n, d)."""
        return np.asarray(X_norm, dtype=np.float64) * self.scale + self.shift

    def to_dict(self) -> dict:
        """JSON-ready form: {"kind", "shift": [...], "scale": [...]}."""
        return {"kind": self.kind, "shift": self.shift.tolist(), "scale": self.scale.tolist()}

    @classmethod
    def from_dict(cls, d: dict) -> InputNorm:
        """Inverse of `to_dict`; refuses missing keys or bad values with a DataError."""
        try:
            return cls(d["kind"], np.asarray(d["shift"], float), np.asarray(d["scale"], float))
        except (KeyError, TypeError, ValueError) as exc:
            raise DataError(translate(
                "Dataset", "input normalisation is malformed ({error})").format(
                error=exc)) from None


@dataclass(frozen=True, eq=False)
class TargetScaling:
    """Per-output affine map T = (t - shift) / scale from raw regression targets t to stored T."""

    shift: np.ndarray  # (m,)
    scale: np.ndarray  # (m,), never 0

    def __post_init__(self):
        shift = require_finite(self.shift, "target shift").reshape(-1)
        scale = require_finite(self.scale, "target scale").reshape(-1)
        if shift.shape != scale.shape:
            raise DataError(translate(
                "Dataset", "target shift has {size} values but scale has {size2}").format(
                size=shift.size, size2=scale.size))
        if np.any(scale == 0):
            raise DataError(translate("Dataset", "target scale must not be 0"))
        object.__setattr__(self, "shift", shift)
        object.__setattr__(self, "scale", scale)

    @classmethod
    def for_range(cls, lo, hi, output_activation: str) -> TargetScaling | None:
        """Scaling that maps raw targets in [lo, hi] (per output) onto the activation's range.

        sigmoid and relu -> [0.1, 0.9], tanh -> [-0.8, 0.8]; linear -> None (no scaling needed).
        A constant target (lo == hi) is moved to the middle of the range.
        """
        if output_activation == "linear":
            return None
        if output_activation not in TARGET_RANGES:
            raise DataError(translate(
                "Dataset", "regression targets cannot be scaled for a {output_activation} output").format(
                output_activation=output_activation))
        a, b = TARGET_RANGES[output_activation]
        lo = np.atleast_1d(np.asarray(lo, dtype=np.float64))
        hi = np.atleast_1d(np.asarray(hi, dtype=np.float64))
        width = hi - lo
        scale = np.where(width > 0, width / (b - a), 1.0)
        # (lo - shift) / scale = a  =>  shift = lo - a * scale; a constant lands on (a + b) / 2.
        shift = np.where(width > 0, lo - a * scale, lo - (a + b) / 2)
        return cls(shift, scale)

    def apply(self, t: np.ndarray) -> np.ndarray:
        """Raw targets (n, m) -> stored targets (n, m)."""
        return (np.asarray(t, dtype=np.float64) - self.shift) / self.scale

    def invert(self, T: np.ndarray) -> np.ndarray:
        """Stored targets or network outputs (n, m) -> raw target units (n, m)."""
        return np.asarray(T, dtype=np.float64) * self.scale + self.shift

    def to_dict(self) -> dict:
        """JSON-ready form: {"shift": [...], "scale": [...]}."""
        return {"shift": self.shift.tolist(), "scale": self.scale.tolist()}

    @classmethod
    def from_dict(cls, d: dict | None) -> TargetScaling | None:
        """Inverse of `to_dict`; None stays None."""
        if d is None:
            return None
        try:
            return cls(np.asarray(d["shift"], float), np.asarray(d["scale"], float))
        except (KeyError, TypeError, ValueError) as exc:
            raise DataError(translate("Dataset", "target scaling is malformed ({error})").format(error=exc)) from None


@dataclass(frozen=True, eq=False)
class Dataset:
    """Training and test data, (n, d) inputs and (n, m) targets, all float64 and finite.

    For classification with 2 classes the targets are one 0/1 column (1 means `class_names[1]`);
    with more classes, or when made for a softmax output, one column per class (one-hot).
    """

    X_train: np.ndarray
    T_train: np.ndarray
    X_test: np.ndarray
    T_test: np.ndarray
    name: str
    task: str
    class_names: list[str] | None = None
    feature_names: list[str] = field(default_factory=list)
    input_norm: InputNorm | None = None
    target_scaling: TargetScaling | None = None
    spec: dict = field(default_factory=dict)

    def __post_init__(self):
        require_choice(self.task, TASKS, "task")
        arrays = {}
        for key in ("X_train", "T_train", "X_test", "T_test"):
            a = require_finite(getattr(self, key), key)
            if a.ndim != 2:
                raise DataError(translate(
                    "Dataset", "{key} must be 2-D (samples, columns), got shape {shape}").format(
                    key=key, shape=a.shape))
            arrays[key] = a
            object.__setattr__(self, key, a)
        X, T, Xt, Tt = arrays["X_train"], arrays["T_train"], arrays["X_test"], arrays["T_test"]
        if X.shape[0] != T.shape[0] or Xt.shape[0] != Tt.shape[0]:
            raise DataError(translate("Dataset", "inputs and targets have different numbers of samples"))
        if X.shape[0] == 0:
            raise DataError(translate("Dataset", "the training set is empty"))
        if Xt.shape[1] != X.shape[1] or Tt.shape[1] != T.shape[1]:
            raise DataError(translate("Dataset", "training and test sets have different numbers of columns"))
        d, m = X.shape[1], T.shape[1]
        if not self.feature_names:
            object.__setattr__(self, "feature_names", [f"x{i + 1}" for i in range(d)])
        if len(self.feature_names) != d:
            raise DataError(translate(
                "Dataset", "{count} feature names for {d} inputs").format(
                count=len(self.feature_names), d=d))
        if self.input_norm is None:
            object.__setattr__(self, "input_norm", InputNorm.identity(d))
        if self.input_norm.shift.size != d:
            raise DataError(
                translate(
                    "Dataset", "input normalisation is for {size} inputs, not {d}").format(
                    size=self.input_norm.shift.size, d=d))
        if self.task == "classification":
            names = self.class_names or []
            if len(names) < 2 or len(names) != (2 if m == 1 else m):
                raise DataError(translate(
                    "Dataset", "{count} class names do not fit {m} target columns").format(
                    count=len(names), m=m))
            if self.target_scaling is not None:
                raise DataError(translate("Dataset", "classification targets are not scaled"))
        elif self.target_scaling is not None and self.target_scaling.shift.size != m:
            raise DataError(
                translate(
                    "Dataset", "target scaling is for {size} outputs, not {m}").format(
                    size=self.target_scaling.shift.size, m=m))

    @property
    def n_inputs(self) -> int:
        """d, the number of input features."""
        return self.X_train.shape[1]

    @property
    def n_outputs(self) -> int:
        """m, the number of target columns (output units)."""
        return self.T_train.shape[1]

    def with_one_hot_targets(self) -> Dataset:
        """Same data with a 2-class 0/1 column turned into two one-hot columns (for softmax)."""
        if self.task != "classification" or self.n_outputs != 1:
            return self

        def two(T):
            return np.hstack([1.0 - T, T])

        return Dataset(self.X_train, two(self.T_train), self.X_test, two(self.T_test),
                       self.name, self.task, list(self.class_names), list(self.feature_names),
                       self.input_norm, None, dict(self.spec, one_hot=True))

    def raw_targets(self, T: np.ndarray) -> np.ndarray:
        """Stored targets or outputs (n, m) back in the data's own units (undoes target_scaling)."""
        return T if self.target_scaling is None else self.target_scaling.invert(T)


def _mean_std(X: np.ndarray, rows: int = 1024) -> tuple[np.ndarray, np.ndarray]:
    """Per-column mean and (population) standard deviation of X (n, d), two passes over row
    blocks so that no temporary the size of X is made (np.std makes one)."""
    n = X.shape[0]
    total = np.zeros(X.shape[1])
    for i in range(0, n, rows):
        total += X[i:i + rows].sum(axis=0)
    mean = total / n
    squares = np.zeros(X.shape[1])
    for i in range(0, n, rows):
        squares += ((X[i:i + rows] - mean) ** 2).sum(axis=0)
    return mean, np.sqrt(squares / n)


def class_indices(Y: np.ndarray) -> np.ndarray:
    """Class index per row of targets or outputs Y (n, m): argmax, or Y >= 0.5 for one column."""
    Y = np.asarray(Y)
    if Y.shape[1] == 1:
        return (Y[:, 0] >= 0.5).astype(np.int64)
    return np.argmax(Y, axis=1)


def labels_to_targets(labels: np.ndarray, n_classes: int,
                      one_hot_binary: bool = False) -> np.ndarray:
    """Class indices (n,) -> targets: one 0/1 column (n, 1) for 2 classes, else one-hot (n, k)."""
    labels = np.asarray(labels, dtype=np.int64)
    if n_classes == 2 and not one_hot_binary:
        return labels.astype(np.float64)[:, None]
    return np.eye(n_classes)[labels]


def split_indices(n: int, train_fraction: float, rng: np.random.Generator,
                  labels: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Choose train and test row indices, each kept in the original (file) order.

    round(n * train_fraction) rows go to training (at least 1); with `labels` the split is
    stratified, so every class keeps its share of training rows. train_fraction = 1 gives an
    empty test set.
    """
    if not 0 < train_fraction <= 1:
        raise DataError(translate(
            "Dataset", "train fraction must be in (0, 1], not {train_fraction}").format(
            train_fraction=train_fraction))
    groups = [np.arange(n)] if labels is None else [np.flatnonzero(labels == c)
                                                    for c in np.unique(labels)]
    test = []
    for idx in groups:
        n_test = len(idx) - max(1, round(len(idx) * train_fraction))
        test.append(rng.permutation(idx)[:n_test] if n_test > 0 else idx[:0])
    test_idx = np.sort(np.concatenate(test)).astype(np.int64)
    train_idx = np.setdiff1d(np.arange(n), test_idx)
    return train_idx, test_idx
