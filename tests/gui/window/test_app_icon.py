"""Tests for gui/window/app_icon.py: the icon's PNG sizes load, and the window and About show it."""

from PySide6 import QtGui

from gui.window.app_icon import app_icon, icon_files


def test_every_size_is_a_square_png_of_its_stated_size():
    """backprop-studio-<n>.png is an n x n image with some opaque pixels, from 16 to 256."""
    sizes = []
    for path in icon_files():
        image = QtGui.QImage(str(path))
        n = int(path.stem.rsplit("-", 1)[1])
        assert (image.width(), image.height()) == (n, n), path.name
        assert image.pixelColor(n // 2, n // 2).alpha() == 255  # the dark tile, not a blank square
        sizes.append(n)
    assert sizes[0] == 16 and sizes[-1] >= 256 and 32 in sizes and 48 in sizes


def test_window_and_about_dialog_carry_the_icon(window):
    """The main window's icon has every size; Help ▸ About shows the picture beside its text."""
    icon = window.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
    window.menu_actions["about"].trigger()
    dialog = window._dialogs[-1]
    assert dialog.isVisible() and not dialog.icon_label.pixmap().isNull()
    assert dialog.icon_label.pixmap().width() == 64
    assert app_icon().availableSizes() == icon.availableSizes()
    dialog.close()
