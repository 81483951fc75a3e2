"""The bundled real data sets (core/data/datasets/), read by the same CSV importer as a user's file.

iris: 150 flowers x 4 measurements (cm), 3 species; inputs standardised by default.
digits: 1797 8x8 images of hand-written digits, pixels 0..16 scaled to 0..1 by a fixed min-max
(shift 0, scale 16, recorded in `input_norm`), 10 classes. See core/data/datasets/README.md for
sources and licences. The CSVs sit beside this module, so a checkout, an editable install, a
wheel and the desktop bundle all find them the same way (package data of `core.data`).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np

from core.data.csv_reader import load_csv
from core.data.dataset import Dataset, InputNorm

DATASETS = Path(__file__).resolve().parent / "datasets"
IRIS_CSV = DATASETS / "iris.csv"
DIGITS_CSV = DATASETS / "digits.csv"
DIGITS_PIXEL_MAX = 16.0


def load_iris(*, seed: int = 0, train_fraction: float = 0.8, normalise: str = "standardise",
              output_activation: str = "sigmoid") -> Dataset:
    """Iris: inputs (n, 4), one-hot targets (n, 3), classes setosa, versicolor, virginica."""
    ds = load_csv(IRIS_CSV, targets="species", header=True, normalise=normalise,
                  output_activation=output_activation, train_fraction=train_fraction, seed=seed,
                  task="classification", name="iris")
    return dataclasses.replace(ds, spec=_spec("iris", ds, seed, train_fraction, normalise,
                                              output_activation))


def load_digits(*, seed: int = 0, train_fraction: float = 0.8, normalise: str = "minmax",
                output_activation: str = "sigmoid") -> Dataset:
    """Digits: inputs (n, 64) in [0, 1] (row-major 8x8 pixels), one-hot targets (n, 10), classes
    '0'..'9'. normalise 'minmax' is the fixed 0..16 -> 0..1 map; 'standardise'/'none' also work."""
    fixed = None
    if normalise == "minmax":
        fixed = InputNorm("minmax", np.zeros(64), np.full(64, DIGITS_PIXEL_MAX))
    ds = load_csv(DIGITS_CSV, targets="digit", header=True, normalise=normalise,
                  fixed_input_norm=fixed, output_activation=output_activation,
                  train_fraction=train_fraction, seed=seed, task="classification", name="digits")
    return dataclasses.replace(ds, spec=_spec("digits", ds, seed, train_fraction, normalise,
                                              output_activation))


def _spec(name, ds, seed, train_fraction, normalise, output_activation) -> dict:
    return {"source": "builtin", "generator": name, "seed": seed,
            "train_fraction": train_fraction, "normalise": normalise,
            "output_activation": output_activation, "sha256": ds.spec["sha256"]}
