"""Which sample the window is showing, so that the graph, the inspector and the status bar all
name the same one ("sample 3 of 4: x = (1, 0), t = 1").

After a single step it is the sample just trained (the step's own trace); while training runs,
when paused, after a whole epoch or a reset it is the next sample the engine will learn from,
whose activations the graph shows. Inputs and targets are given in the data's own units (the
normalisation and target scaling undone); a class target by its class name. Qt-free: the views
turn a `ShownSample` into words (gui/studio/sample_words.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.data.dataset import class_indices
from core.studio.sample_trace import next_row

MAX_LISTED_INPUTS = 4  # more inputs than this are summarised ("64 inputs"), not listed


@dataclass(frozen=True)
class ShownSample:
    """row: index into the training set (0-based); n: training samples; trained: True if it is
    the sample a step just trained on, False if the next one; next_row: the sample the engine
    learns next; x: raw inputs (d,); t: targets as trained (m,) (0/1 or one-hot for classes,
    scaled for regression); t_raw: the targets in the data's units (m,); label: the class name
    of the target (classification), else None."""

    row: int
    n: int
    trained: bool
    next_row: int
    x: np.ndarray
    t: np.ndarray
    t_raw: np.ndarray
    label: str | None

    def x_text(self) -> str:
        """'(1, 0)' for a few inputs, or '64 inputs' when there are too many to list."""
        if self.x.size > MAX_LISTED_INPUTS:
            return f"{self.x.size} inputs"
        return "(" + ", ".join(_num(v) for v in self.x) + ")"

    def t_text(self) -> str:
        """The target as a learner reads it: the class name, or the value(s) in the data's units."""
        if self.label is not None:
            return self.label
        values = [_num(v) for v in self.t_raw]
        return values[0] if len(values) == 1 else "(" + ", ".join(values) + ")"


    def t_scaled_text(self) -> str | None:
        """The target as the network is trained on it, when that differs from `t_text` (a
        regression target scaled into the output's range), else None."""
        if self.label is not None or np.allclose(self.t, self.t_raw):
            return None
        values = [_num(v) for v in self.t]
        return values[0] if len(values) == 1 else "(" + ", ".join(values) + ")"


def _num(v: float) -> str:
    return f"{float(v):.4g}".replace("-", "−")


def shown_sample(frame, dataset, step_trace=None) -> ShownSample:
    """The sample `frame` stands for: `step_trace`'s row if given (a step just trained it), else
    the next one. frame: a core.studio.frame.Frame of `dataset`'s trainer."""
    s = frame.snapshot
    following = next_row(s.samples_seen, s.epoch, frame.n_train, frame.hp.shuffle,
                         frame.hp.order_seed)
    row = following if step_trace is None else int(step_trace.row)
    x = dataset.input_norm.invert(dataset.X_train[row:row + 1])[0]
    t = dataset.T_train[row].copy()
    t_raw = dataset.raw_targets(t[None, :])[0]
    label = None
    if dataset.task == "classification" and dataset.class_names:
        label = dataset.class_names[int(class_indices(t[None, :])[0])]
    return ShownSample(row, frame.n_train, step_trace is not None, following, x, t, t_raw, label)
