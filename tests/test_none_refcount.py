"""Guards against PySide6 6.12.0 on CPython < 3.12, which drops a reference to None per void call."""

import sys

from PySide6 import QtCore


def test_void_qt_calls_keep_none_refcount():
    """10,000 calls of a Qt method returning nothing do not lower sys.getrefcount(None)."""
    p = QtCore.QPointF(1.0, 2.0)
    before = sys.getrefcount(None)
    for _ in range(10_000):
        p.setX(1.0)
    after = sys.getrefcount(None)
    assert after >= before - 5, f"None lost {before - after} references: a broken PySide6 build"


def test_dependency_markers_exclude_the_bad_combination():
    """pyproject.toml caps PySide6 below 6.12 on Python < 3.12."""
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert "PySide6-Essentials>=6.8,<6.12; python_version < '3.12'" in text
