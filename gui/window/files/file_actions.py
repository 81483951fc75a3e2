"""Everything the File menu reads or writes: sessions, weights, CSV data, PNG/SVG pictures and the
error history. Every file is written through core.files.atomic_write, and every failure becomes a plain
sentence for the user (`FileActionError`), never a traceback.

The file dialogs are module functions (`ask_open_path`, `ask_save_path` and
`ask_replace_read_only`), so tests can replace them. A read-only target raises `ReadOnlyTargetError`;
the File menu asks, then saves again with `replace_read_only=True`.
"""

from __future__ import annotations

import io
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from core.checks.errors import BackpropStudioError
from core.engine.network import Network
from core.files import kind, session, weights
from core.files.atomic_write import ReadOnlyFileError, atomic_write_bytes, atomic_write_text
from gui.window.files.svg_export import flatten_stroked_groups

translate = QtCore.QCoreApplication.translate


class FileActionError(Exception):
    """A file could not be read or written; the message is for the user."""


class ReadOnlyTargetError(FileActionError):
    """The file to be replaced is read-only: ask the user, then save with replace_read_only=True."""

    def __init__(self, message: str, path):
        super().__init__(message)
        self.path = path


def ask_open_path(parent, title: str, directory: str, filters: str) -> str:
    return QtWidgets.QFileDialog.getOpenFileName(parent, title, directory, filters)[0]


def ask_save_path(parent, title: str, directory: str, filters: str) -> str:
    return QtWidgets.QFileDialog.getSaveFileName(parent, title, directory, filters)[0]


def ask_replace_read_only(parent, path) -> bool:
    """Ask whether a read-only file may be replaced; No is the default answer."""
    text = QtCore.QCoreApplication.translate(
        "FileActions", "{name} is read-only. Replace it anyway?").format(name=Path(path).name)
    title = QtCore.QCoreApplication.translate("FileActions", "Replace a read-only file?")
    buttons = QtWidgets.QMessageBox.StandardButton
    answer = QtWidgets.QMessageBox.question(parent, title, text, buttons.Yes | buttons.No, buttons.No)
    return answer == buttons.Yes


# ---- pictures ----
def widget_png(widget: QtWidgets.QWidget) -> bytes:
    """The widget as it looks on screen, as PNG bytes (at the screen's device pixel ratio)."""
    pixmap = widget.grab()
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    if not pixmap.save(buffer, "PNG"):
        raise FileActionError(translate("FileActions", "the picture could not be encoded as PNG"))
    return bytes(buffer.data())


def widget_svg(widget: QtWidgets.QWidget, title: str) -> bytes:
    """The widget drawn into an SVG document by QSvgGenerator (pyqtgraph's SVGExporter fails on
    Qt ≥ 6.11, and this also works for widgets that are not pyqtgraph)."""
    from PySide6 import QtSvg  # part of PySide6-Essentials

    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    generator = QtSvg.QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(widget.size())
    generator.setViewBox(QtCore.QRect(QtCore.QPoint(0, 0), widget.size()))
    generator.setResolution(96)  # CSS pixels: width="…mm" then means the widget's size everywhere
    generator.setTitle(title)
    generator.setDescription(translate("FileActions", "Exported from Backprop Studio"))
    painter = QtGui.QPainter(generator)
    try:
        # QWidget.render itself: pyqtgraph's GraphicsView overrides render() with a scene-only one
        QtWidgets.QWidget.render(widget, painter, QtCore.QPoint(0, 0))
    finally:
        painter.end()
    return flatten_stroked_groups(bytes(buffer.data()).decode("utf-8")).encode("utf-8")


def save_picture(widget: QtWidgets.QWidget, path: str, title: str, *,
                 replace_read_only: bool = False) -> Path:
    """PNG or SVG by the extension of `path`."""
    suffix = Path(path).suffix.lower()
    if suffix == ".svg":
        data = widget_svg(widget, title)
    elif suffix == ".png":
        data = widget_png(widget)
    else:
        raise FileActionError(translate("FileActions", "{name}: pictures are saved as .png or .svg").format(
            name=Path(path).name))
    return _write(path, data, replace_read_only)


