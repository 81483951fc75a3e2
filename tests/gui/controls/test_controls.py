"""Tests for gui/controls/: each box edits the Studio; architecture and data changes restart
training and say so; impossible combinations are refused in plain words."""

from __future__ import annotations

from core.studio.experiment import DataChoice
from tests.gui.conftest import frame_after


def test_adding_a_hidden_layer_restarts_and_says_so(window, qtbot):
    """Hidden layers 1 -> 2 builds a 2-2-2-1 network, restarts and tells the status bar."""
    window.studio.step_epoch()
    frame_after(qtbot, window.studio, lambda f: f.snapshot.epoch == 1)
    window.controls.network_box.layers_spin.setValue(2)
    assert window.studio.sizes == (2, 2, 2, 1)
    f = frame_after(qtbot, window.studio, lambda f: f.snapshot.sizes == (2, 2, 2, 1))
    assert f.snapshot.samples_seen == 0
    assert "restarted" in window.statusBar().currentMessage()
    assert len(window.controls.network_box.unit_spins()) == 2


def test_units_plus_button_adds_a_unit(window):
    """The + next to a layer adds one unit to it, the − takes one away."""
    from PySide6 import QtWidgets

    row = window.controls.network_box._rows.itemAt(0).widget()
    minus, plus = row.findChildren(QtWidgets.QToolButton)
    plus.click()
    assert window.studio.sizes == (2, 3, 1)
    minus.click()
    assert window.studio.sizes == (2, 2, 1)


def test_cross_entropy_with_linear_output_is_refused_in_words(window):
    """Choosing cross-entropy with a linear output is not applied; the status bar explains."""
    box = window.controls.network_box
    box.output_combo.setCurrentIndex(box.output_combo.findData("linear"))
    assert window.studio.experiment.arch.output_activation == "linear"
    box.loss_combo.setCurrentIndex(box.loss_combo.findData("cross_entropy"))
    assert window.studio.experiment.arch.loss == "sse"
    assert box.loss_combo.currentData() == "sse"  # the widget went back
    assert "cross-entropy needs a sigmoid or softmax output" in window.statusBar().currentMessage()


def test_softmax_output_gives_one_output_per_class(window):
    """A softmax output on XOR uses one-hot targets: the network becomes 2-2-2."""
    box = window.controls.network_box
    box.output_combo.setCurrentIndex(box.output_combo.findData("softmax"))
    assert window.studio.sizes == (2, 2, 2)


def test_choosing_a_data_set_rebuilds_data_and_network(window, qtbot):
    """Picking 'iris' gives its preset's 4-4-3 tanh network (α 0.1, shuffled) on 120 training
    samples, says so in the status bar and shows the preset under the data set."""
    combo = window.controls.data_box.dataset_combo
    combo.setCurrentIndex(combo.findData("iris"))
    assert window.studio.sizes == (4, 4, 3)
    assert window.studio.experiment.arch.hidden_activation == "tanh"
    assert (window.studio.experiment.hp.alpha, window.studio.experiment.hp.shuffle) == (0.1, True)
    assert window.controls.training_box.shuffle_box.isChecked()
    assert window.controls.network_box.hidden_combo.currentData() == "tanh"
    label = window.controls.data_box.preset_label
    assert label.isVisibleTo(window) and "Preset for iris" in label.text()
    f = frame_after(qtbot, window.studio, lambda f: f.n_train == 120)
    assert f.snapshot.samples_seen == 0
    assert "iris" in window.statusBar().currentMessage()
    assert not window.controls.data_box.noise_spin.isEnabled()


def test_noise_and_regenerate_draw_new_data(window):
    """On a synthetic set, the sample count applies and Regenerate changes the data seed."""
    combo = window.controls.data_box.dataset_combo
    combo.setCurrentIndex(combo.findData("circle"))
    window.controls.data_box.samples_spin.setValue(200)
    assert window.studio.dataset.X_train.shape[0] + window.studio.dataset.X_test.shape[0] == 200
    seed = window.studio.experiment.data.seed
    window.controls.data_box.regenerate_button.click()
    assert window.studio.experiment.data.seed == seed + 1


