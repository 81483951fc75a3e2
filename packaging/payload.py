"""Build side of the compressed payload: move the bundle's largest shared libraries into
`_internal/payload/<name>.xz` with a manifest (place in the bundle, size, SHA-256, when it is needed)
that packaging/rth_payload.py reads to unpack them into the user's cache folder at run time.

Which libraries, and when each is needed, is `COMPRESSED` below (Linux only; on Windows and macOS the
libraries stay as they are). Tested in tests/packaging/test_payload.py.
"""

from __future__ import annotations

import hashlib
import json
import lzma
import shutil
import subprocess
from pathlib import Path

MANIFEST = "manifest.json"  # as rth_payload.MANIFEST

# path inside _internal/ (a glob) -> when the app needs it: "start" (before Qt loads; ICU) or
# "llvmlite" (when numba first loads LLVM: on the worker thread in the window)
COMPRESSED = {
    "llvmlite/binding/libllvmlite.so": "llvmlite",
    "PySide6/Qt/lib/libicudata.so.*": "start",
}


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def xz(src: Path, dest: Path) -> None:
    """src compressed to dest (xz, preset 6): with the `xz` tool on every core when it is installed,
    else with Python's lzma module (the same format, one core)."""
    tool = shutil.which("xz")
    if tool:
        with open(dest, "wb") as out:
            subprocess.run([tool, "-6", "-T0", "-c", str(src)], stdout=out, check=True)
        return
    with open(src, "rb") as f, lzma.open(dest, "wb", preset=6) as out:
        shutil.copyfileobj(f, out, 1 << 20)


def compress(internal: Path, rules: dict[str, str] = COMPRESSED) -> dict:
    """Move the libraries matching `rules` under internal/ into internal/payload/ compressed; write
    and return the manifest. Each library's name must be unique (it names the unpacked file)."""
    folder = internal / "payload"
    folder.mkdir(exist_ok=True)
    manifest = {}
    for pattern, when in rules.items():
        matches = sorted(p for p in internal.glob(pattern) if p.is_file() and not p.is_symlink())
        if not matches:
            raise FileNotFoundError(f"nothing in the bundle matches {pattern}")
        for lib in matches:
            if lib.name in manifest:
                raise ValueError(f"two libraries named {lib.name}")
            manifest[lib.name] = {"path": lib.relative_to(internal).as_posix(), "size": lib.stat().st_size,
                                  "sha256": sha256(lib), "when": when}
            xz(lib, folder / f"{lib.name}.xz")
            for link in internal.iterdir():  # PyInstaller's links to it beside the executable
                if link.is_symlink() and link.resolve() == lib.resolve():
                    link.unlink()
            lib.unlink()
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return manifest
