"""The named data sets: `make_dataset(name, ...)` for the combo box, `--dataset` and sessions.

`list_datasets()` gives (name, description) pairs for a menu or `--help`; `dataset_from_spec`
rebuilds any Dataset, synthetic, bundled or CSV, from its `spec` (what a session file stores).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.checks.errors import DataError, FileFormatError
from core.checks.validate import read_limited_bytes, require_choice
from core.data import synthetic
from core.data.assemble import assemble_classification, assemble_regression
from core.data.dataset import NORMALISATIONS, Dataset
from core.data.ordering import shuffled_once

MAX_SAMPLES = 100_000
MAX_NOISE = 1.0
CSV_OPTIONS = ("targets", "header", "normalise", "scale_targets", "output_activation",
               "train_fraction", "seed", "task")


@dataclass(frozen=True)
class DatasetInfo:
    """What the registry knows about one named data set, and its defaults."""

    name: str
    description: str
    task: str
    source: str  # 'synthetic' | 'builtin'
    generator: object = None  # synthetic.<fn>(n, noise, rng) -> (X, labels or y)
    n: int | None = 500
    noise: float | None = 0.1
    train_fraction: float = 0.8
    normalise: str = "none"


_INFOS = [
    DatasetInfo("xor", "XOR: the seed's 4 points (0/1 inputs), train = test, no noise",
                "classification", "synthetic", n=4, noise=0.0, train_fraction=1.0),
    DatasetInfo("xor-quadrants", "noisy XOR: class 1 where x and y have opposite signs",
                "classification", "synthetic", synthetic.xor_quadrants),
    DatasetInfo("circle", "circle: class 1 inside radius 2.5, class 0 in a ring around it",
                "classification", "synthetic", synthetic.circle),
    DatasetInfo("gaussians", "two Gaussian clouds around (2, 2) and (-2, -2)",
                "classification", "synthetic", synthetic.two_gaussians),
    DatasetInfo("spiral", "two interleaved spirals (hard)", "classification", "synthetic",
                synthetic.spiral),
    DatasetInfo("moons", "two interleaved half moons", "classification", "synthetic",
                synthetic.two_moons),
    DatasetInfo("checkerboard", "4 x 4 checkerboard of two classes (hard)", "classification",
                "synthetic", synthetic.checkerboard),
    DatasetInfo("plane", "regression: target (x + y) / 10 on a plane", "regression",
                "synthetic", synthetic.regress_plane),
    DatasetInfo("multi-gaussian", "regression: six signed bumps", "regression", "synthetic",
                synthetic.regress_gaussians),
    DatasetInfo("iris", "Iris flowers: 150 x 4 measurements, 3 species (Fisher 1936)",
                "classification", "builtin", n=None, noise=None, normalise="standardise"),
    DatasetInfo("digits", "hand-written digits: 1797 8x8 images, 10 classes (UCI optdigits)",
                "classification", "builtin", n=None, noise=None, normalise="minmax"),
]
DATASETS: dict[str, DatasetInfo] = {info.name: info for info in _INFOS}


def list_datasets() -> list[tuple[str, str]]:
    """(name, one-line description) for every named data set, in menu order."""
    return [(info.name, info.description) for info in _INFOS]


def make_dataset(name: str, *, n: int | None = None, noise: float | None = None, seed: int = 0,
                 train_fraction: float | None = None, normalise: str | None = None,
                 output_activation: str = "sigmoid", scale_targets: bool = True,
                 order: str = "shuffled once") -> Dataset:
    """Build the named data set; None means the data set's default (see DATASETS[name]).

    Synthetic sets give inputs (n, 2); the same arguments always give the same arrays. The
    result's `spec` holds every argument with defaults filled in, so `dataset_from_spec(ds.spec)`
    rebuilds it. order: 'shuffled once' (every set but the seed's XOR: its rows permuted once
    with the set's seed, so that online learning in file order sees the classes mixed; see
    core/data/ordering.py) or 'file' (as generated or stored: what sessions saved before that).
    """
    if order not in ("shuffled once", "file"):
        raise DataError(f"unknown row order {order!r}")
    if name not in DATASETS:
        raise DataError(f"unknown data set {name!r}; choose one of {', '.join(DATASETS)}")
    info = DATASETS[name]
    train_fraction = info.train_fraction if train_fraction is None else float(train_fraction)
    normalise = require_choice(normalise or info.normalise, NORMALISATIONS, "normalise")
    if info.source == "builtin":
        if n is not None or noise is not None:
            raise DataError(f"{name} is real data: its size and noise cannot be set")
        from core.data import builtin  # imports the CSV importer only when needed

        loader = builtin.load_iris if name == "iris" else builtin.load_digits
        ds = loader(seed=seed, train_fraction=train_fraction, normalise=normalise,
                    output_activation=output_activation)
        return shuffled_once(ds, seed) if order == "shuffled once" else ds

    n = info.n if n is None else int(n)
    noise = info.noise if noise is None else float(noise)
    if name == "xor" and (n != 4 or noise != 0 or train_fraction != 1.0):
        raise DataError("xor is the seed's exact 4 points: n, noise and train fraction are fixed")
    if not 4 <= n <= MAX_SAMPLES:
        raise DataError(f"number of samples must be between 4 and {MAX_SAMPLES}, not {n}")
    if not 0 <= noise <= MAX_NOISE:
        raise DataError(f"noise must be between 0 and {MAX_NOISE}, not {noise}")
    spec = {"source": "synthetic", "generator": name, "seed": seed, "n": n, "noise": noise,
            "train_fraction": train_fraction, "normalise": normalise,
            "output_activation": output_activation, "scale_targets": scale_targets}
    common = {"name": name, "spec": spec, "normalise": normalise,
              "output_activation": output_activation, "train_fraction": train_fraction,
              "seed": seed, "feature_names": ["x1", "x2"]}
    if name == "xor":
        return _xor(common)
    rng = np.random.default_rng(seed)
    X, y = info.generator(n, noise, rng)
    if info.task == "classification":
        ds = assemble_classification(X, y, ["0", "1"], **common)
    else:
        ds = assemble_regression(X, y, scale_targets=scale_targets, **common)
    return shuffled_once(ds, seed) if order == "shuffled once" else ds


def _xor(common: dict) -> Dataset:
    """The seed's XOR: the four points are the training and the test set, in the seed's order."""
    X, labels = synthetic.xor_classic()
    ds = assemble_classification(X, labels, ["0", "1"], **common)
    return Dataset(ds.X_train, ds.T_train, ds.X_train.copy(), ds.T_train.copy(), ds.name,
                   ds.task, ds.class_names, ds.feature_names, ds.input_norm, None, ds.spec)


def dataset_from_spec(spec: dict) -> Dataset:
    """Rebuild a Dataset from its `spec`; a CSV must still exist and have the recorded SHA-256."""
    try:
        source = spec["source"]
        if source == "csv":
            from core.data.csv_reader import MAX_BYTES, load_csv

            path = Path(spec["path"])
            if not path.is_file():
                raise FileFormatError(f"the data file {path} no longer exists")
            digest = hashlib.sha256(read_limited_bytes(path, MAX_BYTES)).hexdigest()
            if digest != spec["sha256"]:
                raise FileFormatError(f"{path.name} has changed since it was loaded "
                                      f"(SHA-256 differs)")
            # Only the options load_csv records: a recipe must not lift its limits (max_rows, ...).
            options = spec["options"]
            if not isinstance(options, dict):
                raise FileFormatError("the data set recipe's CSV options must be an object")
            options = {k: v for k, v in options.items() if k in CSV_OPTIONS}
            return load_csv(path, **options)
        if source in ("synthetic", "builtin"):
            kwargs = {k: spec[k] for k in ("seed", "train_fraction", "normalise",
                                           "output_activation")}
            if source == "synthetic":
                kwargs.update(n=spec["n"], noise=spec["noise"], scale_targets=spec["scale_targets"])
            if spec["generator"] != "xor":  # a recipe saved before the shuffle keeps its order
                kwargs["order"] = "shuffled once" if spec.get("order") == "shuffled once" else "file"
            ds = make_dataset(spec["generator"], **kwargs)
            return ds.with_one_hot_targets() if spec.get("one_hot") else ds
    except (KeyError, TypeError) as exc:
        raise FileFormatError(f"the data set recipe is incomplete ({exc})") from None
    raise FileFormatError(f"unknown data set source {spec.get('source')!r}")
