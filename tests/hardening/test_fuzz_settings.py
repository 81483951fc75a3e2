"""Fuzzing the settings file (gui/window/settings.py, gui/window/main_window.py `_restore`): whatever
the INI file holds under the window's own keys or any other (strings, numbers, infinities, lists,
byte arrays, rects, sizes, points, invalid variants, deep nesting, hostile experiments), the real
window opens on usable values, shows and closes cleanly, and its training thread stops."""

from __future__ import annotations

import json
import math

from hypothesis import example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from PySide6 import QtCore

from core.studio.experiment import Experiment
from gui.window.main_window import MainWindow
from gui.window.settings import Settings
from tests.hardening.fuzzing import FUZZ, PROFILE

KEYS = ["geometry", "window_state", "experiment", "plot/log_y", "plot/x_unit", "speed",
        "learn/backprop_view", "learn/animate", "learn/pace", "learn/tab", "last_folder"]
EXPERIMENT = Experiment().to_dict()

scalars = st.one_of(
    # QVariant holds 64-bit integers; longer ones are written as raw INI text below
    st.none(), st.booleans(), st.integers(-2**63, 2**63 - 1), st.sampled_from([-1, 0, 1, 7, 2**31]),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
    st.sampled_from(["true", "false", "Infinity", "-inf", "nan", "1e400", "samples", "epochs",
                     "/nonexistent/folder", "", "@Invalid()"]),
)
qt_values = st.one_of(
    st.binary(max_size=200).map(QtCore.QByteArray),
    st.tuples(*[st.integers(-2**31, 2**31 - 1)] * 4).map(lambda r: QtCore.QRect(*r)),
    st.tuples(*[st.integers(-2**31, 2**31 - 1)] * 2).map(lambda s: QtCore.QSize(*s)),
    st.tuples(*[st.integers(-2**31, 2**31 - 1)] * 2).map(lambda p: QtCore.QPoint(*p)),
)
values = st.recursive(st.one_of(scalars, qt_values),
                      lambda inner: st.lists(inner, max_size=4), max_leaves=12)


def _nested(depth: int):
    v: object = 1
    for _ in range(depth):
        v = [v]
    return v


def _experiment_text(changes: dict) -> str:
    d = json.loads(json.dumps(EXPERIMENT))
    for (section, key), value in changes.items():
        d[section][key] = value
    return json.dumps(d)


experiments = st.builds(_experiment_text, st.dictionaries(
    st.sampled_from([("data", "name"), ("data", "n"), ("data", "noise"), ("data", "csv_path"),
                     ("data", "train_fraction"), ("data", "seed"), ("arch", "hidden"),
                     ("arch", "hidden_activation"), ("arch", "loss"), ("hp", "alpha"),
                     ("hp", "batch_size"), ("hp", "momentum"), ("init", "r"), ("init", "seed")]),
    st.one_of(st.integers(-10**7, 10**7), st.floats(allow_nan=False), st.text(max_size=8),
              st.lists(st.integers(-5, 10**6), max_size=8), st.sampled_from(
                  ["spiral", "gone", "/nonexistent.csv", "relu", "cross_entropy"])),
    max_size=3))

entries = st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(min_size=1, max_size=12)),
                          st.one_of(values, experiments), max_size=8)
raw_lines = st.lists(st.sampled_from([
    "speed=@Invalid()", "learn\\pace=@Invalid()", "speed=Infinity", "speed=@Rect(1 2 3 4)",
    "speed=1, 2", "speed=-99999999999999999999", "learn\\tab=@Size(-5 -5)",
    "geometry=@ByteArray(\\x1\\xd9\\xd0\\xcb\\0\\x3\\0\\0\\x7f\\xff\\xff\\xff)",
    "window_state=@ByteArray(garbage)", "last_folder=@Point(1 2)", "last_folder=1, 2, 3",
    "experiment=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\0)", "plot\\log_y=@Rect(0 0 -1 -1)",
    "experiment=" + "[" * 5000, "speed=" + ", ".join(["1"] * 2000),
]), max_size=4)


# each case builds a whole window (~0.3 s): 25 in CI on a shared machine, 1,000 in the long run
@hypothesis_settings(FUZZ, max_examples=25 if PROFILE == "ci" else 1_000)
@given(entries=entries, raw=raw_lines)
@example(entries={"learn/pace": None, "speed": math.inf, "last_folder": QtCore.QRect(1, 2, 3, 4)},
         raw=[])
@example(entries={"experiment": _experiment_text({("data", "csv_path"): "/nonexistent.csv"}),
                  "geometry": QtCore.QByteArray(b"\x01\xd9\xd0\xcb" + b"\xff" * 60)}, raw=[])
@example(entries={"speed": _nested(50), "learn/tab": [[1.5, 2], QtCore.QSize(-1, -1)]},
         raw=["speed=@Invalid()", "experiment=" + "[" * 5000])
def test_the_window_opens_on_any_settings_file(qtbot, tmp_path_factory, entries, raw):
    """Random keys and values of every QSettings type: the window opens, shows, closes cleanly."""
    path = tmp_path_factory.mktemp("settings") / "settings.ini"
    writer = QtCore.QSettings(str(path), QtCore.QSettings.Format.IniFormat)
    for key, value in entries.items():
        writer.setValue(key, value)
    writer.sync()
    del writer
    if raw:
        text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
        if "[General]" not in text:
            text = "[General]\n" + text
        head, _, tail = text.partition("[General]\n")
        path.write_text(head + "[General]\n" + "\n".join(raw) + "\n" + tail, encoding="utf-8")
    w = MainWindow(Settings(str(path)))
    qtbot.addWidget(w)
    try:
        w.show()
        qtbot.waitUntil(lambda: w.studio.frame is not None, timeout=10_000)
        assert 1 <= w.width() and 1 <= w.height()
        if w.settings.unrestored:
            assert "not restored" in w.statusBar().currentMessage()
    finally:
        w.close()
    # close() waits 1 s; a worker still loading the compiled kernels ends as soon as that is done
    qtbot.waitUntil(lambda: not w.studio._worker._thread.isRunning(), timeout=60_000)
    # what the window saved on closing opens again with nothing left to complain about
    again = Settings(str(path))
    assert again.experiment() is not None and "experiment" not in again.unrestored
