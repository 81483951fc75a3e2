"""Practice mode and lessons in the window's menus: Training ▸ Your turn (P), File ▸ Open Lesson and
the bundled lessons; a bad lesson file is one plain sentence and changes nothing."""

from __future__ import annotations

from gui.window import dialogs


def test_menus_hold_your_turn_and_the_bundled_lessons(window):
    """Training has Your turn (P); File ▸ Lessons lists the three bundled lessons."""
    acts = window.menu_actions
    assert acts["your_turn"].shortcut().toString() == "P" and acts["your_turn"].isCheckable()
    assert [acts[f"lesson_{n}"].text()[3:] for n in (1, 2, 3)] == [
        "The seed's derivation, one step by hand", "Why the hidden layer needs the chain rule",
        "Learning rate: too small, right, too large"]


def test_bundled_lesson_from_the_menu_opens_in_its_pane(qtbot, window):
    """File ▸ Lessons ▸ 3 sets up the lesson's experiment and shows step 1 in the Lesson dock."""
    window.menu_actions["lesson_3"].trigger()
    lp = window.practice.lesson_pane
    assert window.practice.lesson_dock.isVisible() and lp.index == 0
    assert "Step 1 of 5" in lp.text.text()
    qtbot.waitUntil(lambda: window.studio.experiment.hp.alpha == 0.05)


def test_bad_lesson_file_is_reported_and_changes_nothing(qtbot, window, tmp_path, monkeypatch):
    """A lesson with an unknown action: a dialog naming the file and step; the experiment stays."""
    seen = []
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, title, msg: seen.append(msg))
    path = tmp_path / "bad.json"
    path.write_text('{"format": "backprop-studio-lesson", "version": 1, "title": "x", "experiment": {},'
                    ' "steps": [{"text": "a", "action": {"do": "dance"}}]}', encoding="utf-8")
    before = window.studio.experiment
    assert not window.practice.open_lesson(path)
    assert seen == ["bad.json: step 1: unknown action 'dance'; one of play, step, select_weight, switch_view, "
                    "practice, set_alpha, reset, clear_old_runs"]
    assert window.studio.experiment is before and not window.practice.lesson_dock.isVisible()


def test_switching_practice_off_withdraws_and_uncovers(qtbot, window):
    """Your turn off: the open question is withdrawn, the inspector and Play come back."""
    window.practice.your_turn.trigger()
    pane = window.practice.pane
    qtbot.waitUntil(lambda: pane.round is not None)
    assert not window.training_actions.step_epoch.isEnabled()
    window.practice.your_turn.trigger()
    assert pane.round is None and window.training_actions.step_epoch.isEnabled()
    assert "hidden while" not in window.learn_panel.inspector.html()


def test_your_turn_while_training_pauses_and_asks_about_the_next_sample(qtbot, window):
    """P during a run: training pauses, then the question is about the sample the engine learns next."""
    window.studio.set_speed(200)
    window.studio.play()
    qtbot.waitUntil(lambda: window.studio.frame.playing and window.studio.frame.snapshot.samples_seen > 2)
    window.practice.your_turn.trigger()
    pane = window.practice.pane
    qtbot.waitUntil(lambda: pane.round is not None, timeout=5000)
    frame = window.studio.frame
    assert not window.studio.playing and not frame.playing
    seen = frame.snapshot.samples_seen
    assert pane.round.sample == seen % 4 + 1  # XOR in file order: the next row
    assert pane._frame.snapshot.samples_seen == seen
