"""Tests for core/files/atomic_write.py: the one file writer is atomic and cleans up after failures."""

import os

import pytest

from core.checks.errors import BackpropStudioError
from core.files import atomic_write as aw


def test_writes_bytes_and_text(tmp_path):
    """Bytes are written as given; text is UTF-8 with '\\n' line ends kept as they are."""
    aw.atomic_write_bytes(tmp_path / "a.bin", b"\x00\x01\xff")
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\x01\xff"
    aw.atomic_write_text(tmp_path / "b.txt", "é\nline2\n")
    assert (tmp_path / "b.txt").read_bytes() == "é\nline2\n".encode()


def test_replaces_an_existing_file_and_leaves_no_temp(tmp_path):
    """Overwriting replaces the content and leaves only the target file in the folder."""
    target = tmp_path / "w.json"
    target.write_text("old")
    aw.atomic_write_text(str(target), "new")
    assert target.read_text() == "new"
    assert os.listdir(tmp_path) == ["w.json"]


def test_failure_during_write_keeps_old_file_and_removes_temp(tmp_path, monkeypatch):
    """If fsync fails mid-save, the old file is intact and no temporary file is left."""
    target = tmp_path / "w.json"
    target.write_text("old")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(aw.os, "fsync", broken_fsync)
    with pytest.raises(BackpropStudioError, match="w.json.*No space left"):
        aw.atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["w.json"]


def test_failure_in_replace_keeps_old_file(tmp_path, monkeypatch):
    """If the final rename fails, the old file is intact and the temp file is removed."""
    target = tmp_path / "w.json"
    target.write_text("old")

    def broken_replace(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(aw.os, "replace", broken_replace)
    with pytest.raises(BackpropStudioError, match="Permission denied"):
        aw.atomic_write_bytes(target, b"new")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["w.json"]


def test_interrupt_is_not_swallowed_but_cleans_up(tmp_path, monkeypatch):
    """A KeyboardInterrupt while writing propagates unchanged and still removes the temp file."""
    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(aw.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        aw.atomic_write_bytes(tmp_path / "x", b"1")
    assert os.listdir(tmp_path) == []


def test_missing_folder_is_a_clear_error(tmp_path):
    """Saving into a folder that does not exist names the folder."""
    with pytest.raises(BackpropStudioError, match="does not exist"):
        aw.atomic_write_bytes(tmp_path / "nope" / "x.json", b"1")


def test_target_that_is_a_folder_is_refused(tmp_path):
    """Saving over a folder is refused and the folder is untouched."""
    (tmp_path / "d").mkdir()
    with pytest.raises(BackpropStudioError, match="is a folder"):
        aw.atomic_write_bytes(tmp_path / "d", b"1")
    assert (tmp_path / "d").is_dir()


def test_refuses_str_data(tmp_path):
    """Passing text to the bytes writer is a programming error, not silently encoded."""
    with pytest.raises(TypeError):
        aw.atomic_write_bytes(tmp_path / "x", "text")


def test_new_file_gets_normal_permissions(tmp_path):
    """A new file is not left with mkstemp's private 0600 mode."""
    if os.name != "posix":
        pytest.skip("POSIX permission bits")
    aw.atomic_write_bytes(tmp_path / "x", b"1")
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "x").stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_symlink_is_followed_and_kept(tmp_path):
    """Writing to a symlink replaces the file it points to (in that file's folder); the link stays."""
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "t.txt"
    target.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert aw.atomic_write_text(link, "new") == target
    assert link.is_symlink() and target.read_text() == "new"
    assert sorted(os.listdir(tmp_path / "real")) == ["t.txt"]


def test_non_regular_targets_are_refused(tmp_path):
    """A FIFO and a folder are refused by name; nothing is created next to them."""
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "dir").mkdir()
    with pytest.raises(BackpropStudioError, match="named pipe"):
        aw.atomic_write_bytes(tmp_path / "fifo", b"x")
    with pytest.raises(BackpropStudioError, match="is a folder"):
        aw.atomic_write_bytes(tmp_path / "dir", b"x")
    assert sorted(os.listdir(tmp_path)) == ["dir", "fifo"]


def test_a_read_only_file_is_replaced_only_when_asked(tmp_path):
    """0444: ReadOnlyFileError naming the file; with replace_read_only the content changes and the
    mode stays 0444."""
    target = tmp_path / "ro.txt"
    target.write_text("old")
    target.chmod(0o444)
    with pytest.raises(aw.ReadOnlyFileError, match="ro.txt: the file is read-only"):
        aw.atomic_write_text(target, "new")
    assert target.read_text() == "old"
    aw.atomic_write_text(target, "new", replace_read_only=True)
    assert target.read_text() == "new" and (target.stat().st_mode & 0o777) == 0o444


def test_stale_temp_files_of_ended_processes_are_removed(tmp_path):
    """Only our pattern, only when the process in the name has ended, only regular files."""
    import subprocess
    import sys

    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    dead = int(ended.stdout)
    stale = tmp_path / f".w.json.bps-{dead}-abcdefgh.tmp"
    stale.write_text("left by kill -9")
    live = tmp_path / f".w.json.bps-{os.getppid()}-abcdefgh.tmp"
    live.write_text("being written")
    other = tmp_path / ".w.json.abcdefgh.tmp"
    other.write_text("not our pattern")
    link = tmp_path / f".x.bps-{dead}-abcdefgh.tmp"
    link.symlink_to(other)
    aw.atomic_write_text(tmp_path / "w.json", "{}")
    assert sorted(os.listdir(tmp_path)) == sorted([live.name, other.name, link.name, "w.json"])


def test_a_stream_is_written_in_pieces_and_a_failure_leaves_nothing(tmp_path):
    """atomic_write_stream: pieces arrive whole; an exception midway keeps the old file, no temp."""
    target = tmp_path / "big.bin"
    aw.atomic_write_stream(target, lambda f: [f.write(bytes([i]) * 1000) for i in range(5)])
    assert target.read_bytes() == b"".join(bytes([i]) * 1000 for i in range(5))

    def fail(f):
        f.write(b"half")
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        aw.atomic_write_stream(target, fail)
    assert target.stat().st_size == 5000 and os.listdir(tmp_path) == ["big.bin"]
