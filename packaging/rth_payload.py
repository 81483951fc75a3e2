"""PyInstaller runtime hook: unpack the bundle's compressed libraries into the user's cache folder.

To fit the bundle in its size budget, packaging/payload.py ships the largest shared libraries
(LLVM's libllvmlite.so, 160 MB, and ICU's data library, 32 MB) xz-compressed under
`_internal/payload/`, with a manifest of each one's place in the bundle, size and SHA-256 written at
build time. This hook runs before main.py, in the bundle only:

- ICU is needed before Qt loads (QtCore links it): it is unpacked now, once per user (a fraction
  of a second on first start), and loaded by its full path, so that QtCore finds it already loaded
  under its name when the dynamic linker resolves QtCore's dependencies.
- LLVM is needed only when numba first compiles or loads a kernel: in the window that happens on
  the worker thread after the first paint (gui/studio/worker.py's warm-up), in the command line just
  before training. The hook makes llvmlite ask for its library through `library_path()`, which
  unpacks it then (a few seconds, once), instead of at start.

An unpacked library goes to <user cache>/lib/<first 16 hex digits of its SHA-256>/<name>: written
under a temporary name, its SHA-256 checked against the manifest, then renamed into place, so a
file found there under its name is complete and right (its size is checked at each start). A new
version of a library gets a new folder. If the cache folder cannot be written, the app stops with
one sentence naming the folder, before any window opens.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import json
import lzma
import os
import sys
import threading
from pathlib import Path

MANIFEST = "manifest.json"
_LOCK = threading.Lock()


class PayloadError(OSError):
    """A compressed library could not be unpacked; the message is one plain sentence."""


def payload_dir() -> Path:
    """_internal/payload in the bundle (sys._MEIPASS)."""
    return Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent)) / "payload"


def read_manifest(folder: Path) -> dict:
    """{name: {"path", "size", "sha256"}} of the compressed libraries in folder, {} if none."""
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def target_path(cache: Path, name: str, entry: dict) -> Path:
    return cache / "lib" / entry["sha256"][:16] / name


def unpack(folder: Path, cache: Path, name: str, entry: dict) -> Path:
    """The unpacked library `name` in the cache folder, unpacking folder/<name>.xz there first if it
    is not already (thread-safe; checked against the manifest's SHA-256)."""
    target = target_path(cache, name, entry)
    with _LOCK:
        if target.is_file() and target.stat().st_size == entry["size"]:
            return target
        tmp = target.with_name(f"{name}.{os.getpid()}.part")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            with lzma.open(folder / f"{name}.xz", "rb") as src, open(tmp, "wb") as dst:
                while chunk := src.read(1 << 20):
                    digest.update(chunk)
                    dst.write(chunk)
            if digest.hexdigest() != entry["sha256"]:
                raise PayloadError(f"Backprop Studio's copy of {name} is damaged (its checksum does not "
                                   "match); download the app again.")
            os.chmod(tmp, 0o755)
            os.replace(tmp, target)
        except PayloadError:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        except (OSError, lzma.LZMAError, EOFError) as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise PayloadError(f"Backprop Studio could not unpack {name} into its cache folder "
                               f"{target.parent} ({reason}); make that folder writable, or free some "
                               "disk space, and start it again.") from None
        return target


def _cache_dir() -> Path:
    from core.user_dirs import user_cache_dir

    return user_cache_dir()


def install(folder: Path | None = None, cache: Path | None = None) -> None:
    """Unpack and load the libraries Qt needs at start; route llvmlite's library to the cache."""
    folder = payload_dir() if folder is None else folder
    manifest = read_manifest(folder)
    if not manifest:
        return
    cache = _cache_dir() if cache is None else cache
    for name, entry in manifest.items():
        if entry.get("when") == "start":
            ctypes.CDLL(str(unpack(folder, cache, name, entry)), mode=ctypes.RTLD_GLOBAL)
    lazy = {name: entry for name, entry in manifest.items() if entry.get("when") == "llvmlite"}
    if lazy:
        sys.meta_path.insert(0, _LlvmliteFinder(folder, cache, lazy))


class _PatchingLoader:
    """Loads one module through its own loader, then lets `after` patch it."""

    def __init__(self, loader, after) -> None:
        self.loader, self.after = loader, after

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        self.loader.exec_module(module)
        self.after(module)


class _LlvmliteFinder:
    """Patches llvmlite.binding.ffi as it is imported: its library is looked up through
    `_importlib_resources_path(package, name)`, which now returns the unpacked copy (unpacking it
    first) for the compressed names and llvmlite's own answer for any other."""

    MODULE = "llvmlite.binding.ffi"

    def __init__(self, folder: Path, cache: Path, entries: dict) -> None:
        self.folder, self.cache, self.entries = folder, cache, entries

    def find_spec(self, fullname, path=None, target=None):
        if fullname != self.MODULE:
            return None
        sys.meta_path.remove(self)
        try:
            import importlib.util

            spec = importlib.util.find_spec(fullname)
        finally:
            sys.meta_path.insert(0, self)
        if spec is None or spec.loader is None:
            return spec
        spec.loader = _PatchingLoader(spec.loader, self.patch)
        return spec

    def patch(self, module) -> None:
        original = module._importlib_resources_path

        def library_path(package, resource):
            if resource in self.entries:
                return contextlib.nullcontext(unpack(self.folder, self.cache, resource, self.entries[resource]))
            return original(package, resource)

        module._importlib_resources_path = library_path
        sys.meta_path.remove(self)


if getattr(sys, "frozen", False):
    try:
        install()
    except PayloadError as error:
        print(error, file=sys.stderr)
        sys.exit(1)
