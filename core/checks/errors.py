"""The project's one error type for problems a user can fix: bad files, bad values, bad options.

Everything the app refuses on purpose raises a `BackpropStudioError` (or a subclass) whose message
is one plain line naming the file, line and column where that helps. The window shows the message
in a dialog and the command line prints it and exits non-zero; neither shows a traceback. Bugs in
the code are not wrapped: they stay ordinary exceptions so they are loud.
"""

from __future__ import annotations

from pathlib import Path

from core.i18n import translate


class BackpropStudioError(Exception):
    """A user-facing problem with a one-line, plain-language message."""

    def __init__(self, message: str):
        # One line only: a message is shown in a status bar or on one terminal line.
        super().__init__(" ".join(str(message).split()))


class DataError(BackpropStudioError):
    """A value is unusable: non-finite, out of range, a single class, wrong shape."""


class FileFormatError(BackpropStudioError):
    """A file cannot be read as what it claims to be (bad CSV, wrong JSON layout, wrong version)."""


class FileTooLargeError(FileFormatError):
    """A file (or its rows or columns) exceeds a stated limit; checked before reading it in full."""


class MissingDependencyError(BackpropStudioError):
    """An optional package (e.g. onnx for ONNX export) is not installed."""


def where(path: str | Path | None, line: int | None = None, column: int | str | None = None) -> str:
    """Return a location prefix such as ``data.csv, line 3, column 2 ("age"): `` for a message.

    `line` and an integer `column` are 1-based, as a user counts them in a text editor.
    """
    parts = []
    if path is not None:
        parts.append(Path(path).name)
    if line is not None:
        parts.append(translate("Errors", "line {line}").format(line=line))
    if column is not None:
        parts.append(translate("Errors", "column {column}").format(column=column))
    return (", ".join(parts) + ": ") if parts else ""


class Cancelled(Exception):  # noqa: N818 - not an error: the user asked to stop
    """Raised by a progress callback when the user pressed Cancel; nothing was changed or kept."""
