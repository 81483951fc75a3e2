"""Data sets: the `Dataset` container, synthetic generators, the bundled iris and digits (package
data in core/data/datasets/), MNIST and Fashion-MNIST fetched on first use (`downloads`, `idx`),
and the registry that names them. `core.data.csv_reader` loads a user's CSV into the same
`Dataset` (numpy's C parser block by block in `csv_fast`, the careful path that names line and
column in `csv_careful`).

May import: numpy, core.engine, core.checks (and core.files.atomic_write, the one file writer, for
the download cache). Tested in tests/core/data/.
"""

from core.data.dataset import Dataset, InputNorm, TargetScaling, class_indices
from core.data.registry import DATASETS, dataset_from_spec, list_datasets, make_dataset

__all__ = ["DATASETS", "Dataset", "InputNorm", "TargetScaling", "class_indices",
           "dataset_from_spec", "list_datasets", "make_dataset"]
