"""Data sets fetched on first use: MNIST and Fashion-MNIST, from the mirrors and with the MD5
checksums that torchvision publishes, verified, and kept in the user's data folder.

`fetch(name, progress)` downloads what is missing (each file streamed to a temporary file in the
cache folder, its MD5 checked, then renamed into place; a failure or Cancel leaves nothing of the
files this call started); `load_downloaded(name, ...)` reads the cached IDX files into a Dataset
with the official 60,000 / 10,000 split. The folder is `data_dir()`: the window sets it to Qt's
AppLocalDataLocation, a script gets the same place from `default_data_dir()` (XDG on Linux).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.checks.errors import BackpropStudioError, Cancelled, FileFormatError
from core.data.dataset import Dataset, InputNorm, labels_to_targets
from core.data.idx import read_idx
from core.engine import aligned
from core.i18n import translate

ENV_DIR = "BACKPROP_STUDIO_DATA_DIR"
ENV_OFFLINE = "BACKPROP_STUDIO_NO_DOWNLOADS"  # set: never download (the test suite sets it)
CHUNK = 64 * 1024
TIMEOUT = 20  # seconds without a byte before a mirror is given up
PARTS = ("train_images", "train_labels", "test_images", "test_labels")


@dataclass(frozen=True)
class Source:
    """One downloadable data set: its mirrors, files (name, MD5, size in bytes) and classes."""

    title: str
    mirrors: tuple[str, ...]
    files: dict  # part -> (file name, md5, bytes)
    class_names: tuple[str, ...]


SOURCES = {
    "mnist": Source(
        "MNIST", ("https://ossci-datasets.s3.amazonaws.com/mnist/",
                  "http://yann.lecun.com/exdb/mnist/"),
        {"train_images": ("train-images-idx3-ubyte.gz", "f68b3c2dcbeaaa9fbdd348bbdeb94873", 9912422),
         "train_labels": ("train-labels-idx1-ubyte.gz", "d53e105ee54ea40749a09fcbcd1e9432", 28881),
         "test_images": ("t10k-images-idx3-ubyte.gz", "9fb629c4189551a2d022fa330f9573f3", 1648877),
         "test_labels": ("t10k-labels-idx1-ubyte.gz", "ec29112dd5afa0611ce80d1b7f02629c", 4542)},
        tuple(str(i) for i in range(10))),
    "fashion-mnist": Source(
        "Fashion-MNIST", ("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",),
        {"train_images": ("train-images-idx3-ubyte.gz", "8d4fb7e6c68d591d4c3dfef9ec88bf0d", 26421880),
         "train_labels": ("train-labels-idx1-ubyte.gz", "25c81989df183df01b3e8a0aad5dffbe", 29515),
         "test_images": ("t10k-images-idx3-ubyte.gz", "bef4ecab320f06d8554ea6380940ec79", 4422102),
         "test_labels": ("t10k-labels-idx1-ubyte.gz", "bb300cfdad3c16e7a12a480ee83cd310", 5148)},
        ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker",
         "Bag", "Ankle boot")),
}
PIXEL_MAX = 255.0

_data_dir: Path | None = None


def default_data_dir() -> Path:
    """Where a user's data belong on this system (what Qt's AppLocalDataLocation gives)."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    # Qt's organisation and application names (gui/window/settings.py), as Qt builds the path
    return base / "BackpropStudio" / "Backprop Studio"


def set_data_dir(path: str | os.PathLike | None) -> None:
    """Use this folder for downloads (the window passes QStandardPaths'); None: the default."""
    global _data_dir
    _data_dir = Path(path) if path else None


def data_dir() -> Path:
    """The folder downloads are kept in: $BACKPROP_STUDIO_DATA_DIR, the one set, or the default."""
    return Path(os.environ.get(ENV_DIR) or _data_dir or default_data_dir())


def cache_folder(name: str) -> Path:
    return data_dir() / name


def is_cached(name: str) -> bool:
    """True if all of the data set's files are in the cache folder."""
    return all((cache_folder(name) / f).is_file() for f, _, _ in SOURCES[name].files.values())


