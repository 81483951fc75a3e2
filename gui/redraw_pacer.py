"""How often a view redraws while training runs: at most `max_fps`, and at most `share` of the GUI
thread's time, judged by what its last draw cost.

The worker already bounds frames to ~30 a second; on a slow or busy machine a big graph can take
tens of milliseconds to paint, and painting it 30 times a second would leave the GUI thread (and,
through the GIL, the worker) no time. User actions (step, reset, pause) always redraw at once.
"""

from __future__ import annotations

import time


class RedrawPacer:
    """`due(event)` says whether to redraw for this frame; `run(draw)` draws and measures."""

    def __init__(self, max_fps: float, share: float):
        self._min_gap = 1.0 / max_fps
        self._share = share
        self._next = 0.0

    def due(self, event: str) -> bool:
        return event != "tick" or time.perf_counter() >= self._next

    def run(self, draw) -> None:
        """Call draw() (which should paint synchronously) and schedule the next allowed draw."""
        t0 = time.perf_counter()
        draw()
        now = time.perf_counter()
        self._next = t0 + max(self._min_gap, (now - t0) / self._share)