# ---- error history ----
def history_csv(history: dict, n_train: int) -> str:
    """The E plot's data as CSV text: one row per point, series 'sample' (each E_n, averaged over
    buckets once the history is long), 'train' (mean E_n per epoch) and 'test' (test-set E)."""
    out = io.StringIO()
    out.write("series,samples_seen,epoch,E\n")
    for key, series in (("samples", "sample"), ("epochs", "train"), ("test", "test")):
        if key not in history:
            continue
        x, y = history[key]
        samples = x if key == "samples" else x * n_train
        epochs = x / n_train if key == "samples" else x
        for s, e, v in zip(samples, epochs, y, strict=True):
            out.write(f"{series},{s:.0f},{e:.6g},{v:.10g}\n")
    return out.getvalue()


def save_history_csv(path: str, history: dict, n_train: int, *,
                     replace_read_only: bool = False) -> Path:
    return _call(atomic_write_text, path, history_csv(history, n_train),
                 replace_read_only=replace_read_only)


# ---- weights ----
def network_of(snapshot) -> Network:
    """A Network holding a copy of a frame's weights."""
    return Network(snapshot.sizes, snapshot.activations, snapshot.loss, snapshot.params.copy())


def save_weights(path: str, snapshot, dataset, *, replace_read_only: bool = False) -> Path:
    bundle = weights.WeightsBundle.from_network(network_of(snapshot), dataset,
                                                epoch=int(snapshot.epoch),
                                                samples_seen=int(snapshot.samples_seen))
    return _call(weights.save_weights, path, bundle, replace_read_only=replace_read_only)


def save_torch_script(path: str, snapshot, dataset, hp) -> list[Path]:
    """The PyTorch script for the frame's weights, its .npz and the training data beside it."""
    from core.files.torch_script import save_torch_script as write

    bundle = weights.WeightsBundle.from_network(network_of(snapshot), dataset,
                                                epoch=int(snapshot.epoch),
                                                samples_seen=int(snapshot.samples_seen))
    return write(path, bundle, dataset.X_train, dataset.T_train, hp)


def load_weights(path: str):
    """The WeightsBundle in `path` (checked by core.files.weights)."""
    return _call(weights.load_weights, path)


# ---- sessions ----
def save_session(path: str, studio, *, replace_read_only: bool = False) -> Path:
    """Write the running trainer's session; the trainer is read on its own (worker) thread."""
    return _call(studio.call, lambda tr: session.save_session(
        path, tr, tr.data, replace_read_only=replace_read_only))


def load_session(path: str):
    """(trainer, dataset) from a session file, ready to continue where it was saved."""
    return _call(session.load_session, path)


# ---- any of them ----
def file_kind(path: str):
    """Whether `path` holds a session, weights or CSV data (core.files.kind.FileKind)."""
    return _call(kind.kind_of, path)


# ---- helpers ----
def _write(path: str, data: bytes, replace_read_only: bool) -> Path:
    return _call(atomic_write_bytes, path, data, replace_read_only=replace_read_only)


def _call(fn, *args, **kwargs):
    """Run a core file function; its BackpropStudioError or OSError becomes a FileActionError."""
    try:
        return fn(*args, **kwargs)
    except ReadOnlyFileError as exc:
        raise ReadOnlyTargetError(str(exc), exc.path) from None
    except RecursionError:
        raise FileActionError("the file is nested too deeply to process") from None
    except BackpropStudioError as exc:
        raise FileActionError(str(exc)) from None
    except OSError as exc:
        name = exc.filename or translate("FileActions", "the file")
        raise FileActionError(f"{name}: {exc.strerror or exc}") from None
    except TimeoutError as exc:
        raise FileActionError(str(exc)) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise FileActionError(translate("FileActions", "not a valid file ({error})").format(error=exc)) from None