def fetch(name: str, progress=None, source: Source | None = None) -> Path:
    """Download the files of `name` not yet cached; returns the cache folder.

    progress(done, total) gets bytes and may raise Cancelled; then, as after any failure, the
    files this call downloaded are removed again, so the cache holds no half of a data set.
    """
    source = source or SOURCES[name]
    folder = cache_folder(name)
    if os.environ.get(ENV_OFFLINE):
        raise BackpropStudioError(translate(
            "Downloads", "{title} is not downloaded yet, and downloads are turned off ({env_offline} is"
            " set); put its four files in {folder}").format(title=source.title, env_offline=ENV_OFFLINE, folder=folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackpropStudioError(translate(
            "Downloads", "cannot create the data folder {folder} ({value})").format(
            folder=folder, value=exc.strerror or exc)) from None
    todo = [f for f in source.files.values() if not (folder / f[0]).is_file()]
    total, done, fetched = sum(size for _, _, size in todo), [0], []
    try:
        for file_name, md5, _ in todo:
            _fetch_one(source, file_name, md5, folder, progress, done, total)
            fetched.append(folder / file_name)
    except BaseException:
        for path in fetched:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return folder


def _fetch_one(source: Source, file_name: str, md5: str, folder: Path, progress, done, total):
    """Try each mirror in turn; keep the file only if its MD5 is the published one."""
    from core.files.atomic_write import atomic_write_stream  # core.files is a higher layer

    failures = []
    for mirror in source.mirrors:
        url = mirror + file_name
        start = done[0]
        digest = hashlib.md5(usedforsecurity=False)

        def write(f, url=url, digest=digest):
            try:
                response = urllib.request.urlopen(url, timeout=TIMEOUT)  # noqa: S310 - our mirrors
            except (urllib.error.URLError, OSError) as exc:
                raise _UnreachableError(getattr(exc, "reason", None) or exc) from None
            with response:
                while True:
                    try:
                        chunk = response.read(CHUNK)
                    except OSError as exc:  # the connection dropped mid-file
                        raise _UnreachableError(exc) from None
                    if not chunk:
                        break
                    f.write(chunk)
                    digest.update(chunk)
                    done[0] += len(chunk)
                    if progress:
                        progress(done[0], max(total, done[0]))
            if digest.hexdigest() != md5:
                raise _ChecksumMismatchError(url)
        try:
            atomic_write_stream(folder / file_name, write)
            return
        except Cancelled:
            raise
        except _ChecksumMismatchError:
            failures.append(f"{url}: the file's MD5 is not the published one")
        except _UnreachableError as exc:
            failures.append(f"{url}: {exc}")
        except BackpropStudioError:  # the cache folder cannot be written: no mirror helps
            raise
        done[0] = start
    checksum = all("MD5" in f for f in failures)
    if checksum:
        raise FileFormatError(translate(
            "Downloads", "{title}: {file_name} did not match its published checksum on any mirror, so "
            "it was not kept ({failures})").format(title=source.title, file_name=file_name, failures=failures[0]))
    raise BackpropStudioError(
        translate(
            "Downloads", "{title} could not be downloaded: no mirror answered ({failures}). Are you "
            "online? Without a connection, put the four files ({names}) in {folder} "
            "yourself.").format(
            title=source.title,
            failures=failures[-1],
            names=', '.join(f for f, _, _ in source.files.values()),
            folder=folder))


class _ChecksumMismatchError(Exception):
    pass


class _UnreachableError(Exception):
    pass


def load_downloaded(name: str, *, seed: int = 0, train_fraction=None, normalise: str = "minmax",
                    output_activation: str = "sigmoid", progress=None) -> Dataset:
    """The cached data set (fetched first if missing): inputs (n, 784) as pixels / 255 for
    'minmax' (or standardised, or raw 0..255 for 'none'), one-hot targets (n, 10); the official
    split, 60,000 training and 10,000 test images. seed and train_fraction are recorded only."""
    if name not in SOURCES:
        raise FileFormatError(translate("Downloads", "unknown downloadable data set {name!r}").format(name=name))
    source = SOURCES[name]
    folder = fetch(name, progress) if not is_cached(name) else cache_folder(name)
    parts = {part: read_idx(folder / source.files[part][0]) for part in PARTS}
    arrays, digest = [], hashlib.sha256()
    for images, labels in (("train_images", "train_labels"), ("test_images", "test_labels")):
        img, lab = parts[images], parts[labels]
        if img.ndim != 3 or lab.ndim != 1 or len(img) != len(lab) or lab.max(initial=0) > 9:
            raise FileFormatError(translate(
                "Downloads", "{title}: {files} and its labels do not fit together (shapes {shape}, "
                "{shape2})").format(
                title=source.title, files=source.files[images][0], shape=img.shape, shape2=lab.shape))
        digest.update(img.tobytes())
        digest.update(lab.tobytes())
        X = aligned.contiguous(img.reshape(len(img), -1))  # float64 on a cache line: core/engine/aligned.py
        arrays += [X, labels_to_targets(lab.astype(np.int64), 10)]
    d = arrays[0].shape[1]
    if normalise == "minmax":
        norm = InputNorm("minmax", np.zeros(d), np.full(d, PIXEL_MAX))
    else:
        norm = InputNorm.fit(normalise, arrays[0])
    X_train, T_train, X_test, T_test = arrays
    spec = {"source": "download", "generator": name, "seed": seed,
            "train_fraction": train_fraction, "normalise": normalise,
            "output_activation": output_activation, "sha256": digest.hexdigest()}
    side = int(round(d ** 0.5))
    return Dataset(norm.apply_in_place(X_train), T_train, norm.apply_in_place(X_test), T_test,
                   name=name, task="classification", class_names=list(source.class_names),
                   feature_names=[f"pixel {r},{c}" for r in range(side) for c in range(side)],
                   input_norm=norm, spec=spec)
