"""The app's icon (icons/backprop-studio.svg: the seed's 2-2-1 network, edges in the weight colours),
as the PNG sizes rendered from it by packaging/render_icons.py.

PNGs rather than the SVG itself, so that the icon needs no SVG plugin at run time (the desktop
bundle leaves Qt's SVG icon engine out). The files are package data of `gui.window`, found beside
this module in a checkout, an installed wheel and the bundle alike.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtGui

ICONS = Path(__file__).resolve().parent / "icons"


def icon_files() -> list[Path]:
    """The PNG sizes, smallest first (backprop-studio-<size>.png)."""
    return sorted(ICONS.glob("backprop-studio-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def app_icon() -> QtGui.QIcon:
    """Every PNG size in one QIcon, so each place (title bar, task bar, About) picks its own."""
    icon = QtGui.QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    return icon
