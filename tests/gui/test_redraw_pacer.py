"""Tests for gui/redraw_pacer.py: a view redraws at most max_fps and within its time share."""

from __future__ import annotations

import time

from gui.redraw_pacer import RedrawPacer


def test_user_events_always_redraw():
    """Step, reset and pause frames are drawn even right after another draw."""
    pacer = RedrawPacer(max_fps=1, share=0.1)
    pacer.run(lambda: None)
    assert not pacer.due("tick") and pacer.due("step") and pacer.due("reset")


def test_slow_draws_space_out_ticks():
    """A draw costing 20 ms with a 0.2 share allows the next tick only ~100 ms later."""
    pacer = RedrawPacer(max_fps=1000, share=0.2)
    pacer.run(lambda: time.sleep(0.02))
    assert not pacer.due("tick")
    time.sleep(0.06)
    assert not pacer.due("tick")
    time.sleep(0.06)
    assert pacer.due("tick")
