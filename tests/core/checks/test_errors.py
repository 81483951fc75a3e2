"""Tests for core/checks/errors.py: one error family, one-line messages, locations."""

import pytest

from core.checks.errors import (
    BackpropStudioError,
    DataError,
    FileFormatError,
    FileTooLargeError,
    MissingDependencyError,
    where,
)


@pytest.mark.parametrize("cls", [DataError, FileFormatError, FileTooLargeError,
                                 MissingDependencyError])
def test_subclasses_are_caught_as_the_project_error(cls):
    """Every specific error can be caught by the one project error type."""
    with pytest.raises(BackpropStudioError):
        raise cls("x")


def test_message_is_one_line():
    """Multi-line or padded messages are folded into one plain line."""
    err = BackpropStudioError("bad value\n  in   file\n")
    assert str(err) == "bad value in file"
    assert "\n" not in str(err)


def test_where_names_file_line_and_column():
    """The location prefix names only the file's name, then the 1-based line and column."""
    assert where("/tmp/some/data.csv", 3, 2) == "data.csv, line 3, column 2: "
    assert where("a.json") == "a.json: "
    assert where(None) == ""
