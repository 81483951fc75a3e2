"""Absurd requests (core/checks/limits.py and the loaders' limits) are refused with a message before
anything their size is allocated or read: 10⁶ hidden units, 10⁸ samples, a 10⁶-column CSV header,
files claiming 10 GB; JSON whose parse would need many times its size, an NPZ of 100,000
members and a session with a history stride of 2⁶² (peak memory measured in a subprocess);
and in the window an absurd width typed into a control is clamped, and the
app stays usable."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

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


# ---- limits checked from cheap facts, measured as the user meets them: the CLI in a subprocess ----
ROOT = Path(__file__).resolve().parents[2]
# VmHWM, not getrusage's ru_maxrss: Linux carries ru_maxrss across fork + exec, so a child of a
# 300 MB pytest would report 300 MB before doing anything.
MEASURED_CLI = """
import sys
sys.path.insert(0, {root!r})
from main import main
status = main(sys.argv[1:])
with open("/proc/self/status") as f:
    peak = next(line.split()[1] for line in f if line.startswith("VmHWM:"))
print(f"peak_rss_kib={{peak}}", file=sys.stderr)
sys.exit(status)
"""


def cli_peak(*args, cwd) -> tuple[subprocess.CompletedProcess, int]:
    """Run `python main.py ARGS` and return (the process, its peak resident memory in bytes)."""
    proc = subprocess.run([sys.executable, "-c", MEASURED_CLI.format(root=str(ROOT)), *map(str, args)],
                          cwd=cwd, capture_output=True, text=True, timeout=300)
    peak = [line for line in proc.stderr.splitlines() if line.startswith("peak_rss_kib=")]
    assert peak, proc.stderr
    return proc, int(peak[-1].split("=")[1]) * 1024


def refused_within_memory(path: Path, *args, cwd) -> str:
    """The CLI refuses `path` with one error line; peak memory ≤ 4 × its size + 200 MB."""
    proc, peak = cli_peak(*args, cwd=cwd)
    size = path.stat().st_size
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert proc.returncode == 1 and len(errors) == 1, proc.stderr
    assert "unexpected" not in errors[0] and "Traceback" not in proc.stderr
    assert peak <= 4 * size + 200 * 10**6, f"peak {peak / MiB:.0f} MiB for a {size / MiB:.0f} MiB file"
    return errors[0]


def _weights_doc(tmp_path) -> dict:
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "train", "--epochs", "2", "--quiet",
                           "--export", "w.json", "--session", "s.json"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads((tmp_path / "w.json").read_text())


def test_a_weights_file_of_empty_objects_is_refused_before_parsing(tmp_path):
    """A valid weights file whose provenance holds 40 MiB of `{}`s (its parse needs ~1 GB; the
    issue's 199 MiB one needed 5.3 GB and was accepted): refused, memory within the bound."""
    doc = _weights_doc(tmp_path)
    doc["provenance"] = {"junk": "@"}
    head, tail = json.dumps(doc).split('"@"')
    path = tmp_path / "objects.json"
    with open(path, "w") as f:
        f.write(head + "[")
        f.write("{}," * (40 * MiB // 3))
        f.write("{}]" + tail)
    message = refused_within_memory(path, "export", path, tmp_path / "out.json", cwd=tmp_path)
    assert "objects.json" in message and "memory" in message
    assert not (tmp_path / "out.json").exists()


def test_an_npz_with_a_hundred_thousand_members_is_refused_from_its_directory(tmp_path):
    """A valid weights .npz plus 100,000 tiny extra arrays (the issue's million took 81 s and
    1.56 GB, and loaded): refused from the zip's end record, quickly, within the memory bound."""
    import io
    import zipfile

    import numpy as np

    _weights_doc(tmp_path)
    subprocess.run([sys.executable, str(ROOT / "main.py"), "export", "w.json", "w.npz"],
                   cwd=tmp_path, check=True, capture_output=True, timeout=120)
    buf = io.BytesIO()
    np.save(buf, np.zeros(0))
    tiny = buf.getvalue()
    path = tmp_path / "members.npz"
    with zipfile.ZipFile(tmp_path / "w.npz") as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
        for i in range(100_000):
            dst.writestr(f"x{i}.npy", tiny)
    t0 = time.monotonic()
    message = refused_within_memory(path, "export", path, tmp_path / "out.json", cwd=tmp_path)
    assert time.monotonic() - t0 < 10
    assert "members.npz" in message and "100,0" in message


def test_a_session_with_an_absurd_history_stride_is_refused(tmp_path):
    """A session whose E history claims a stride of 2⁶² (memory then grew without bound while it
    trained): --resume refuses it in one line naming the file, within the memory bound."""
    _weights_doc(tmp_path)
    doc = json.loads((tmp_path / "s.json").read_text())
    doc["history"]["samples"]["stride"] = 2**62
    path = tmp_path / "stride.json"
    path.write_text(json.dumps(doc))
    message = refused_within_memory(path, "train", "--resume", path, "--samples", "200000",
                                    "--quiet", "--session", tmp_path / "again.json", cwd=tmp_path)
    assert "stride.json" in message and "history" in message