def test_alpha_slider_and_box_agree(window):
    """Moving α's log slider updates the box and the experiment; typing updates the slider."""
    alpha = window.controls.training_box.alpha
    alpha.slider.setValue(alpha.slider.maximum())
    assert alpha.value() == 1000.0 and window.studio.experiment.hp.alpha == 1000.0
    alpha.box.setValue(0.01)
    assert alpha.slider.value() == 200  # 1e-4 .. 1e-2 is two decades of 100 steps
    assert window.studio.experiment.hp.alpha == 0.01


def test_init_seed_change_restarts_with_other_weights(window, qtbot):
    """A new init seed restarts training from different weights."""
    before = window.studio.frame.snapshot.params.copy()
    window.controls.training_box.seed_spin.setValue(7)
    f = frame_after(qtbot, window.studio, lambda f: (f.snapshot.params != before).any())
    assert window.studio.experiment.init.seed == 7 and f.snapshot.samples_seen == 0


def test_speed_slider_sends_the_speed(window):
    """The slider's steps run from 1 sample/s to flat out, and the label says which."""
    box = window.controls.speed_box
    box.slider.setValue(0)
    assert window.studio.speed == 1 and box.label.text() == "1 sample/s"
    box.slider.setValue(box.slider.maximum())
    assert window.studio.speed is None and box.label.text() == "flat out"


def test_a_sorted_csv_is_noticed_beside_the_shuffle_box(window, qtbot, tmp_path):
    """A CSV sorted by class: a note beside the shuffle box and one click shuffles each epoch."""
    rows = ["weight_g,height_cm,fruit"] + [f"{100 + i},{i % 7},apple" for i in range(40)] + [
        f"{200 + i},{i % 5},pear" for i in range(40)]
    path = tmp_path / "fruit.csv"
    path.write_text("\n".join(rows) + "\n")
    studio, box = window.studio, window.controls.training_box
    assert not box.sorted_note.isVisibleTo(window)  # the seed's XOR: nothing to say
    combo, preset = window.controls.data_box.dataset_combo, window.controls.data_box.preset_label
    combo.setCurrentIndex(combo.findData("spiral"))
    assert preset.isVisibleTo(window) and not box.sorted_note.isVisibleTo(window)
    exp = studio.experiment.with_(data=DataChoice(name="fruit", csv_path=str(path)),
                                  hp=studio.experiment.hp.with_(shuffle=False))
    assert studio.change_experiment(exp, "Loaded fruit.csv")
    assert not preset.isVisibleTo(window)  # the spiral's preset is not this file's
    assert box.sorted_note.isVisibleTo(window) and box.sorted_button.isVisibleTo(window)
    assert "sorted by class" in box.sorted_note.text()
    box.sorted_button.click()
    assert studio.experiment.hp.shuffle and box.shuffle_box.isChecked()
    assert not box.sorted_note.isVisibleTo(window) and box.shuffle_box.isVisibleTo(window)
    frame_after(qtbot, studio, lambda f: f.hp.shuffle)


def _numeric_fields(window):
    """Every number field, all enabled: a synthetic data set, every stop condition ticked."""
    from core.studio.experiment import DataChoice
    from gui.inputs.number_box import number_fields

    window.studio.change_experiment(window.studio.experiment.with_(data=DataChoice("spiral")), "test")
    window.controls.training_box.more_button.setChecked(True)
    stop = window.controls.stop_box
    for tick in (stop.target_box, stop.epochs_box, stop.plateau_box):
        tick.setChecked(True)

    return [b for b in number_fields(window.controls) if b.isEnabled()]


