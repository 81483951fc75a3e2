"""What the network graph is fed from each frame: the weights and the shown sample's activations,
or, in the backprop view, ∂E/∂w of one sample on the edges and δ on the units; after a single
step with "Animate steps" on, the step played phase by phase (gui/graph/step_animation.py).

Redraws are paced by their measured cost (gui/drawing/redraw_pacer.py). While training runs, each frame is
painted offscreen in pieces between other events; a frame the user asked for is painted at once.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore

from core.studio.data_names import input_names, output_names
from core.studio.frame import Frame, FrameEvent
from core.studio.sample_trace import edge_dW
from gui.drawing.redraw_pacer import RedrawPacer
from gui.graph.step_animation import StepAnimation
from gui.studio.sample_words import sample_line

GRAPH_FPS = 30
GRAPH_SHARE = 0.3  # of the GUI thread's time, at most, while training runs


class GraphFeed(QtCore.QObject):
    """Feeds `graph` from `studio`'s frames; `trace_for(frame)` gives the sample to explain."""

    phase_shown = QtCore.Signal(str)  # the animation's caption, for the status bar

    def __init__(self, studio, graph, trace_for, parent=None):
        super().__init__(parent)
        self._studio, self._graph, self._trace_for = studio, graph, trace_for
        self._pacer = RedrawPacer(GRAPH_FPS, GRAPH_SHARE, graph)
        self._last_params: np.ndarray | None = None
        self.backprop = False
        self.animate = False
        self.animation = StepAnimation(graph, self)
        self.animation.phase_shown.connect(self.phase_shown)
        self.animation.finished.connect(self._on_animation_finished)
        studio.frame_received.connect(self._on_frame_received)
        studio.experiment_changed.connect(self._on_experiment_changed)
        graph.set_names(input_names(studio.dataset), output_names(studio.dataset))

    def set_backprop(self, on: bool) -> None:
        """Edges by the sample's Δw and units by δ (on), or edges by w and units by activation."""
        self.backprop = bool(on)
        if not self.animation.running:
            self._graph.set_edge_values("gradient" if on else "weight")
            self._redraw_latest()

    def set_animate(self, on: bool) -> None:
        self.animate = bool(on)
        if not on:
            self.animation.stop()

    # ---- slots ----
    def _on_frame_received(self, frame: Frame) -> None:
        if frame.event is FrameEvent.STEPPED and frame.trace is not None and self.animate:
            s = frame.snapshot
            self._pacer.cancel()  # a draw of an earlier frame still queued would cover the step
            self._set_sample(frame)
            self._last_params = s.params
            self.animation.start(frame.trace, s.params, s.sizes, s.activations, s.loss)
            return
        if self.animation.running:
            if frame.event in (FrameEvent.PAUSED, FrameEvent.TICK) and not frame.playing:
                return  # nothing new: let the step play out
            self.animation.stop()
        if self._pacer.due(frame.event):
            self._pacer.run(lambda: self._draw(frame))

    def _on_animation_finished(self) -> None:
        self._graph.set_edge_values("gradient" if self.backprop else "weight")
        self._redraw_latest()

    def _on_experiment_changed(self, _exp) -> None:
        self.animation.stop()
        self._last_params = None
        self._graph.set_names(input_names(self._studio.dataset), output_names(self._studio.dataset))
        self._graph.set_sample("", None)

    # ---- drawing ----
    def _redraw_latest(self) -> None:
        frame = self._studio.frame
        if frame is not None and frame.snapshot.sizes == self._studio.sizes:
            self._draw(frame)

    def _draw(self, frame: Frame):
        """Show the frame: a training tick is painted offscreen in pieces (a generator, run by
        the pacer's queue); anything the user did is painted at once, so they see it now."""
        if frame.snapshot.sizes != self._studio.sizes or self.animation.running:
            return None  # queued before the experiment changed, or a step is being played
        params = frame.snapshot.params
        activations, dW, deltas = frame.activations, None, None
        step = self._set_sample(frame)
        if step is not None:  # after a step: the sample just trained, as it went through
            activations = step.activations
        if self.backprop and (trace := self._trace_for(frame)) is not None:
            activations, dW, deltas = trace.activations, edge_dW(trace), trace.deltas
            self._last_params = params
        else:
            last = self._last_params
            dW = np.zeros_like(params)  # nothing has changed yet after a reset
            if last is not None and last.shape == params.shape and frame.event is not FrameEvent.RESET:
                dW = params - last  # change since the graph was last drawn
            self._last_params = params
        if frame.event is FrameEvent.TICK and frame.playing:
            self._graph.stage_state(params, activations, dW, deltas)
            return self._graph.paint_in_steps()
        self._graph.set_state(params, activations, dW)
        self._graph.set_unit_deltas(deltas)
        self._graph.repaint()  # paint now, so the pacer sees what it costs
        return None

    def _set_sample(self, frame: Frame):
        """Name the frame's sample on the graph and draw its targets; returns the step's trace
        when the sample is the one a step just trained, else None."""
        shown = self._studio.shown_sample(frame)
        if shown is None:
            self._graph.set_sample("", None)
            return None
        self._graph.set_sample(sample_line(shown), shown.t)
        return self._studio.step_trace(frame)
