"""What a chunk of training takes and gives back: the data, the stop conditions, the result of one
`Trainer.run()`, the counters, and the snapshot copied to another thread. Plain data, no logic."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

RUNNING, DIVERGED, TARGET_REACHED, MAX_EPOCHS = "running", "diverged", "target reached", "max epochs"


@dataclass
class ArrayData:
    """The minimum a trainer needs: training inputs/targets and optional test inputs/targets."""

    X_train: np.ndarray
    T_train: np.ndarray
    X_test: np.ndarray | None = None
    T_test: np.ndarray | None = None
    name: str = "arrays"


@dataclass
class ChunkResult:
    """What one `run()` did. E_n: (samples,) each sample's E_n; epoch_E: (epochs,) mean E_n of
    each epoch finished; status: RUNNING, DIVERGED, TARGET_REACHED or MAX_EPOCHS; message: plain
    words for the user when status is not RUNNING."""

    samples: int
    epochs: int
    E_n: np.ndarray
    epoch_E: np.ndarray
    status: str = RUNNING
    message: str = ""
    seconds: float = 0.0


@dataclass
class StopConditions:
    """When `run()` stops by itself: mean E_n of an epoch below target_E, or max_epochs reached."""

    target_E: float | None = None
    max_epochs: int | None = None


@dataclass
class Counters:
    samples_seen: int = 0
    epoch: int = 0  # epochs finished
    pos: int = 0  # position inside the current epoch


@dataclass
class Snapshot:
    """A copy of the trainer's state for another thread: nothing in it is shared."""

    params: np.ndarray
    sizes: tuple
    activations: tuple
    loss: str
    samples_seen: int
    epoch: int
    last_E_n: float
    last_epoch_E: float
    test_E: float
    status: str
    message: str
    history: dict = field(default_factory=dict)
