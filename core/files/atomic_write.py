"""The project's one file writer: every file the app saves goes through `atomic_write_bytes`.

A save writes a temporary file in the same directory, flushes and fsyncs it, then renames it
over the target with `os.replace`, which is atomic on POSIX and on Windows (same volume). So a
reader sees the old file or the new one, never half of one, and a failed save (full disk, killed
process, an exception while writing) leaves the previous file as it was and removes the temporary
file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from core.checks.errors import BackpropStudioError


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    """Write `data` to `path` atomically (temp file + fsync + os.replace); return the resolved path.

    Raises BackpropStudioError with the file name if the directory is missing or not writable.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"atomic_write_bytes needs bytes, got {type(data).__name__}")
    return atomic_write_stream(path, lambda f: f.write(data))


def atomic_write_stream(path: str | os.PathLike, write: Callable[[BinaryIO], object]) -> Path:
    """Like atomic_write_bytes, for files too big to build in memory first: write(f) is called
    with the temporary file open for binary writing, and may write in as many pieces as it likes.
    An exception from it (core.checks.errors.Cancelled included) leaves no file behind."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise BackpropStudioError(f"{target}: folder {directory} does not exist")
    if target.is_dir():
        raise BackpropStudioError(f"{target}: is a folder, not a file")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
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


def atomic_write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> Path:
    """Write `text` to `path` atomically as UTF-8; '\\n' stays '\\n' on every platform."""
    return atomic_write_bytes(path, text.encode(encoding))


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
