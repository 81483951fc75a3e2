"""Where the app keeps per-user files that are not settings: its cache folder on each platform, and
`prepare_frozen_app()`, which points numba's on-disk cache there when the app runs from the desktop
bundle (packaging/), before anything imports numba.

An installed (pip) app leaves numba alone: numba caches beside the package's sources, as it always
has. A bundle's own folder may be read-only (/opt, Program Files, a mounted AppImage or disk image)
and is replaced by the next version, so its compiled kernels go to the user's cache folder instead.
(Settings live in the user's config folder through QSettings; see gui/window/settings.py.)
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

FOLDER = "BackpropStudio"  # as the settings' organisation name (gui/window/settings.py)


def user_cache_dir(platform: str = sys.platform, environ: MutableMapping[str, str] | None = None,
                   home: Path | None = None) -> Path:
    """The app's cache folder: %LOCALAPPDATA%\\BackpropStudio\\Cache (Windows),
    ~/Library/Caches/BackpropStudio (macOS), $XDG_CACHE_HOME/BackpropStudio or ~/.cache/... (others)."""
    environ = os.environ if environ is None else environ
    home = Path.home() if home is None else home
    if platform == "win32":
        base = environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / FOLDER / "Cache"
    if platform == "darwin":
        return home / "Library" / "Caches" / FOLDER
    xdg = environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".cache"  # XDG: relative means unset
    return base / FOLDER


def prepare_frozen_app(environ: MutableMapping[str, str] | None = None, frozen: bool | None = None) -> None:
    """In a bundle (sys.frozen): NUMBA_CACHE_DIR = <user cache>/numba, unless the user set it.
    numba reads it once, when first imported, so main.py calls this before importing anything else."""
    environ = os.environ if environ is None else environ
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if frozen and not environ.get("NUMBA_CACHE_DIR"):
        environ["NUMBA_CACHE_DIR"] = str(user_cache_dir(environ=environ) / "numba")
