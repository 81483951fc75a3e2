"""The step animation: one already-computed SampleTrace played on the graph, phase by phase.

Forward, the activations light up layer by layer (inputs, hidden, …, outputs); backward, δ travels
from the outputs to the first hidden layer; last, the weights change (w ← w + Δw). A QTimer on the
GUI thread only moves between pictures of a finished computation: nothing trains here.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore

from core.studio.sample_trace import edge_dW, params_before
from core.teaching.notation import unit_letter


class StepAnimation(QtCore.QObject):
    """Plays traces on `graph` (a NetworkGraphView); `pace_s` seconds per phase."""

    phase_shown = QtCore.Signal(str)  # a sentence saying what this phase shows
    finished = QtCore.Signal()

    def __init__(self, graph, parent=None):
        super().__init__(parent)
        self._graph = graph
        self._phases: list = []
        self._timer = QtCore.QTimer(self)
        self._timer.timeout.connect(self._on_timeout)
        self.pace_s = 0.6

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def set_pace(self, seconds: float) -> None:
        self.pace_s = float(seconds)
        if self.running:
            self._timer.setInterval(int(self.pace_s * 1000))

    def start(self, trace, params_after: np.ndarray, sizes, activations, loss: str) -> None:
        """Play `trace` (a single step's, with applied_dW) that turned the weights into params_after."""
        sizes = tuple(sizes)
        L = len(sizes) - 1
        before = params_before(trace, params_after, sizes, activations, loss)
        dW = edge_dW(trace, applied=True)
        acts, deltas = trace.activations, trace.deltas
        name = [unit_letter(c, L + 1) for c in range(L + 1)]
        ph = [(before, acts, dW, deltas, "weight", c + 1, L + 1,
               "Forward: the inputs x" if c == 0 else
               f"Forward: {name[c]} = f(net), from the layer before") for c in range(L + 1)]
        ph += [(before, acts, dW, deltas, "gradient", L + 1, c,
                f"Backward: δ of the {'outputs' if c == L else 'hidden layer ' + name[c]}"
                + (" from the error t − o" if c == L else ", sent back through the weights"))
               for c in range(L, 0, -1)]
        ph.append((params_after, acts, dW, deltas, "gradient", None, None,
                   "Update: every weight moves by Δw = α δ · input"))
        ph.append((params_after, acts, dW, deltas, "weight", None, None,
                   "Done: the new weights"))
        self._phases = ph
        self._timer.start(int(self.pace_s * 1000))
        self._on_timeout()

    def stop(self) -> None:
        """End at once; the caller redraws the graph from its latest frame."""
        if self.running:
            self._timer.stop()
            self._phases = []
            self._graph.set_reveal(None, None)
            self.finished.emit()

    def _on_timeout(self) -> None:
        if not self._phases:
            self.stop()
            return
        params, acts, dW, deltas, mode, reveal, delta_from, text = self._phases.pop(0)
        g = self._graph
        g.set_edge_values(mode)
        g.set_state(params, acts, dW)
        g.set_unit_deltas(deltas)
        g.set_reveal(reveal, delta_from)
        self.phase_shown.emit(text)
