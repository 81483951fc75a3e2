"""In the real window, each kind of data gets its picture, and the picture follows training: what
it draws differs between a frame before training and one after samples have been trained."""

from __future__ import annotations

import numpy as np
import pytest

from core.studio.experiment import DataChoice, with_preset
from tests.gui.conftest import frame_after
from tests.gui.learn.test_units_tab import sine_csv, threshold_csv


def _image_bytes(img):
    return bytes(img.constBits()) if img is not None else b""


# (data, Learn tab, what the picture draws now, a check that it is the right picture)
CASES = {
    "1-D regression": ("sine", "units", lambda p: p.units.curve.values().copy(),
                       lambda p: p.units.kind == "curve" and p.units.curve.unit_values() is not None),
    "1-D classification": ("size", "units", lambda p: p.units.curve.values().copy(),
                           lambda p: p.units.curve.threshold is not None),
    "2-D": ("spiral", "units", lambda p: p.units.boundary.values().copy(),
            lambda p: p.units.kind == "plane"),
    "iris projection": ("iris", "units", lambda p: p.units.projection.image_rgb().copy(),
                        lambda p: p.units.kind == "projection" and p.units.projection.wrong is not None),
    "digits": ("digits", "units", lambda p: _image_bytes(p.units.strip.image(1, 0)),
               lambda p: p.units.kind == "image" and len(p.units.worst.labels) == 8),
    "regression scatter": ("plane", "metrics", lambda p: p.metrics.scatter.points["train"][1].copy(),
                           lambda p: p.metrics.scatter is not None),
    "per-class accuracy": ("iris", "metrics", lambda p: p.metrics.tables["train"].counts.copy(),
                           lambda p: "Right per class" in p.metrics.per_class["train"].text()),
}


def _choose(window, name, tmp_path):
    studio = window.studio
    if name in ("sine", "size"):
        path = sine_csv(tmp_path) if name == "sine" else threshold_csv(tmp_path)
        exp = studio.experiment.with_(data=DataChoice(name=name, csv_path=str(path)))
        exp = exp.with_(hp=exp.hp.with_(shuffle=True))
    else:
        exp, _ = with_preset(studio.experiment, DataChoice(name))
    assert studio.change_experiment(exp, "test")


@pytest.mark.parametrize("kind", list(CASES))
def test_each_kind_of_data_has_its_picture_and_it_follows_training(window, qtbot, tmp_path, kind):
    """The picture for this kind appears on its tab, and what it draws changes as samples train."""
    name, tab, drawn, is_right = CASES[kind]
    _choose(window, name, tmp_path)
    panel, studio = window.learn_panel, window.studio
    panel.show_tab(tab)
    frame_after(qtbot, studio, lambda f: f.snapshot.sizes == studio.sizes)
    qtbot.waitUntil(lambda: panel.units._params is not None if tab == "units"
                    else panel.metrics.result is not None, timeout=5000)
    assert is_right(panel)
    before = drawn(panel)
    window.controls.speed_box.set_speed(None)
    studio.play()
    frame_after(qtbot, studio, lambda f: f.snapshot.samples_seen > 2000, timeout=10000)

    def changed():
        now = drawn(panel)
        return not (np.array_equal(now, before) if isinstance(now, np.ndarray) else now == before)

    qtbot.waitUntil(changed, timeout=10000)
    studio.pause()
    frame_after(qtbot, studio, lambda f: not f.playing)
    assert is_right(panel)
