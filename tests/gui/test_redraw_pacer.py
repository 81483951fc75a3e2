"""Tests for gui/redraw_pacer.py: a view redraws at most max_fps, within its time share, and views
draw one per event-loop pass."""

from __future__ import annotations

import time

from PySide6 import QtCore

from gui.redraw_pacer import RedrawPacer, RedrawQueue


def test_user_events_always_redraw(qtbot):
    """Step, reset and pause frames are drawn even right after another draw."""
    pacer = RedrawPacer(max_fps=1, share=0.1)
    done = []
    pacer.run(lambda: done.append(1))
    qtbot.waitUntil(lambda: bool(done))
    assert not pacer.due("tick") and pacer.due("step") and pacer.due("reset")


def test_slow_draws_space_out_ticks(qtbot):
    """A draw costing 20 ms with a 0.2 share allows the next tick only ~100 ms after it started."""
    pacer = RedrawPacer(max_fps=1000, share=0.2)
    done = []
    pacer.run(lambda: (time.sleep(0.02), done.append(time.perf_counter())))
    qtbot.waitUntil(lambda: bool(done))
    assert not pacer.due("tick")
    time.sleep(0.04)
    assert not pacer.due("tick")
    time.sleep(0.07)
    assert pacer.due("tick")


def test_queue_coalesces_and_runs_one_draw_per_pass(qtbot):
    """A newer request for the same key replaces the older; a timer due during a draw runs before
    the next queued draw."""
    queue = RedrawQueue()
    order = []
    timer = QtCore.QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: order.append("timer"))
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
