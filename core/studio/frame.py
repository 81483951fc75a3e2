"""What the window sees of the training thread: a `Frame` of copies, and the `FrameEvent` that made it.

The worker (gui/studio/worker.py) builds a Frame at most 30 times a second; the views read it on the
GUI thread. Everything in it is a copy, so nothing the views hold can race the training loop.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from core.engine.hyperparams import Hyperparams
from core.training.trainer import Snapshot


class FrameEvent(enum.Enum):
    """Why a frame was sent: what happened on the training thread since the previous one."""

    TICK = "tick"  # training advanced (or the frame just repeats the state)
    PLAYED = "played"  # Play was pressed
    PAUSED = "paused"
    STEPPED = "stepped"  # one sample or one epoch trained by hand
    RESET = "reset"  # new weights or a new trainer (a changed experiment, an opened session)
    CHANGED = "changed"  # hyperparameters, speed, stop conditions or weights edited
    STOPPED = "stopped"  # a stop condition ended the run
    DIVERGED = "diverged"  # the weights or E_n stopped being finite


@dataclass
class Frame:
    """What the GUI sees of the worker: copies only, never the trainer's live arrays.

    snapshot: the trainer's Snapshot (with history); hp: the hyperparameters the engine uses now;
    samples_per_s: measured since the previous frame; playing: is the loop training; generation:
    which trainer this came from (frames of a replaced trainer are dropped); n_train: samples per
    epoch; activations: each layer's activation for the next training sample (for the graph);
    trace: the SampleTrace of a single step, else None; event: why this frame was sent.
    """

    snapshot: Snapshot
    hp: Hyperparams
    samples_per_s: float
    playing: bool
    generation: int
    n_train: int
    activations: list = field(default_factory=list)
    trace: object = None
    event: FrameEvent = FrameEvent.TICK
