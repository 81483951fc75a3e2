"""What the app remembers between runs: window geometry, the experiment, speed, plot options and
the last folder used, in QSettings (an INI file).

`Settings(path)` writes to `path`; `Settings()` to the user's standard location. Tests pass a
temporary path, so they never touch the user's settings.

A settings file may hold anything: values from an older version, a hand edit, `@Invalid()`, a
rectangle where a number belongs, a CSV that has since moved. Every read is typed and checked
against the range the window allows; a value that cannot be used is ignored, logged once, and
named in `unrestored`, so the window opens on the seed's default and says what it did not restore.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
from pathlib import Path

from PySide6 import QtCore

from core.checks.errors import BackpropStudioError, FileTooLargeError
from core.checks.validate import read_limited_bytes
from core.data import DATASETS
from core.engine.hyperparams import validate as validate_hyperparams
from core.files.atomic_write import atomic_write_bytes
from core.studio.experiment import MAX_HIDDEN_LAYERS, MAX_UNITS, Experiment

ORGANISATION = "BackpropStudio"
APPLICATION = "Backprop Studio"
MAX_TEXT = 4096  # characters in a stored path or name; an experiment's JSON may be 16 times that
MAX_BLOB = 1 << 20  # bytes of a stored geometry or dock layout
MAX_FILE = 4 << 20  # bytes: the app writes a few KiB
MAX_VARIANT_LINE = 4096  # characters of a @Variant line: too short to nest deeply enough to crash Qt
MAX_POINTS = 100_000  # the Samples box's maximum: a synthetic data set the window lets one make

log = logging.getLogger(__name__)


class Settings:
    """Typed, checked access to the app's QSettings."""

    def __init__(self, path: str | None = None):
        if path is None:  # the standard place; constructing QSettings reads, but decodes nothing
            path = QtCore.QSettings(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope,
                                    ORGANISATION, APPLICATION).fileName()
        self.unrestored: dict[str, str] = {}  # key -> why its saved value was not used
        unsafe = set_aside_unsafe_lines(str(path))  # before Qt reads the file
        self._q = QtCore.QSettings(str(path), QtCore.QSettings.Format.IniFormat)
        for key, reason in unsafe.items():
            self.reject(key, reason)

    @property
    def path(self) -> str:
        return self._q.fileName()

    # ---- reading: each returns `default` (and records why) for a value it cannot use ----
    def experiment(self) -> Experiment:
        """The last experiment, or the seed's default if none was saved or it no longer fits."""
        text = self._raw("experiment")
        if text is None:
            return Experiment()
        try:
            if not isinstance(text, str) or len(text) > 16 * MAX_TEXT:
                raise ValueError("not a short text")
            exp = Experiment.from_dict(json.loads(text, parse_constant=_refuse_constant))
            check_restorable(exp)
            return exp
        except Exception as exc:  # noqa: BLE001 - whatever is stored, the app must still start
            self.reject("experiment", describe_problem(exc))
            return Experiment()

    def flag(self, key: str, default: bool) -> bool:
        v = self._raw(key)
        if isinstance(v, bool):
            return v
        if isinstance(v, str) and v.lower() in ("true", "false"):
            return v.lower() == "true"
        return default if v is None else self._rejected(key, default, v)

    def integer(self, key: str, default: int, lo: int, hi: int) -> int:
        """An integer in [lo, hi]."""
        v = self._raw(key)
        if v is None:
            return default
        n = _as_int(v)
        if n is None or not lo <= n <= hi:
            return self._rejected(key, default, v)
        return n

    def text(self, key: str, default: str, choices: tuple[str, ...] | None = None) -> str:
        v = self._raw(key)
        if v is None:
            return default
        if (not isinstance(v, str) or "\0" in v or len(v) > MAX_TEXT
                or (choices is not None and v not in choices)):
            return self._rejected(key, default, v)
        return v

    def blob(self, key: str) -> QtCore.QByteArray | None:
        """A stored QByteArray (window geometry, dock layout), or None."""
        v = self._raw(key)
        if v is None:
            return None
        if not isinstance(v, QtCore.QByteArray) or v.isEmpty() or v.size() > MAX_BLOB:
            return self._rejected(key, None, v)
        return v

    def reject(self, key: str, reason: str) -> None:
        """Note that `key`'s saved value is not used (logged once per key)."""
        if key not in self.unrestored:
            log.warning("settings %s: %s: %s; the default is used", self.path, key, reason)
            self.unrestored[key] = reason

    # ---- writing ----
    def set_experiment(self, exp: Experiment) -> None:
        self._q.setValue("experiment", json.dumps(exp.to_dict(), allow_nan=False))

    def set_value(self, key: str, value) -> None:
        self._q.setValue(key, value)

    def sync(self) -> None:
        self._q.sync()

    # ---- helpers ----
    def _raw(self, key: str):
        """The stored value, None if there is none; a value Qt itself cannot read counts as none
        but is noted."""
        with _qt_messages() as messages:  # Qt's own complaints about the file become the reason
            try:
                if not self._q.contains(key):
                    return None
                v = self._q.value(key)
            except Exception as exc:  # noqa: BLE001 - a value PySide cannot convert
                self.reject(key, describe_problem(exc))
                return None
        if v is None:
            self.reject(key, messages[0] if messages else "an invalid value")
        return v

    def _rejected(self, key: str, default, value):
        self.reject(key, f"unusable value {_short_repr(value)}")
        return default


