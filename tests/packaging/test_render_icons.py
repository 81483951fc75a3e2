"""Tests for packaging/render_icons.py: the committed PNG sizes are the SVG as it is now, and the
Windows and macOS icon files can be written."""

import pytest
import render_icons
from PySide6 import QtGui


@pytest.mark.parametrize("size", render_icons.PNG_SIZES)
def test_committed_pngs_are_renderings_of_the_current_svg(qapp, size):
    """Re-rendering the SVG gives the committed PNG (every channel within 2 of 255): edit the SVG,
    run packaging/render_icons.py."""
    fresh = render_icons._image(size).convertToFormat(QtGui.QImage.Format.Format_RGBA8888)
    committed = QtGui.QImage(str(render_icons.png_path(size))).convertToFormat(QtGui.QImage.Format.Format_RGBA8888)
    assert (committed.width(), committed.height()) == (size, size)
    a, b = bytes(fresh.constBits()), bytes(committed.constBits())
    assert max(abs(x - y) for x, y in zip(a, b, strict=True)) <= 2


def test_platform_icons_are_written_for_windows_and_macos_only(qapp, tmp_path):
    """A .ico for Windows and a .icns for macOS that Qt reads back; nothing for Linux."""
    ico = render_icons.platform_icon("win32", tmp_path)
    icns = render_icons.platform_icon("darwin", tmp_path)
    assert render_icons.platform_icon("linux", tmp_path) is None
    assert ico.suffix == ".ico" and not QtGui.QImage(str(ico)).isNull()
    assert icns.suffix == ".icns" and icns.stat().st_size > 1000
