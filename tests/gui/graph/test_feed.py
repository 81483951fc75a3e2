"""Tests for gui/graph/feed.py: while training runs the graph is painted offscreen in pieces and
then shown; what the user asks for (a step) is painted at once."""

from __future__ import annotations

import numpy as np

from tests.gui.conftest import frame_after


def test_training_frames_are_painted_in_pieces_and_shown(window, qtbot, monkeypatch):
    graph = window.graph_view
    shown = []
    original = graph.paint_in_steps

    def spy():
        yield from original()
        shown.append((graph._scene.state.params.copy(), graph._front))

    monkeypatch.setattr(graph, "paint_in_steps", spy)
    window.controls.speed_box.set_speed(None)
    window.studio.play()
    qtbot.waitUntil(lambda: len(shown) >= 3, timeout=5000)
    window.studio.pause()
    params, picture = shown[-1]
    assert picture is not None and not picture.isNull()  # the finished picture became the shown one
    assert len({id(p) for _, p in shown}) == len(shown)  # a new picture for each frame
    assert not np.array_equal(shown[0][0], shown[-1][0])  # of weights that moved


def test_a_step_is_painted_at_once(window, qtbot, monkeypatch):
    """A step is the user's: set_state and an immediate paint, not pieces."""
    graph = window.graph_view
    calls = []
    monkeypatch.setattr(graph, "paint_in_steps", lambda: calls.append(1) or iter(()))
    before = window.studio.frame.snapshot.samples_seen
    window.studio.step_sample()
    frame = frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen == before + 1)
    qtbot.wait(50)
    assert not calls
    assert np.array_equal(graph._scene.state.params, frame.snapshot.params)


def test_a_frame_queued_before_the_network_changed_is_not_drawn(window, qtbot):
    """A redraw queued for the old network and run after a change of hidden units is skipped
    (it raised "params has shape (9,), expected (17,)" inside the Qt event loop)."""
    from core.studio.experiment import Architecture

    old = frame_after(qtbot, window.studio, lambda f: f.snapshot.sizes == (2, 2, 1))
    window.studio.change_experiment(window.studio.experiment.with_(arch=Architecture((4,))), "test")
    assert window.studio.sizes == (2, 4, 1)
    assert window.graph_feed._draw(old) is None
    frame_after(qtbot, window.studio, lambda f: f.snapshot.sizes == (2, 4, 1))
