"""Absurd requests (core/checks/limits.py and the loaders' limits) are refused with a message before
anything their size is allocated or read: 10⁶ hidden units, 10⁸ samples, a 10⁶-column CSV header,
files claiming 10 GB; and in the window an absurd width typed into a control is clamped, and the
app stays usable."""

from __future__ import annotations

import tracemalloc

import pytest
from PySide6 import QtCore

from core.checks.errors import BackpropStudioError, FileTooLargeError
from core.data import make_dataset
from core.data.csv_reader import load_csv
from core.engine.network import Network
from core.files.session import load_session
from core.files.weights_json import load_weights_json
from core.files.weights_npz import load_weights_npz
from core.training.trainer import Trainer
from gui.window.main_window import MainWindow
from gui.window.settings import Settings

MiB = 2**20


def refused_cheaply(fn, *args, errors=(BackpropStudioError,), peak_bytes=1 * MiB, **kwargs) -> str:
    """Call fn, expect one of `errors`; return its message after checking the allocation peak."""
    tracemalloc.start()
    try:
        with pytest.raises(errors) as info:
            fn(*args, **kwargs)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < peak_bytes, f"{peak / MiB:.1f} MiB allocated before refusing"
    assert str(info.value).strip()
    return str(info.value)


def test_a_million_hidden_units_is_refused_before_allocation():
    """Network((2, 10⁶, 1)) and a 10⁶-unit deep net: refused, under 1 MiB allocated."""
    assert "limit" in refused_cheaply(Network, (2, 10**6, 1), ("sigmoid", "sigmoid"), "sse",
                                      errors=(ValueError,))
    refused_cheaply(Network, (784, *[4096] * 15, 10), ("relu",) * 15 + ("sigmoid",), "sse",
                    errors=(ValueError,))


def test_a_hundred_million_samples_is_refused_before_allocation():
    """Generating 10⁸ samples, or training 10¹² in one call, is refused before any array."""
    assert "samples" in refused_cheaply(make_dataset, "spiral", n=10**8)
    ds = make_dataset("xor")
    trainer = Trainer(Network((2, 2, 1), ("sigmoid", "sigmoid"), "sse"), ds)
    refused_cheaply(trainer.run, samples=10**12, errors=(ValueError,))


@pytest.mark.parametrize("loader", [load_csv, load_weights_json, load_weights_npz, load_session])
def test_a_10_GB_file_is_refused_before_reading(tmp_path, loader):
    """A (sparse) 10 GB file is refused by its size alone: nothing read, nothing allocated."""
    path = tmp_path / ("big.npz" if loader is load_weights_npz else "big.json")
    with open(path, "wb") as f:
        f.truncate(10 * 2**30)
    assert "larger than the limit" in refused_cheaply(loader, path, errors=(FileTooLargeError,))


def test_a_million_column_header_is_refused_before_splitting(tmp_path):
    """A 10⁶-column CSV header is refused, naming the limit; memory stays within a small multiple
    of the file (its text is read, but no row is split into a million fields)."""
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{i}" for i in range(10**6)) + "\n" + ",".join("1" * 10**6) + "\n")
    size = path.stat().st_size
    message = refused_cheaply(load_csv, path, errors=(FileTooLargeError,), peak_bytes=8 * size)
    assert "1000000 columns" in message and "limit" in message


def test_typing_an_absurd_width_in_the_window_is_clamped(qtbot, tmp_path):
    """Typing 1000000 units into a layer's box ends at its maximum, and training still works."""
    w = MainWindow(Settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.studio.frame is not None, timeout=5000)
    spin = w.controls.network_box.unit_spins()[0]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "1000000")
    qtbot.keyClick(spin, QtCore.Qt.Key.Key_Return)
    assert spin.value() <= spin.maximum()
    hidden = w.studio.experiment.arch.hidden
    assert hidden[0] == spin.value() and hidden[0] <= 512
    w.controls.speed_box.set_speed(None)
    w.studio.play()
    qtbot.waitUntil(lambda: w.studio.frame.snapshot.sizes[1] == hidden[0]
                    and w.studio.frame.snapshot.samples_seen > 100, timeout=10_000)
    w.close()
