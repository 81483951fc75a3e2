"""How often a view redraws while training runs, and when.

How often: at most `max_fps`, and at most `share` of the GUI thread's time, judged by what its
last draw cost. The worker already bounds frames to ~30 a second; on a slow or busy machine a big
graph can take tens of milliseconds to paint, and painting it 30 times a second would leave the
GUI thread (and, through the GIL, the worker) no time. User actions (step, reset, pause) always
redraw at once.

When: one view per pass of the event loop, and a long draw in slices. Several views drawing in
the same frame handler would block the GUI thread for the sum of their paints. A draw may be a
generator that does one piece of the work per `next()` (the graph paints into an offscreen
picture bucket by bucket): the queue runs its pieces for about `SLICE_S` per pass, then lets the
event loop serve input and timers before going on. So no pass blocks for much longer than a slice
plus one piece, however big the picture. A piece may yield NEXT_PASS to end its slice early and
go on only after a breather, e.g. before a paint that cannot be cut (the E plot's), so that two
big pieces never block the event loop back to back.
"""

from __future__ import annotations

import inspect
import math
import time

import shiboken6
from PySide6 import QtCore, QtWidgets

from core.studio.frame import FrameEvent

SLICE_S = 0.003  # a sliced draw works this long per pass of the event loop, then yields
NEXT_PASS = object()  # yielded by a sliced draw: stop here, go on after a breather (below)
BREATHER_S = 0.008  # after NEXT_PASS: long enough for the event loop to serve what fell due


class RedrawQueue(QtCore.QObject):
    """Runs queued draws one per event-loop pass; a newer request for the same key replaces the
    older one (only the latest frame is worth drawing). A draw returning a generator is a sliced
    draw: its pieces run SLICE_S per pass, and it goes to the back of the queue between slices;
    after a piece yielding NEXT_PASS it waits BREATHER_S before going on (others may run)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pending: dict[object, tuple] = {}  # key: (draw, owner, not before: perf_counter s)
        # A precise timer, not singleShot(0): Qt delivers a zero-delay call as a posted event,
        # ahead of every timer, whereas real timers fire in the order they fell due.
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._run_one)

    def request(self, key, draw, owner: QtCore.QObject | None = None) -> None:
        """Queue draw(); it is dropped if `owner` (the view it paints) is deleted before it runs."""
        self.cancel(key)
        self._pending[key] = (draw, owner, 0.0)
        self._schedule()

    def cancel(self, key) -> None:
        old = self._pending.pop(key, None)
        if old is not None and inspect.isgenerator(old[0]):
            old[0].close()  # a sliced draw under way: its `finally` clauses run now

    def is_pending(self, key) -> bool:
        return key in self._pending

    def _schedule(self) -> None:
        # started *after* the last draw: timers that fell due during that draw, and input events,
        # are served before the next one
        if not self._pending:
            self._timer.stop()
            return
        wait = min(entry[2] for entry in self._pending.values()) - time.perf_counter()
        self._timer.start(max(1, math.ceil(wait * 1000)))

    def _run_one(self) -> None:
        now = time.perf_counter()
        key = next((k for k, entry in self._pending.items() if entry[2] <= now), None)
        if key is None:
            self._schedule()
            return
        draw, owner, _ = self._pending.pop(key)
        try:
            if owner is not None and not shiboken6.isValid(owner):
                if inspect.isgenerator(draw):
                    draw.close()
                return
            job = draw if inspect.isgenerator(draw) else draw()
            if not inspect.isgenerator(job):
                return  # a plain draw: done
            end = time.perf_counter() + SLICE_S
            for piece in job:
                if piece is NEXT_PASS:
                    self._pending[key] = (job, owner, time.perf_counter() + BREATHER_S)
                    return
                if time.perf_counter() >= end:
                    self._pending[key] = (job, owner, 0.0)  # the rest in a later pass
                    return
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
    should paint synchronously (or be a generator painting piece by piece, see RedrawQueue), and
    measures it when it runs. No tick is due while a draw is still queued or under way."""

    def __init__(self, max_fps: float, share: float, owner: QtCore.QObject | None = None):
        self._owner = owner  # the view drawn: a draw still queued when it is deleted is dropped
        self._min_gap = 1.0 / max_fps
        self._share = share
        self._next = 0.0
        self._job = 0  # which run() the latest is: an older, replaced draw must not set _next

    def due(self, event: FrameEvent) -> bool:
        return event is not FrameEvent.TICK or time.perf_counter() >= self._next

    def run(self, draw) -> None:
        """Queue draw() for the next free pass of the event loop (see RedrawQueue)."""
        self._job += 1
        redraw_queue().request(self, self._timed(draw, self._job), self._owner)
        self._next = math.inf  # no tick until this draw is done (it sets the real time)

    def cancel(self) -> None:
        """Drop a draw still queued or under way (its view is about to change or go)."""
        self._job += 1
        redraw_queue().cancel(self)
        self._next = 0.0

    def _timed(self, draw, job: int):
        """draw(), or its pieces if it returns a generator, timed by the time spent in them only."""
        start, spent, pieces = time.perf_counter(), 0.0, None
        try:
            t = time.perf_counter()
            pieces = draw()
            spent += time.perf_counter() - t
            if inspect.isgenerator(pieces):
                while True:
                    t = time.perf_counter()
                    try:
                        value = next(pieces)
                    except StopIteration:
                        break
                    finally:
                        spent += time.perf_counter() - t
                    yield value
        finally:
            if inspect.isgenerator(pieces):
                pieces.close()  # dropped half-way (replaced, or its view deleted): let it clean up
            if job == self._job:
                self._next = start + max(self._min_gap, spent / self._share)