def set_aside_unsafe_lines(path: str) -> dict[str, str]:
    """Remove from the INI file, before Qt reads it, what Qt cannot read without crashing.

    Qt decodes every `@Variant(...)` value of the file on first access, recursively: a list nested
    some 20,000 deep overflows the stack (a segfault, before any Python code can catch it). None of
    this app's own values is ever a @Variant, and a long one is the only way to nest deeply, so
    such lines are dropped (the file is rewritten through the atomic writer). A settings file
    larger than MAX_FILE is renamed to `<name>.unusable` and the app starts without it.
    Returns {key: reason} for what was set aside.
    """
    file = Path(path)
    if not file.exists():
        return {}
    try:
        lines = read_limited_bytes(file, MAX_FILE).split(b"\n")
    except FileTooLargeError:
        try:
            file.replace(file.with_name(file.name + ".unusable"))
        except OSError as exc:
            return {"settings file": f"too large, and cannot be moved aside ({exc.strerror})"}
        return {"settings file": f"larger than {MAX_FILE // 2**20} MiB; kept as {file.name}.unusable"}
    except (BackpropStudioError, OSError) as exc:
        return {"settings file": f"cannot be read ({exc})"}
    kept, dropped, section = [], {}, ""
    for line in lines:
        stripped = line.strip()
        if stripped.startswith(b"[") and stripped.endswith(b"]"):
            name = stripped[1:-1].decode("utf-8", "replace")
            section = "" if name == "General" else name + "/"
        if b"@Variant(" in line and len(line) > MAX_VARIANT_LINE:
            key = line.split(b"=", 1)[0].strip().decode("utf-8", "replace")[:40]
            dropped[section + key] = "a value nested too deeply to read"
            continue
        kept.append(line)
    if dropped:
        try:
            atomic_write_bytes(file, b"\n".join(kept), replace_read_only=True)
        except Exception:  # noqa: BLE001 - cannot fix the file: do not let Qt read it at all
            file.replace(file.with_name(file.name + ".unusable"))
    return dropped


def check_restorable(exp: Experiment) -> None:
    """Raise ValueError if `exp` is outside what the window's controls can set (so a hand-edited
    file cannot ask for a 5-million-point data set at start-up)."""
    data, arch = exp.data, exp.arch
    if data.csv_path is None:
        if data.name not in DATASETS:
            raise ValueError(f"no data set is called {data.name!r} now")
        if data.n is not None and not (isinstance(data.n, int) and 4 <= data.n <= MAX_POINTS):
            raise ValueError(f"{data.n!r} points is outside 4 to {MAX_POINTS:,}")
    elif not isinstance(data.csv_path, str) or not data.csv_path or len(data.csv_path) > MAX_TEXT:
        raise ValueError("the CSV path is not a path")
    if data.noise is not None and not (_real(data.noise) and 0 <= data.noise <= 1):
        raise ValueError(f"noise {data.noise!r} is outside 0 to 1")
    if data.train_fraction is not None and not (_real(data.train_fraction)
                                                and 0 < data.train_fraction <= 1):
        raise ValueError(f"training share {data.train_fraction!r} is outside (0, 1]")
    if isinstance(data.seed, bool) or not isinstance(data.seed, int) or not 0 <= data.seed < 2**63:
        raise ValueError(f"data seed {data.seed!r} is not a non-negative integer")
    if not 1 <= len(arch.hidden) <= MAX_HIDDEN_LAYERS and arch.hidden != ():
        raise ValueError(f"{len(arch.hidden)} hidden layers is more than {MAX_HIDDEN_LAYERS}")
    if not all(1 <= n <= MAX_UNITS for n in arch.hidden):
        raise ValueError(f"hidden layer sizes {list(arch.hidden)} are outside 1 to {MAX_UNITS}")
    if not all(isinstance(a, str) for a in (arch.hidden_activation, arch.output_activation, arch.loss)):
        raise ValueError("activation and loss names must be text")
    validate_hyperparams(exp.hp)


@contextlib.contextmanager
def _qt_messages():
    """Collect Qt's log messages (e.g. "QVariant::load: unknown user type") instead of printing them."""
    messages: list[str] = []
    previous = QtCore.qInstallMessageHandler(lambda _mode, _context, text: messages.append(text))
    try:
        yield messages
    finally:
        QtCore.qInstallMessageHandler(previous)


def _as_int(v) -> int | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        return int(v) if math.isfinite(v) and v == int(v) else None
    if isinstance(v, str) and len(v) <= 20:
        try:
            return int(v.strip())
        except ValueError:
            return None
    return None


def _real(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def _refuse_constant(token: str):
    raise ValueError(f"non-finite number {token}")


def _short_repr(value) -> str:
    try:
        text = repr(value)
    except Exception:  # noqa: BLE001 - a value whose repr fails (or recurses) is still named
        text = f"<{type(value).__name__}>"
    return text if len(text) <= 60 else text[:57] + "..."


def describe_problem(exc: BaseException) -> str:
    """One short line saying why a saved value could not be used."""
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def folder_or_home(folder: str) -> str:
    """`folder` if it is still a folder, else the home folder (the last one used may be gone)."""
    try:
        return folder if folder and Path(folder).is_dir() else str(Path.home())
    except (OSError, ValueError):
        return str(Path.home())
