"""The compact session container: a zip of the session's JSON and its data arrays as .npy files.

A session whose data set is too big to write as JSON numbers (the 60,000 x 784 MNIST inputs would be
~900 MB of text) is saved as an uncompressed zip: `session.json` (the same document as a JSON
session, with the data's arrays left out) and `data/X_train.npy`, `data/T_train.npy`,
`data/X_test.npy`, `data/T_test.npy`, little-endian float64, C order. Any zip tool or
`numpy.load(zip.open(name))` reads it. Reading checks every member before it is read: only these
names, stored (not compressed), the JSON within the JSON limit, each .npy header float64 2-D with a
size that matches the member; no pickle, ever. Layout in docs/file-formats.md.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import numpy as np

from core.checks.errors import BackpropStudioError, FileFormatError, FileTooLargeError, where
from core.checks.limits import MAX_FILE_BYTES
from core.checks.memory import require_memory
from core.checks.validate import check_file_size, open_limited
from core.engine import aligned
from core.files.atomic_write import atomic_write_stream
from core.files.weights_json import parse_json
from core.i18n import translate

MAGIC = b"PK\x03\x04"
DOCUMENT = "session.json"
ARRAYS = ("X_train", "T_train", "X_test", "T_test")
MAX_CONTAINER_BYTES = 64 * 1024**3  # a sanity cap; what memory allows is checked from the size


def is_container(path: str | os.PathLike) -> bool:
    """True if the file is a zip whose first member is session.json (how write_container starts
    every container); False for JSON, an .npz of weights, or anything else."""
    try:
        with open_limited(path, MAX_CONTAINER_BYTES) as f:
            head = f.read(30 + len(DOCUMENT))
    except (OSError, BackpropStudioError):
        return False
    # a zip local file header: magic, 22 bytes, name length (2), extra length (2), then the name
    return (head[:4] == MAGIC and int.from_bytes(head[26:28], "little") == len(DOCUMENT)
            and head[30:] == DOCUMENT.encode())


def write_container(path: str | os.PathLike, doc: dict, arrays: dict[str, np.ndarray], *,
                    replace_read_only: bool = False) -> Path:
    """Write doc as session.json and each array as data/<name>.npy, atomically."""
    text = json.dumps(doc, allow_nan=False, separators=(",", ":")).encode()
    if len(text) > MAX_FILE_BYTES:  # it would be refused when opened: refuse it now
        raise FileTooLargeError(where(path) + translate(
            "SessionContainer", "the session's description alone would be {number:.0f} MiB, more than "
            "the {number2} MiB this app reads back; it was not saved").format(
            number=len(text) / 2**20, number2=MAX_FILE_BYTES // 2**20))

    def write(f):
        with zipfile.ZipFile(f, "w", zipfile.ZIP_STORED, allowZip64=True) as z:
            z.writestr(DOCUMENT, text)
            for name, a in arrays.items():
                with z.open(f"data/{name}.npy", "w", force_zip64=True) as member:
                    np.lib.format.write_array(member, np.ascontiguousarray(a, dtype="<f8"),
                                              allow_pickle=False)
    return atomic_write_stream(path, write, replace_read_only=replace_read_only)


def read_container(path: str | os.PathLike, progress=None) -> tuple[object, dict[str, np.ndarray]]:
    """(parsed session.json, {name: float64 array}) from a container; refuses anything else.

    progress(done, total) is called with bytes as the arrays are read (and may raise Cancelled)."""
    size = check_file_size(path, MAX_CONTAINER_BYTES)
    require_memory(path, int(size * 1.2), translate("SessionContainer", "opening this session"),
                   translate("SessionContainer", "close other programs, or open it on a computer with more memory"))
    at = where(path)
    try:
        with zipfile.ZipFile(path) as z:
            infos = {i.filename: i for i in z.infolist()}
            allowed = {DOCUMENT} | {f"data/{n}.npy" for n in ARRAYS}
            strange = sorted(set(infos) - allowed)
            if strange or DOCUMENT not in infos:
                raise FileFormatError(at + translate(
                    "SessionContainer", "not a session container (members {value})").format(
                    value=', '.join(strange[:3]) or 'without session.json'))
            if any(i.compress_type != zipfile.ZIP_STORED for i in infos.values()):
                raise FileFormatError(at + translate(
                    "SessionContainer", "a session container's members must be stored, not compressed"))
            if sum(i.file_size for i in infos.values()) > size:
                raise FileFormatError(at + translate(
                    "SessionContainer", "the container's members claim more bytes than it has"))
            if infos[DOCUMENT].file_size > MAX_FILE_BYTES:
                raise FileTooLargeError(at + translate(
                    "SessionContainer", "session.json is larger than the limit of {number} MiB").format(
                    number=MAX_FILE_BYTES // 2**20))
            doc = parse_json(z.read(DOCUMENT), path)
            counter = _Counter(progress, size)
            arrays = {name.split("/")[1][:-4]: _read_npy(z, infos[name], at, counter)
                      for name in infos if name != DOCUMENT}
    except zipfile.BadZipFile as exc:
        raise FileFormatError(at + translate(
            "SessionContainer", "damaged session container ({error})").format(
            error=exc)) from None
    except (EOFError, zipfile.LargeZipFile) as exc:
        raise FileFormatError(at + translate(
            "SessionContainer", "damaged session container ({error})").format(
            error=exc)) from None
    return doc, arrays


class _Counter:
    def __init__(self, progress, total: int):
        self.progress, self.total, self.done = progress, total, 0

    def add(self, n: int) -> None:
        self.done += n
        if self.progress:
            self.progress(self.done, self.total)


def _read_npy(z: zipfile.ZipFile, info: zipfile.ZipInfo, at: str, counter: _Counter
              ) -> np.ndarray:
    """One float64 2-D array from a stored member, its header checked against the member size."""
    with z.open(info) as f:
        try:
            version = np.lib.format.read_magic(f)
            if version == (1, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_1_0(f)
            elif version == (2, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_2_0(f)
            else:
                raise ValueError(f"npy version {version}")
        except ValueError as exc:
            raise FileFormatError(at + translate(
                "SessionContainer", "{filename} is not a readable .npy ({error})").format(
                filename=info.filename, error=exc)) from None
        if dtype != np.dtype("<f8") or fortran or len(shape) != 2:
            raise FileFormatError(at + translate(
                "SessionContainer", "{filename} must be a 2-D float64 array in C order, not {dtype} "
                "{shape}").format(filename=info.filename, dtype=dtype, shape=shape))
        header = f.tell()
        if header + shape[0] * shape[1] * 8 != info.file_size:
            raise FileFormatError(at + translate(
                "SessionContainer", "{filename}: its header says {shape}, which does not match its size").format(
                filename=info.filename, shape=shape))
        a = aligned.empty(shape)  # float64 on a cache line, as training wants it: core/engine/aligned.py
        view, filled = memoryview(a).cast("B"), 0
        while filled < view.nbytes:
            n = f.readinto(view[filled:filled + (16 << 20)])
            if not n:
                raise FileFormatError(at + translate(
                    "SessionContainer", "{filename} is cut short").format(
                    filename=info.filename))
            filled += n
            counter.add(n)
    return a
