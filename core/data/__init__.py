"""Data sets: the `Dataset` container, synthetic generators, the bundled iris and digits, and the
registry that names them. The bundled CSVs are package data in core/data/datasets/.
`core.data.csv_reader` loads a user's CSV into the same `Dataset`.

May import: numpy, core.engine, core.checks. Tested in tests/core/data/.
"""

from core.data.dataset import Dataset, InputNorm, TargetScaling, class_indices
from core.data.registry import DATASETS, dataset_from_spec, list_datasets, make_dataset

__all__ = ["DATASETS", "Dataset", "InputNorm", "TargetScaling", "class_indices",
           "dataset_from_spec", "list_datasets", "make_dataset"]
