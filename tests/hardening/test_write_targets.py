"""What a save does to what is already at its path (core/files/atomic_write.py), driven through
`python main.py` and the window's File menu: a symlink is written through to its target,
atomically in the target's folder; a FIFO, a device or a folder is refused and left alone; a
read-only file is replaced only when the user says so (--force, or Yes in the window); a temporary
file left by a save killed with SIGKILL is removed by the next save to that folder; and one failing
output of a run never stops the others."""

from __future__ import annotations

import json
import os
import select
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.checks.errors import BackpropStudioError
from core.files.weights import load_weights
from gui.window import dialogs
from gui.window.files import file_actions as files
from gui.window.main_window import MainWindow
from gui.window.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def cli(*args, cwd):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def weights(tmp_path) -> Path:
    """A small weights file made by the CLI (5 epochs of XOR)."""
    proc = cli("train", "--epochs", "5", "--quiet", "--export", "src.json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    return tmp_path / "src.json"


def test_a_symlink_is_written_through_to_its_target(tmp_path, weights):
    """export to a symlink: the link stays a link, the file it points to gets the weights, no temp
    file is left in either folder."""
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    target = real_dir / "target.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    proc = cli("export", weights, link, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert load_weights(target).sizes == (2, 2, 1)
    assert sorted(p.name for p in real_dir.iterdir()) == ["target.json"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real", "src.json"]


def test_a_fifo_is_refused_and_left_alone(tmp_path, weights):
    """export to a named pipe: exit 1, one line saying it is not a regular file; still a FIFO."""
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    proc = cli("export", weights, fifo, cwd=tmp_path)
    assert proc.returncode == 1
    assert "not a regular file" in proc.stderr and "pipe.json" in proc.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.parametrize("path", ["/dev/null", "/dev/zero"])
def test_devices_are_refused_before_anything_is_written(path):
    """A device such as /dev/null is refused by the check every save runs first (nothing written:
    as root, the old writer replaced /dev/null itself)."""
    from core.files.atomic_write import writable_target  # here: on old code only this test fails

    with pytest.raises(BackpropStudioError, match="device, not a regular file"):
        writable_target(path)


def test_a_read_only_file_needs_force(tmp_path, weights):
    """export over a 0444 file: refused with a message naming --force, the file unchanged; with
    --force it is replaced and stays read-only."""
    target = tmp_path / "locked.json"
    target.write_text("keep me")
    target.chmod(0o444)
    proc = cli("export", weights, target, cwd=tmp_path)
    assert proc.returncode == 1 and "read-only" in proc.stderr
    assert target.read_text() == "keep me"
    proc = cli("export", weights, target, "--force", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert load_weights(target).sizes == (2, 2, 1)
    assert stat.S_IMODE(target.stat().st_mode) == 0o444


def test_an_output_that_cannot_be_written_is_refused_before_training(tmp_path):
    """train with an --export into a missing folder beside a good --export and a --session: refused
    at once, naming the folder, exit status 1, nothing trained and nothing written (fix the name
    and run again: no run is spent on it). An output that fails only when written, after training,
    does not stop the others (tests/core/cli/test_outputs.py)."""
    proc = cli("train", "--epochs", "3", "--quiet", "--export", "missing/a.json",
               "--export", "b.npz", "--session", "s.json", cwd=tmp_path)
    assert proc.returncode == 1
    assert "missing" in proc.stderr and "Traceback" not in proc.stderr
    assert proc.stdout == "" and sorted(p.name for p in tmp_path.iterdir()) == []
    proc = cli("train", "--epochs", "3", "--quiet", "--export", "b.npz", "--session", "s.json", cwd=tmp_path)
    assert proc.returncode == 0 and load_weights(tmp_path / "b.npz").sizes == (2, 2, 1)
    assert json.loads((tmp_path / "s.json").read_text())["format"] == "backprop-studio-session"


def test_export_reports_each_failed_output(tmp_path, weights):
    """export to a bad folder, an unknown extension and a good file: the good one is written and
    both failures are reported."""
    proc = cli("export", weights, "nope/x.json", "w.txt", "ok.csv", cwd=tmp_path)
    assert proc.returncode == 1
    assert (tmp_path / "ok.csv").stat().st_size > 0
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert any("nope" in e for e in errors) and any(".txt" in e for e in errors)


KILLED_WRITER = """
import os, sys, time
sys.path.insert(0, {root!r})
import core.files.atomic_write as aw
def stall(fd):
    print("writing", flush=True)
    time.sleep(60)
aw.os.fsync = stall  # the data is in the temp file; the process is killed before the rename
aw.atomic_write_bytes({target!r}, b"x" * 5_000_000)
"""


def test_a_temp_file_left_by_kill_9_is_removed_by_the_next_save(tmp_path, weights):
    """A save killed with SIGKILL leaves its temp file; the next export to that folder removes it
    (a live process's temp file and other dot files are left alone)."""
    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WRITER.format(
        root=str(ROOT), target=str(out / "big.json"))], stdout=subprocess.PIPE, text=True)
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 60)  # never hang the suite
        assert ready and proc.stdout.readline().strip() == "writing"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    left = [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert len(left) == 1 and left[0].stat().st_size == 5_000_000
    mine = out / f".other.json.bps-{os.getpid()}-abcdefgh.tmp"  # a running process's save
    mine.write_text("in progress")
    (out / ".hidden.tmp").write_text("not ours")
    result = cli("export", weights, out / "w.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted([".hidden.tmp", mine.name, "w.json"])


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(Settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.studio.frame is not None, timeout=5000)
    yield w
    w.close()


def _export_json(window, monkeypatch, path):
    monkeypatch.setattr(files, "ask_save_path", lambda *a: str(path))
    window.menu_actions["export_json"].trigger()


@pytest.mark.parametrize("answer", [False, True])
def test_the_window_asks_before_replacing_a_read_only_file(window, monkeypatch, tmp_path, answer):
    """File ▸ Export weights over a read-only file asks first: No keeps the file, Yes replaces it
    (and it stays read-only); no error dialog either way."""
    problems, asked = [], []
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, title, msg: problems.append(msg))
    monkeypatch.setattr(files, "ask_replace_read_only", lambda parent, path: asked.append(path)
                        or answer)
    target = tmp_path / "locked.json"
    target.write_text("keep me")
    target.chmod(0o444)
    _export_json(window, monkeypatch, target)
    assert len(asked) == 1 and Path(asked[0]).name == "locked.json" and not problems
    if answer:
        assert load_weights(target).sizes == (2, 2, 1)
        assert stat.S_IMODE(target.stat().st_mode) == 0o444
    else:
        assert target.read_text() == "keep me"
        assert "read-only" in window.statusBar().currentMessage()


def test_the_window_refuses_a_fifo_in_plain_words(window, monkeypatch, tmp_path):
    """File ▸ Export weights to a FIFO: one plain problem naming the file; the FIFO stays."""
    problems = []
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, title, msg: problems.append(msg))
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    t0 = time.monotonic()
    _export_json(window, monkeypatch, fifo)
    assert time.monotonic() - t0 < 5
    assert len(problems) == 1 and "not a regular file" in problems[0]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
