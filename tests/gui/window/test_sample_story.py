"""One sample, one story: the graph, the Derivation tab and the status bar name the same sample
after a step, a step of an epoch, a pause and a step's animation; the graph draws that sample's
inputs and its target t beside the output."""

from __future__ import annotations

import re

import numpy as np

from core.data.synthetic import XOR_INPUTS, XOR_LABELS
from tests.gui.conftest import frame_after


def _named(window) -> dict[str, str]:
    """Which sample each of the three views names, as 'sample i of n' (plus 'next:' if so)."""
    out = {}
    for where, text in (("graph", window.graph_view.sample_text()),
                        ("inspector", window.learn_panel.inspector.sample_text()),
                        ("status", window.status_numbers.labels["sample"].text())):
        m = re.search(r"(next: )?sample (\d+) of (\d+)", text)
        assert m, f"{where} names no sample: {text!r}"
        out[where] = m.group(0)
    return out


def _same(qtbot, window, expected: str) -> None:
    """All three name `expected` once the graph's paced draw of the latest frame has run."""
    def agree():
        try:
            return set(_named(window).values()) == {expected}
        except AssertionError:
            return False

    try:
        qtbot.waitUntil(agree, timeout=5000)
    except qtbot.TimeoutError:
        pass  # the assertion below says which view names what
    named = _named(window)
    assert set(named.values()) == {expected}, named


def _xor_words(row: int) -> str:
    x = ", ".join(str(int(v)) for v in XOR_INPUTS[row])
    return f"x = ({x}), t = {XOR_LABELS[row]}"


def _ready(window, qtbot):
    window.learn_panel.show_tab("derivation")
    frame_after(qtbot, window.studio, lambda f: True)


def _step(window, qtbot):
    n = window.studio.frame.snapshot.samples_seen
    window.training_actions.step_sample.trigger()
    return frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen == n + 1)


def test_after_a_step_all_name_the_sample_just_trained(window, qtbot):
    """Two steps on the seed's XOR (file order): all three name sample 2 of 4, x = (0, 1),
    t = 1, just trained; the graph says the next is sample 3 and draws x and t of sample 2."""
    _ready(window, qtbot)
    _step(window, qtbot)
    _step(window, qtbot)
    qtbot.waitUntil(lambda: "sample 2 of 4" in window.graph_view.sample_text())
    _same(qtbot, window, "sample 2 of 4")
    text = window.graph_view.sample_text()
    assert _xor_words(1) in text and "just trained" in text and "next: sample 3" in text
    assert _xor_words(1) in window.learn_panel.inspector.sample_text()
    assert text in window.status_numbers.labels["sample"].toolTip()  # the whole sentence there too
    assert np.array_equal(window.graph_view.shown_targets(), [1.0])
    _, x_drawn, _ = window.graph_view.unit_look(0)
    assert np.array_equal(x_drawn, XOR_INPUTS[1])


def test_after_an_epoch_and_a_pause_all_name_the_next_sample(window, qtbot):
    """A step of an epoch, then a run paused anywhere: all three name the next sample, the one
    the engine learns next (samples_seen mod 4 in file order), and the graph draws its x."""
    _ready(window, qtbot)
    window.training_actions.step_epoch.trigger()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen == 4)
    qtbot.waitUntil(lambda: "next: sample 1 of 4" in window.graph_view.sample_text())
    _same(qtbot, window, "next: sample 1 of 4")
    assert _xor_words(0) in window.graph_view.sample_text()
    window.controls.speed_box.set_speed(2000)
    window.studio.play()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen > 50)
    window.studio.pause()
    f = frame_after(qtbot, window.studio, lambda f: not f.playing)
    row = f.snapshot.samples_seen % 4
    qtbot.waitUntil(lambda: f"next: sample {row + 1} of 4" in window.learn_panel.inspector.sample_text())
    qtbot.waitUntil(lambda: f"next: sample {row + 1} of 4" in window.graph_view.sample_text())
    _same(qtbot, window, f"next: sample {row + 1} of 4")
    _, x_drawn, _ = window.graph_view.unit_look(0)
    assert np.array_equal(x_drawn, XOR_INPUTS[row])


def test_during_and_after_a_step_animation_all_name_the_trained_sample(window, qtbot):
    """With 'Animate steps' on, a step plays phase by phase: meanwhile and afterwards the three
    views name the sample the step trained."""
    _ready(window, qtbot)
    window.teaching_actions.animate.trigger()
    window.graph_feed.animation.set_pace(0.05)
    _step(window, qtbot)
    qtbot.waitUntil(lambda: window.graph_feed.animation.running or
                    "sample 1 of 4" in window.graph_view.sample_text())
    _same(qtbot, window, "sample 1 of 4")
    qtbot.waitUntil(lambda: not window.graph_feed.animation.running, timeout=5000)
    _same(qtbot, window, "sample 1 of 4")
    assert "just trained" in window.status_numbers.labels["sample"].text()


def test_a_shuffled_order_is_followed(window, qtbot):
    """With shuffle on, the sample a step trains is the shuffled order's, and so is the next one
    after an epoch, whose activations the graph draws; all three agree each time."""
    from core.engine.order import sample_order

    _ready(window, qtbot)
    window.controls.training_box.shuffle_box.setChecked(True)
    frame_after(qtbot, window.studio, lambda f: f.hp.shuffle)
    _step(window, qtbot)
    hp = window.studio.experiment.hp
    row = int(sample_order(4, 0, 0, 1, True, hp.order_seed)[0])
    qtbot.waitUntil(lambda: f"sample {row + 1} of 4" in window.learn_panel.inspector.sample_text())
    _same(qtbot, window, f"sample {row + 1} of 4")
    assert _xor_words(row) in window.graph_view.sample_text()
    window.training_actions.step_epoch.trigger()  # the rest of epoch 0
    frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen == 4)
    window.training_actions.step_epoch.trigger()  # epoch 1; next: epoch 2's first sample
    frame_after(qtbot, window.studio, lambda f: f.snapshot.samples_seen == 8)
    row = int(sample_order(4, 2, 0, 1, True, hp.order_seed)[0])
    assert row != 0  # not the file order's first: the graph must follow the shuffle
    _same(qtbot, window, f"next: sample {row + 1} of 4")
    _, x_drawn, _ = window.graph_view.unit_look(0)  # the worker's activations follow the shuffle
    assert np.array_equal(x_drawn, XOR_INPUTS[row])
