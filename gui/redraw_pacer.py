"""How often a view redraws while training runs, and when.

How often: at most `max_fps`, and at most `share` of the GUI thread's time, judged by what its
last draw cost. The worker already bounds frames to ~30 a second; on a slow or busy machine a big
graph can take tens of milliseconds to paint, and painting it 30 times a second would leave the
GUI thread (and, through the GIL, the worker) no time. User actions (step, reset, pause) always
redraw at once.

When: one view per pass of the event loop. Several views drawing in the same frame handler would
block the GUI thread for the sum of their paints; queued one after another, each behind whatever
input and timers arrived meanwhile, the longest block is one view's paint.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6 import QtCore, QtWidgets


class RedrawQueue(QtCore.QObject):
    """Runs queued draws one per event-loop pass; a newer request for the same key replaces the
    older one (only the latest frame is worth drawing)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pending: dict[object, object] = {}
        # A 1 ms timer, not singleShot(0): Qt delivers a zero-delay call as a posted event, ahead
        # of every timer, whereas real timers fire in the order they fell due.
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1)
        self._timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._run_one)

    def request(self, key, draw, owner: QtCore.QObject | None = None) -> None:
        """Queue draw(); it is dropped if `owner` (the view it paints) is deleted before it runs."""
        self._pending[key] = (draw, owner)
        self._schedule()

    def cancel(self, key) -> None:
        self._pending.pop(key, None)

    def _schedule(self) -> None:
        # started *after* the last draw: timers that fell due during that draw, and input events,
        # are served before the next one
        if self._pending and not self._timer.isActive():
            self._timer.start()

    def _run_one(self) -> None:
        if not self._pending:
            return
        key = next(iter(self._pending))
        draw, owner = self._pending.pop(key)
        try:
            if owner is None or shiboken6.isValid(owner):
                draw()
        finally:
            self._schedule()


def redraw_queue() -> RedrawQueue:
    """The application's one RedrawQueue (created on first use, owned by the QApplication)."""
    app = QtWidgets.QApplication.instance()
    queue = app.findChild(RedrawQueue, "redraw_queue")
    if queue is None:
        queue = RedrawQueue(app)
        queue.setObjectName("redraw_queue")
    return queue


class RedrawPacer:
    """`due(event)` says whether to redraw for this frame; `run(draw)` queues the draw, which
    should paint synchronously, and measures it when it runs."""

    def __init__(self, max_fps: float, share: float, owner: QtCore.QObject | None = None):
        self._owner = owner  # the view drawn: a draw still queued when it is deleted is dropped
        self._min_gap = 1.0 / max_fps
        self._share = share
        self._next = 0.0

    def due(self, event: str) -> bool:
        return event != "tick" or time.perf_counter() >= self._next

    def run(self, draw) -> None:
        """Queue draw() for the next free pass of the event loop (see RedrawQueue)."""
        self._next = time.perf_counter() + self._min_gap  # no second request before it has run
        redraw_queue().request(self, lambda: self._timed(draw), self._owner)

    def _timed(self, draw) -> None:
        t0 = time.perf_counter()
        draw()
        now = time.perf_counter()
        self._next = t0 + max(self._min_gap, (now - t0) / self._share)
