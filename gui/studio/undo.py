"""Undo and Redo for the edits that destroy a run's state: a hand-edited weight, New init, Reset,
a data set or network change.

Before such an edit the Studio captures a snapshot: the Experiment and the trainer's whole state
(weights, optimizer, counters, history, data) as core.files.session writes it, taken on the
worker thread between chunks. Undo rebuilds that trainer (core.files.session.session_from_dict,
so weights come back bit for bit) and hands it to the worker; before it does, it captures the
state being left, which Redo restores. A state with non-finite weights (a diverged run) is not
kept: session documents refuse them, and nobody wants them back.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6 import QtGui

from core.checks.errors import BackpropStudioError
from core.files.session import session_from_dict, session_to_dict

UNDO_LIMIT = 10  # snapshots of a 300,000-weight network are ~10 MB each


class StateSnapshot(NamedTuple):
    experiment: object  # core.studio.experiment.Experiment
    document: dict  # core.files.session.session_to_dict of the trainer


def capture(studio) -> StateSnapshot | None:
    """The studio's current state, or None when it cannot be restored (non-finite weights)."""
    experiment = studio.experiment
    try:
        doc = studio.call(lambda tr: None if not tr.network.params.size or not _finite(tr)
                          else session_to_dict(tr, tr.data, embed_data=True))
    except (BackpropStudioError, TimeoutError, ValueError):
        return None
    return None if doc is None else StateSnapshot(experiment, doc)


def _finite(trainer) -> bool:
    import numpy as np

    return bool(np.isfinite(trainer.network.params).all())


def restore(studio, snapshot: StateSnapshot) -> None:
    """Make `snapshot` the studio's state again: its experiment, data, weights and history."""
    trainer, dataset = session_from_dict(snapshot.document)
    studio.restore_state(trainer, dataset, snapshot.experiment)


class SnapshotCommand(QtGui.QUndoCommand):
    """One destructive edit on the undo stack. The edit itself has already happened when it is
    pushed, so the first redo (QUndoStack.push calls it) does nothing."""

    def __init__(self, studio, before: StateSnapshot, text: str):
        super().__init__(text)
        self._studio, self._before, self._after = studio, before, None
        self._pushed = False

    def undo(self) -> None:
        self._after = capture(self._studio)
        restore(self._studio, self._before)

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        if self._after is not None:
            restore(self._studio, self._after)
