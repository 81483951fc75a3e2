"""The commands the GUI sends to the training worker, one small frozen class each.

The worker looks up its handler by the command's class (a dispatch table in gui/studio/worker.py), so
a misspelt command is a NameError where it is written, not a string that silently matches nothing.
Two class attributes say how the window shows a command's effect:
`live`: while training runs, it only changes how training goes on (the next tick shows it);
`show_now`: the user asked for it, so the frame that shows it is sent at once.
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.engine.hyperparams import Hyperparams
from core.engine.weight_init import InitSpec
from core.training.trainer import StopConditions, Trainer


class Command:
    live = False
    show_now = False


@dataclass(frozen=True)
class Play(Command):
    pass


@dataclass(frozen=True)
class Pause(Command):
    show_now = True


@dataclass(frozen=True)
class StepSample(Command):
    """Train exactly one sample, traced for the teaching views."""

    show_now = True


@dataclass(frozen=True)
class StepEpoch(Command):
    show_now = True


@dataclass(frozen=True)
class Reset(Command):
    """Back to the initial weights drawn by `init`."""

    init: InitSpec
    show_now = True


@dataclass(frozen=True)
class SetHyperparams(Command):
    hp: Hyperparams
    live = True
    show_now = True


@dataclass(frozen=True)
class SetSpeed(Command):
    samples_per_s: float | None  # None = flat out
    live = True


@dataclass(frozen=True)
class SetStopConditions(Command):
    stop: StopConditions
    live = True


@dataclass(frozen=True)
class SetParams(Command):
    """Replace every weight with `params` (flat, the network's layout; a copy the GUI gives away)."""

    params: np.ndarray


@dataclass(frozen=True)
class SetWeight(Command):
    """One weight W[layer][k, j]; j == -1 is the bias b[layer][k] (the seed's w_k0)."""

    layer: int
    k: int
    j: int
    value: float


@dataclass(frozen=True)
class ReplaceTrainer(Command):
    """Continue with another trainer (a changed experiment, an opened session); the GUI keeps no reference."""

    trainer: Trainer
    generation: int
    show_now = True


@dataclass(frozen=True)
class WarmUp(Command):
    """Load the compiled loop of the trainer's setting on the worker thread (under a second from
    numba's disk cache; on a fresh install it is compiled, a few seconds, once)."""


@dataclass(frozen=True)
class Call(Command):
    """fn(trainer) run between chunks, its result (ok, value) put on `reply`: a read-only look."""

    fn: Callable[[Trainer], Any]
    reply: queue.Queue


@dataclass(frozen=True)
class Stop(Command):
    """End the loop (the thread then finishes)."""