def test_every_numeric_field_round_trips_what_it_shows(window, qtbot):
    """Typing back the text a field shows, then Enter, keeps exactly its value (and changes nothing)."""
    from PySide6 import QtCore

    fields = _numeric_fields(window)
    assert len(fields) >= 14
    exp = window.studio.experiment
    for box in fields:
        before, shown = box.value(), box.text()
        box.lineEdit().selectAll()
        qtbot.keyClicks(box.lineEdit(), shown)
        qtbot.keyClick(box.lineEdit(), QtCore.Qt.Key.Key_Return)
        assert box.value() == before and box.text() == shown and box.refusal == "", box.toolTip()
    assert window.studio.experiment == exp


def test_every_numeric_field_refuses_out_of_range_visibly(window, qtbot):
    """A number above a field's maximum is refused at the field (red frame, reason) and the
    model keeps its value; the status bar repeats the reason."""
    from PySide6 import QtCore

    fields = _numeric_fields(window)
    exp = window.studio.experiment
    for box in fields:
        before = box.value()
        too_big = f"{box.maximum() * 10 + 1:g}"
        box.lineEdit().selectAll()
        qtbot.keyClicks(box.lineEdit(), too_big)
        qtbot.keyClick(box.lineEdit(), QtCore.Qt.Key.Key_Return)
        assert box.value() == before, box.toolTip()
        assert "out of range" in box.refusal and "#c0392b" in box.styleSheet()
        assert "out of range" in window.statusBar().currentMessage()
    assert window.studio.experiment == exp


def test_alpha_typed_in_scientific_notation(window, qtbot):
    """α typed as "2e-3" trains with exactly 0.002; "1e-9" (below 1e-4) is refused, α stays."""
    from PySide6 import QtCore

    box = window.controls.training_box.alpha.box
    for typed in ("2e-3", "1e-9"):
        box.lineEdit().selectAll()
        qtbot.keyClicks(box.lineEdit(), typed)
        qtbot.keyClick(box.lineEdit(), QtCore.Qt.Key.Key_Return)
    assert window.studio.experiment.hp.alpha == 0.002 and box.text() == "0.002"
    assert "out of range" in box.refusal


def test_space_in_a_number_field_plays(window, qtbot):
    """Space with the keyboard focus in a number field plays and pauses (no number has a space)."""
    from PySide6 import QtCore

    box = window.controls.training_box.batch_spin
    window.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(window.isActiveWindow)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, QtCore.Qt.Key.Key_Space)
    assert window.studio.playing
    qtbot.keyClick(box, QtCore.Qt.Key.Key_Space)
    assert not window.studio.playing and box.value() == 1


def test_more_training_options_fold_and_unfold(window):
    """Momentum, decay and initialisation start folded away (Stop when in view), unfold on the
    button, and unfold by themselves when a value differs from the seed's plain rule."""
    box = window.controls.training_box
    assert not box.momentum_spin.isVisible() and not box.more_button.isChecked()
    box.more_button.click()
    assert box.momentum_spin.isVisible() and box.seed_spin.isVisible()
    box.more_button.click()
    window.studio.set_hyperparams(window.studio.experiment.hp.with_(momentum=0.9))
    assert box.more_button.isChecked() and box.momentum_spin.isVisible()


def test_a_batch_larger_than_the_data_is_pointed_out(window, qtbot):
    """Typing a batch size past XOR's 4 training samples trains full-batch, and the status bar says
    so, as the command line does; a batch that fits says nothing."""
    from PySide6 import QtCore

    notices = []
    window.studio.notice_posted.connect(notices.append)
    box = window.controls.training_box.batch_spin
    for typed, told in (("3", False), ("32", True)):
        box.lineEdit().selectAll()
        qtbot.keyClicks(box.lineEdit(), typed)
        qtbot.keyClick(box.lineEdit(), QtCore.Qt.Key.Key_Return)
        assert window.studio.experiment.hp.batch_size == int(typed)
        assert any("Batch size 32 is larger than the 4 training samples" in n for n in notices) == told
    assert "full-batch" in window.statusBar().currentMessage()
