"""What of PyInstaller's collection goes into the bundle: the one place that says which Qt modules,
plugins and translations the app leaves out, and how the bundle's size is measured and judged.

Pure Python, no PyInstaller: the spec (packaging/backprop-studio.spec) filters its TOC entries with
`keep()`, the build script (packaging/build.py) measures with `folder_size()`/`largest()`, and
tests/packaging/test_bundle_policy.py checks the rules cheaply, without building.

The rules keep what the app uses (QtCore, QtGui, QtWidgets, QtSvg for SVG export, the OpenGL and
Test modules pyqtgraph imports), the platform plugins of Linux (xcb, wayland), Windows and macOS plus
`offscreen` (the smoke test runs the bundle without a screen), input methods (Korean is typed through
them), the platform themes (native file dialogs), the SVG icon engine (desktop icon themes are SVG),
and Qt's own Korean translation (`qtbase_ko.qm`, `qt_ko.qm`: the file dialog's and message boxes'
buttons). English needs no catalogue. Fonts are the system's (Hangul through fontconfig).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path, PurePosixPath

BUDGET_MB = 200  # issue 18: the Linux bundle, unpacked
KEEP_LANGUAGES = ("ko",)

# Qt libraries that only the plugins and modules left out need (their names without lib/.so/.dll).
DROP_QT_LIBS = re.compile(
    r"^(lib)?Qt6(Pdf|Qml|Quick|QuickControls2|Network|VirtualKeyboard|WaylandCompositor|"
    r"WaylandEglCompositorHwIntegration|EglFSDeviceIntegration|EglFsKmsSupport|EglFsKmsGbmSupport|"
    r"Designer|DesignerComponents|Help|Sql|Lottie|Labs|ShaderTools|Multimedia|Charts|Graphs)\w*",
    re.IGNORECASE)

# Linux: libraries every desktop has, taken from the host so that they match its display server,
# graphics drivers, fonts, keyboard layouts and themes (as AppImage's exclude list does). A bundled
# fontconfig or freetype that disagrees with the host's configuration loses the system's (Hangul)
# fonts; a bundled libstdc++ older than the host's breaks its graphics drivers. The xcb helper
# libraries Qt needs (xcb-cursor, -icccm, -keysyms, -image, -render-util, -util, xkbcommon-x11) are
# often missing on desktops, so they stay in the bundle.
HOST_LIBS = re.compile(
    r"^lib(X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|xcb|xkbcommon|fontconfig|freetype|harfbuzz|graphite2|"
    r"png16|brotli\w*|glib-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0|gthread-2\.0|pcre2-8|mount|blkid|selinux|"
    r"dbus-1|systemd|cap|gcrypt|gpg-error|lz4|cairo|cairo-gobject|pango-1\.0|pangocairo-1\.0|pangoft2-1\.0|"
    r"gdk_pixbuf-2\.0|atk-1\.0|thai|datrie|fribidi|pixman-1|jpeg|krb5|krb5support|k5crypto|gssapi_krb5|"
    r"com_err|keyutils|uuid|bsd|md|stdc\+\+|gcc_s|GL|GLX|EGL|OpenGL|GLdispatch|drm|gbm|wayland-\w+)\.so(\.|$)")

def strippable(rel: str) -> bool:
    """Whether build.py may strip this shared library (its path inside _internal/) on Linux.

    PyInstaller's own strip option strips everything, including the libraries auditwheel vendored
    into `<package>.libs/` folders, whose headers patchelf rewrote: stripped, numpy's OpenBLAS no
    longer loads ("ELF load command address/offset not page-aligned"). Those are left alone.
    """
    parts = PurePosixPath(rel.replace("\\", "/")).parts
    name = parts[-1] if parts else ""
    is_library = name.endswith(".so") or ".so." in name
    return is_library and not any(p.endswith(".libs") for p in parts[:-1])

# Plugin folders kept, and for some of them which plugins inside (lower-case name prefixes, after any "lib").
KEEP_PLUGIN_DIRS = {
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa", "qdirect2d"),
    "platformthemes": None,  # all: gtk3, xdg-desktop-portal (native file dialogs)
    "platforminputcontexts": None,  # all: compose, ibus, fcitx (typing Hangul)
    "xcbglintegrations": None,
    "wayland-shell-integration": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "iconengines": ("qsvgicon",),
    "imageformats": ("qsvg", "qico", "qjpeg"),
    "styles": None,  # Windows' native style
}


def _plugin_name(filename: str) -> str:
    name = filename.lower()
    return name[3:] if name.startswith("lib") else name


def keep(dest: str, platform: str = sys.platform) -> bool:
    """Whether a collected file (its path inside the bundle, '/' or '\\' separated) stays."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    name = parts[-1] if parts else ""
    if platform.startswith("linux") and len(parts) == 1 and HOST_LIBS.match(name):
        return False
    if "translations" in parts and name.endswith(".qm"):
        stem = name[:-3]
        catalogue, _, language = stem.rpartition("_")
        return catalogue in ("qt", "qtbase") and language in KEEP_LANGUAGES
    if "plugins" in parts:
        i = parts.index("plugins")
        if len(parts) < i + 3:
            return True
        folder = parts[i + 1]
        if folder not in KEEP_PLUGIN_DIRS:
            return False
        wanted = KEEP_PLUGIN_DIRS[folder]
        return wanted is None or _plugin_name(name).startswith(wanted)
    if name.lower().startswith(("libqt6", "qt6")) and DROP_QT_LIBS.match(name):
        return False
    return True


def folder_size(root: Path) -> int:
    """Bytes of every file under root, as unpacked on disk (symlinks counted once, as links)."""
    total = 0
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            total += os.lstat(os.path.join(dirpath, f)).st_size
    return total


def largest(root: Path, n: int = 8, depth: int = 2) -> list[tuple[str, int]]:
    """The n biggest entries `depth` levels below root (files or folders, summed), biggest first."""
    sizes: dict[str, int] = {}
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            rel = Path(dirpath, f).relative_to(root).parts
            key = "/".join(rel[:depth])
            sizes[key] = sizes.get(key, 0) + os.lstat(os.path.join(dirpath, f)).st_size
    return sorted(sizes.items(), key=lambda kv: -kv[1])[:n]


def verdict(total_bytes: int, budget_mb: int = BUDGET_MB) -> str:
    """One line: the size in MB against the budget."""
    mb = total_bytes / 1e6
    if mb <= budget_mb:
        return f"{mb:.1f} MB unpacked: within the {budget_mb} MB budget"
    return f"{mb:.1f} MB unpacked: {mb - budget_mb:.1f} MB over the {budget_mb} MB budget"
