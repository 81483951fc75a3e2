"""Build Backprop Studio's desktop bundle: a PyInstaller one-folder app and one archive of it.

    python -m venv .venv-build && .venv-build/bin/python -m pip install ".[build]"
    .venv-build/bin/python packaging/build.py

Writes dist/backprop-studio/ (macOS: dist/Backprop Studio.app), the archive
dist/backprop-studio-<version>-<os>-<arch>.tar.gz (.zip on Windows) and dist/build-report.json, and
prints the build time and the unpacked size against the budget (packaging/bundle_policy.py).
On Linux the folder also holds the desktop entry, icons and MIME types under share/, and
install-desktop-entry.sh to add them to the user's menu. No AppImage: see docs/packaging.md.

The archive is reproducible: entries sorted, times set to SOURCE_DATE_EPOCH (else the last commit's
time), owners zeroed, gzip without a timestamp.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import bundle_policy  # noqa: E402
import payload  # noqa: E402
import render_icons  # noqa: E402

NAME = "backprop-studio"


def version() -> str:
    """core.__version__, read without importing the app."""
    for line in (ROOT / "core" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise RuntimeError("core/__init__.py has no __version__")


def os_name(platform_: str = sys.platform) -> str:
    """linux, windows or macos (else sys.platform as it is)."""
    if platform_.startswith("linux"):
        return "linux"
    return {"win32": "windows", "darwin": "macos"}.get(platform_, platform_)


def archive_name(version_: str, platform_: str = sys.platform, machine: str | None = None) -> str:
    """backprop-studio-<version>-<linux|windows|macos>-<arch>.<tar.gz|zip>."""
    arch = (machine or platform.machine()).lower().replace("amd64", "x86_64").replace("aarch64", "arm64")
    ext = "zip" if platform_ == "win32" else "tar.gz"
    return f"{NAME}-{version_}-{os_name(platform_)}-{arch}.{ext}"


def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH if set, else the last commit's time, else 0 (reproducible archive times)."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"], capture_output=True,
                             text=True, check=True, timeout=30).stdout.strip()
        return int(out)
    except (OSError, subprocess.SubprocessError, ValueError):
        return 0


def _entries(folder: Path):
    """(path, name inside the archive) of folder and everything under it, sorted."""
    base = folder.parent
    yield folder, folder.name
    for path in sorted(folder.rglob("*")):
        yield path, path.relative_to(base).as_posix()


def write_archive(folder: Path, out: Path, mtime: int) -> Path:
    """folder as out (.tar.gz or .zip) with byte-for-byte reproducible content."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    if out.name.endswith(".zip"):
        stamp = time.gmtime(max(mtime, 315532800))[:6]  # zip cannot hold times before 1980
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            for path, name in _entries(folder):
                if path.is_dir():
                    continue
                info = zipfile.ZipInfo(name, stamp)
                info.external_attr = (path.stat().st_mode & 0o777) << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, path.read_bytes())
    else:
        def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
            info.mtime, info.uid, info.gid, info.uname, info.gname = mtime, 0, 0, "", ""
            return info

        with open(tmp, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0,
                                                  compresslevel=6) as gz, \
                tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
            for path, name in _entries(folder):
                tar.add(path, arcname=name, recursive=False, filter=normalise)
    os.replace(tmp, out)
    return out


