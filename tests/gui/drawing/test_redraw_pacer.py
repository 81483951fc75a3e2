"""Tests for gui/drawing/redraw_pacer.py: a view redraws at most max_fps, within its time share, and views
draw one per event-loop pass."""

from __future__ import annotations

import time

from PySide6 import QtCore

from core.studio.frame import FrameEvent
from gui.drawing.redraw_pacer import RedrawPacer, RedrawQueue


def _logging_timer(log: list) -> QtCore.QTimer:
    """A single-shot timer that appends "timer" to log when it fires."""
    timer = QtCore.QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: log.append("timer"))
    return timer


def test_user_events_always_redraw(qtbot):
    """Step, reset and pause frames are drawn even right after another draw."""
    pacer = RedrawPacer(max_fps=1, share=0.1)
    done = []
    pacer.run(lambda: done.append(1))
    qtbot.waitUntil(lambda: bool(done))
    assert not pacer.due(FrameEvent.TICK) and pacer.due(FrameEvent.STEPPED) and pacer.due(FrameEvent.RESET)


def test_slow_draws_space_out_ticks(qtbot):
    """A draw costing 20 ms with a 0.2 share allows the next tick only ~100 ms after it started."""
    pacer = RedrawPacer(max_fps=1000, share=0.2)
    done = []
    pacer.run(lambda: (time.sleep(0.02), done.append(time.perf_counter())))
    qtbot.waitUntil(lambda: bool(done))
    assert not pacer.due(FrameEvent.TICK)
    time.sleep(0.04)
    assert not pacer.due(FrameEvent.TICK)
    time.sleep(0.07)
    assert pacer.due(FrameEvent.TICK)


def test_queue_coalesces_and_runs_one_draw_per_pass(qtbot):
    """A newer request for the same key replaces the older; a timer due during a draw runs before
    the next queued draw."""
    queue = RedrawQueue()
    order = []
    timer = _logging_timer(order)
    queue.request("a", lambda: (order.append("a-old")))
    queue.request("a", lambda: (order.append("a"), timer.start(1), time.sleep(0.02)))
    queue.request("b", lambda: order.append("b"))
    qtbot.waitUntil(lambda: "b" in order)
    assert order == ["a", "timer", "b"]


def test_draw_of_a_deleted_view_is_dropped(qtbot):
    """A draw still queued when its view is deleted never runs."""
    from PySide6 import QtWidgets

    queue = RedrawQueue()
    view = QtWidgets.QWidget()
    ran = []
    queue.request("v", lambda: ran.append(view.width()), view)
    queue.request("other", lambda: ran.append("other"))
    view.deleteLater()
    qtbot.waitUntil(lambda: "other" in ran)
    assert ran == ["other"]


def _pieces(log, name, n, seconds):
    """A sliced draw: n pieces of `seconds` each, logged; its `finally` is logged too."""
    try:
        for i in range(n):
            time.sleep(seconds)
            log.append(f"{name}{i}")
            yield
    finally:
        log.append(f"{name} closed")


def test_sliced_draw_lets_timers_in_between(qtbot):
    """A generator draw of 6 pieces of 2 ms runs over several passes (SLICE_S each), and a timer
    that falls due meanwhile fires between its slices, not after the whole draw."""
    from gui.drawing.redraw_pacer import SLICE_S

    queue = RedrawQueue()
    log = []
    timer = _logging_timer(log)
    timer.start(1)
    queue.request("g", lambda: _pieces(log, "p", 6, 0.002))
    qtbot.waitUntil(lambda: "p closed" in log)
    assert log.index("timer") < log.index("p5")
    assert [e for e in log if e.startswith("p")] == [f"p{i}" for i in range(6)] + ["p closed"]
    assert SLICE_S < 0.012  # a slice of 6 × 2 ms would be the whole draw


def test_replaced_sliced_draw_is_closed(qtbot):
    """A newer request for the same key closes a sliced draw under way (its finally runs) and
    the newer one runs in full."""
    queue = RedrawQueue()
    log = []
    queue.request("g", lambda: _pieces(log, "old", 50, 0.002))
    qtbot.waitUntil(lambda: "old0" in log)
    queue.request("g", lambda: _pieces(log, "new", 3, 0.0))
    qtbot.waitUntil(lambda: "new closed" in log)
    assert "old closed" in log and "old49" not in log
    assert log.index("old closed") < log.index("new0")


def test_pacer_times_the_pieces_and_waits_for_the_end(qtbot):
    """No tick is due while a sliced draw is under way; afterwards the gap follows the time spent
    in its pieces: 4 × 10 ms = 40 ms at share 0.2 allow the next tick 200 ms after it began."""
    pacer = RedrawPacer(max_fps=1000, share=0.2)
    log = []
    pacer.run(lambda: _pieces(log, "p", 4, 0.01))
    assert not pacer.due(FrameEvent.TICK)
    qtbot.waitUntil(lambda: len(log) == 2)  # under way
    assert not pacer.due(FrameEvent.TICK)
    qtbot.waitUntil(lambda: "p closed" in log)
    t_done = time.perf_counter()  # about 45 ms after it began
    qtbot.wait(int(1000 * (0.1 - (time.perf_counter() - t_done))))
    assert not pacer.due(FrameEvent.TICK)
    qtbot.wait(200)
    assert pacer.due(FrameEvent.TICK)


def test_next_pass_ends_the_slice_at_once(qtbot):
    """A piece yielding NEXT_PASS ends its slice however little time it took: a timer started in
    it fires before the next piece (without it, both quick pieces would run in one pass), which
    comes a breather later."""
    from gui.drawing.redraw_pacer import BREATHER_S, NEXT_PASS

    queue = RedrawQueue()
    log = []
    timer = _logging_timer(log)

    def draw():
        log.append("A")
        t = time.perf_counter()
        timer.start(0)
        yield NEXT_PASS
        log.append("B")
        log.append(time.perf_counter() - t)

    queue.request("g", draw)
    qtbot.waitUntil(lambda: "B" in log)
    assert log[:3] == ["A", "timer", "B"] and log[3] >= BREATHER_S
