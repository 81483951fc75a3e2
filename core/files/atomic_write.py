"""The project's one file writer: every file the app saves goes through `atomic_write_bytes`.

A save writes a temporary file in the same directory, flushes and fsyncs it, then renames it
over the target with `os.replace`, which is atomic on POSIX and on Windows (same volume). So a
reader sees the old file or the new one, never half of one, and a failed save (full disk, killed
process, an exception while writing) leaves the previous file as it was and removes the temporary
file.

What is at the target decides what a save does (docs/hardening.md, "Writing files"):
- a symlink is followed: the file it points to is replaced, atomically, in that file's own folder
  (the link stays a link);
- anything that is not a regular file (a FIFO, a device such as /dev/null, a socket, a folder) is
  refused with a message, never replaced;
- a read-only file is refused (`ReadOnlyFileError`) unless the caller passes
  `replace_read_only=True`, which the window does after asking and the command line on --force.
The temporary file is named `.<name>.bps-<pid>-<random>.tmp`. A process killed mid-save (kill -9)
cannot remove its own, so every save first removes those in its folder whose process has ended.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from core.checks.errors import BackpropStudioError

TEMP_MARK = ".bps-"  # our temporary files: .<name>.bps-<pid>-<8 random chars>.tmp
_TEMP_NAME = re.compile(r"^\..*\.bps-(\d+)-[a-z0-9_]{8}\.tmp$")
_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a device"),
          (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


class ReadOnlyFileError(BackpropStudioError):
    """The target is a read-only file; replacing it needs the user's say-so."""

    def __init__(self, path: Path):
        super().__init__(f"{path}: the file is read-only; it was not replaced")
        self.path = path


def atomic_write_bytes(path: str | os.PathLike, data: bytes, *, replace_read_only: bool = False) -> Path:
    """Write `data` to `path` atomically (temp file + fsync + os.replace); return the path written
    (the symlink's target when `path` is a symlink).

    Raises BackpropStudioError with the file name if the folder is missing or not writable, or the
    target is not a regular file; ReadOnlyFileError if it is read-only and `replace_read_only` is
    False.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"atomic_write_bytes needs bytes, got {type(data).__name__}")
    return atomic_write_stream(path, lambda f: f.write(data), replace_read_only=replace_read_only)


def atomic_write_stream(path: str | os.PathLike, write: Callable[[BinaryIO], object], *,
                        replace_read_only: bool = False) -> Path:
    """Like atomic_write_bytes, for files too big to build in memory first: write(f) is called
    with the temporary file open for binary writing, and may write in as many pieces as it likes.
    An exception from it leaves the previous file as it was and no temporary file behind."""
    target = writable_target(path, replace_read_only=replace_read_only)
    directory = target.parent
    remove_stale_temp_files(directory)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name[:100]}{TEMP_MARK}{os.getpid()}-",
                                        suffix=".tmp", dir=directory)
    except OSError as exc:
        raise BackpropStudioError(f"{target}: cannot write there ({exc.strerror})") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        _keep_mode(target, tmp)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise BackpropStudioError(f"{target}: could not save ({exc.strerror or exc})") from exc
        raise
    _fsync_directory(directory)
    return target


def atomic_write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8", *,
                      replace_read_only: bool = False) -> Path:
    """Write `text` to `path` atomically as UTF-8; '\\n' stays '\\n' on every platform."""
    return atomic_write_bytes(path, text.encode(encoding), replace_read_only=replace_read_only)


def writable_target(path: str | os.PathLike, *, replace_read_only: bool = False) -> Path:
    """The regular file a save to `path` replaces (symlinks followed), after the checks above.

    Cheap (a few stat calls): callers may use it to ask the user before they build the data.
    """
    given = Path(path)
    target = Path(os.path.realpath(given)) if given.is_symlink() else given
    directory = target.parent if str(target.parent) else Path(".")
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:  # a symlink loop, a name too long, a folder we may not look into
        raise BackpropStudioError(f"{given}: cannot write there ({exc.strerror or exc})") from None
    if st is None:
        if not directory.is_dir():
            raise BackpropStudioError(f"{given}: folder {directory} does not exist")
        return target
    if not stat.S_ISREG(st.st_mode):
        kind = next((name for test, name in _KINDS if test(st.st_mode)), "not a regular file")
        if stat.S_ISDIR(st.st_mode):
            raise BackpropStudioError(f"{given}: is a folder, not a file")
        raise BackpropStudioError(f"{given}: is {kind}, not a regular file; choose another name")
    if not replace_read_only and is_read_only(target, st):
        raise ReadOnlyFileError(given)
    return target


def is_read_only(path: Path, st: os.stat_result | None = None) -> bool:
    """No write permission bit set, or we may not write it (root ignores the bits: they count)."""
    st = st or os.stat(path)
    return not st.st_mode & 0o222 or not os.access(path, os.W_OK)


def remove_stale_temp_files(directory: str | os.PathLike) -> list[Path]:
    """Remove our temporary files in `directory` left by a process that has ended (killed mid-save).

    Only names of our own pattern, only regular files (not symlinks), only when the process id in
    the name is not running. On systems without that check (Windows), ones older than a day.
    Returns what was removed; never raises.
    """
    removed = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if not match:
            continue
        try:
            if not entry.is_file(follow_symlinks=False) or not _abandoned(int(match.group(1)), entry):
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _abandoned(pid: int, entry: os.DirEntry) -> bool:
    if os.name != "posix":
        import time

        return time.time() - entry.stat(follow_symlinks=False).st_mtime > 86_400
    if pid == os.getpid():
        return False  # ours: another thread of this process may be writing it now
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError):
        return False  # running, another user's (or not a pid at all): leave it
    return False


def _keep_mode(target: Path, tmp: Path) -> None:
    """Give the new file the old file's permission bits (mkstemp creates it 0600)."""
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable on POSIX; Windows cannot open a directory, and needs not."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