def add_linux_desktop_files(bundle: Path) -> list[Path]:
    """share/applications/*.desktop, share/icons/hicolor/<n>x<n>/apps/*.png, share/mime/packages/*.xml
    and install-desktop-entry.sh in the bundle folder; returns what was written."""
    linux = ROOT / "resources" / "linux"
    written = []

    def put(src: Path, dest: Path, mode: int = 0o644) -> None:
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
        dest.chmod(mode)
        written.append(dest)

    put(linux / f"{NAME}.desktop", bundle / "share" / "applications" / f"{NAME}.desktop")
    put(linux / f"{NAME}-mime.xml", bundle / "share" / "mime" / "packages" / f"{NAME}.xml")
    for size in render_icons.PNG_SIZES:
        put(render_icons.png_path(size), bundle / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
            / f"{NAME}.png")
    put(render_icons.SVG, bundle / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{NAME}.svg")
    put(HERE / "linux" / "install-desktop-entry.sh", bundle / "install-desktop-entry.sh", 0o755)
    return written


def strip_libraries(folder: Path) -> int:
    """Strip the symbol tables of the bundle's shared libraries that bundle_policy.strippable()
    allows (Linux, where `strip` is installed); returns the bytes saved. The executable itself is
    never stripped: its archive of Python modules is appended to it."""
    strip = shutil.which("strip")
    if strip is None:
        print("note: no `strip` found; the libraries keep their symbols (about 40 MB more)")
        return 0
    internal = folder / "_internal"
    libs = [p for p in sorted(internal.rglob("*")) if p.is_file() and not p.is_symlink()
            and bundle_policy.strippable(p.relative_to(internal).as_posix())]
    before = sum(p.stat().st_size for p in libs)
    for i in range(0, len(libs), 200):
        subprocess.run([strip, "--strip-unneeded", *map(str, libs[i:i + 200])], check=True)
    return before - sum(p.stat().st_size for p in libs)


def run_pyinstaller(dist: Path, work: Path, icon: Path | None, version_: str) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("PyInstaller is not installed: python -m pip install \".[build]\" first")
    cmd = [sys.executable, "-m", "PyInstaller", str(HERE / f"{NAME}.spec"), "--noconfirm", "--clean",
           "--distpath", str(dist), "--workpath", str(work), "--log-level", "WARN", "--",
           "--version", version_]
    if icon is not None:
        cmd += ["--icon", str(icon)]
    subprocess.run(cmd, check=True, cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Backprop Studio desktop bundle.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder")
    parser.add_argument("--no-archive", action="store_true", help="build the folder only")
    args = parser.parse_args(argv)

    started = time.monotonic()
    version_ = version()
    dist, work = args.dist.resolve(), args.work.resolve()
    icon = render_icons.platform_icon(sys.platform, work / "icons")
    run_pyinstaller(dist, work, icon, version_)
    folder = dist / NAME
    if sys.platform.startswith("linux"):
        saved = strip_libraries(folder)
        print(f"stripped the shared libraries: {saved / 1e6:.1f} MB saved")
        before = bundle_policy.folder_size(folder)
        manifest = payload.compress(folder / "_internal")
        print(f"compressed {', '.join(manifest)} into _internal/payload: "
              f"{(before - bundle_policy.folder_size(folder)) / 1e6:.1f} MB saved")
        add_linux_desktop_files(folder)
    shipped = dist / "Backprop Studio.app" if sys.platform == "darwin" else folder
    built_s = time.monotonic() - started

    size = bundle_policy.folder_size(shipped)
    print(f"\nbuilt {shipped} in {built_s:.0f} s")
    print(f"size: {bundle_policy.verdict(size)}")
    for name, n in bundle_policy.largest(shipped):
        print(f"  {n / 1e6:8.1f} MB  {name}")
    report = {"version": version_, "platform": sys.platform, "folder": str(folder), "shipped": str(shipped),
              "build_seconds": round(built_s, 1), "unpacked_bytes": size,
              "budget_mb": bundle_policy.BUDGET_MB}
    if not args.no_archive:
        archive = write_archive(shipped, dist / archive_name(version_), source_date_epoch())
        report["archive"], report["archive_bytes"] = str(archive), archive.stat().st_size
        print(f"archive: {archive} ({archive.stat().st_size / 1e6:.1f} MB)")
        report["total_seconds"] = round(time.monotonic() - started, 1)
        print(f"build and archive took {report['total_seconds']:.0f} s")
    (dist / "build-report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
