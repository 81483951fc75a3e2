"""When the window stops a run by itself: the epoch's mean E below a target, a maximum number of
epochs, or a plateau (no real progress for `patience` epochs). Qt-free.

Target error and maximum epochs are also handed to the worker (core StopConditions), whose kernel
stops on the exact sample; the plateau rule needs the epoch history and is judged here on each
frame, pausing within one frame (≤ 1/30 s of training). The status bar says which condition stopped it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.teaching.metrics import plateau


@dataclass(frozen=True)
class StopRule:
    """None disables a condition. rel_tol: a plateau means E improved by less than this fraction."""

    target_E: float | None = None
    max_epochs: int | None = None
    patience: int | None = None
    rel_tol: float = 1e-3

    def reason(self, snapshot) -> str | None:
        """Why training should stop now (a plain sentence), or None to keep going.

        snapshot: a core.training.trainer.Snapshot with history (the epoch means are its 'epochs' column;
        it is decimated on long runs, so a plateau is judged on the epochs kept).
        """
        E = snapshot.last_epoch_E
        if self.target_E is not None and math.isfinite(E) and E < self.target_E:
            return (f"Stopped: the mean error E = {E:.4g} fell below the target {self.target_E:g} "
                    f"(epoch {snapshot.epoch:,}).")
        if self.max_epochs is not None and snapshot.epoch >= self.max_epochs:
            return f"Stopped: reached the maximum of {self.max_epochs:,} epochs."
        if self.patience is not None and "epochs" in snapshot.history:
            x, y = snapshot.history["epochs"]
            recent = self._recent_points(np.asarray(x))
            if recent and plateau(np.asarray(y), recent, self.rel_tol):
                return (f"Stopped: E has not improved by {100 * self.rel_tol:g} % in the last "
                        f"{self.patience:,} epochs (a plateau, at E = {E:.4g}).")
        return None

    def _recent_points(self, x: np.ndarray) -> int:
        """How many of the last points cover the last `patience` epochs; 0 while there are not
        more than `patience` epochs to judge.

        On a long run the history keeps one point per bucket of `stride` epochs (their mean,
        core/training/history.py): the window then spans at least one bucket, so the rule judges
        the last max(patience, stride) epochs rather than skipping its check (issue 15: XOR ran
        141M epochs without stopping).
        """
        if len(x) < 2:
            return 0
        span = max(float(self.patience), float(x[-1] - x[-2]))
        if x[-1] - x[0] < span:
            return 0
        return int(np.count_nonzero(x > x[-1] - span))
