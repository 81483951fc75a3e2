"""Render the app icon (gui/window/icons/backprop-studio.svg) to the PNG sizes the window and the
Linux desktop use, and to the .ico (Windows) and .icns (macOS) the bundles need.

`python packaging/render_icons.py` rewrites the committed PNGs after the SVG changes; the build
script calls `platform_icon()` for the .ico/.icns, which are build products and not committed.
Qt renders everything (QtSvg, and its ico/icns image writers), so no other tool is needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "gui" / "window" / "icons"
SVG = ICONS / "backprop-studio.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"backprop-studio-{size}.png"


def _image(size: int):
    """The SVG drawn into a transparent size x size QImage (needs a QGuiApplication)."""
    from PySide6 import QtCore, QtGui, QtSvg

    image = QtGui.QImage(size, size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    renderer = QtSvg.QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise RuntimeError(f"{SVG}: not a valid SVG")
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def _app():
    from PySide6 import QtGui

    return QtGui.QGuiApplication.instance() or QtGui.QGuiApplication(["render_icons"])


def render_pngs() -> list[Path]:
    """Write backprop-studio-<size>.png for every size in PNG_SIZES; return the paths."""
    _app()
    paths = []
    for size in PNG_SIZES:
        path = png_path(size)
        if not _image(size).save(str(path), "PNG"):
            raise RuntimeError(f"{path}: could not be written")
        paths.append(path)
    return paths


def platform_icon(platform: str, out_dir: Path) -> Path | None:
    """The bundle's icon file for `platform` ('win32' .ico, 'darwin' .icns) written into out_dir;
    None on Linux, where the desktop entry names the PNGs instead."""
    if platform not in ("win32", "darwin"):
        return None
    _app()
    out_dir.mkdir(parents=True, exist_ok=True)
    fmt, size = ("ICO", 256) if platform == "win32" else ("ICNS", 512)
    path = out_dir / f"backprop-studio.{fmt.lower()}"
    if not _image(size).save(str(path), fmt):
        raise RuntimeError(f"{path}: Qt could not write {fmt}")
    return path


if __name__ == "__main__":
    for p in render_pngs():
        print(p.relative_to(ROOT))
    sys.exit(0)
