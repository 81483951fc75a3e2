"""Trained weights as a file holds them, and the one place that checks and dispatches weight files.

A `WeightsBundle` is what every weights format stores: the architecture, W (to, from) and b per
layer, the input normalisation and target scaling the network was trained with, the class names
and where the weights came from. `save_weights(path, bundle)` picks the format from the extension
(.json .npz .csv .onnx); `load_weights(path)` reads .json and .npz back. Formats: docs/file-formats.md.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core.checks.errors import FileFormatError, where
from core.checks.limits import MAX_FILE_BYTES
from core.data.dataset import InputNorm, TargetScaling
from core.engine.network import Network, check_architecture
from core.i18n import translate

FORMAT = "backprop-studio-weights"
VERSION = 1
MAX_WEIGHTS_BYTES = MAX_FILE_BYTES


@dataclass(eq=False)
class WeightsBundle:
    """Weights plus what is needed to use them on raw data.

    sizes (d, ..., m); activations one per weight layer; loss 'sse' | 'cross_entropy';
    W[l] (sizes[l+1], sizes[l]) so W[-1][k, j] is the seed's w_kj; b[l] (sizes[l+1],) the biases.
    """

    sizes: tuple
    activations: tuple
    loss: str
    W: list
    b: list
    input_norm: InputNorm | None = None
    target_scaling: TargetScaling | None = None
    class_names: list | None = None
    feature_names: list | None = None
    provenance: dict = field(default_factory=dict)

    @classmethod
    def from_network(cls, net: Network, dataset=None, **provenance) -> WeightsBundle:
        """Copy `net`'s weights; take normalisation, scaling and names from `dataset` if given."""
        prov = {"app_version": _app_version(),
                "saved_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")}
        if dataset is not None:
            prov["dataset"] = getattr(dataset, "name", None)
        prov.update(provenance)
        return cls(tuple(net.sizes), tuple(net.activations), net.loss,
                   [w.copy() for w in net.W], [b.copy() for b in net.b],
                   getattr(dataset, "input_norm", None), getattr(dataset, "target_scaling", None),
                   getattr(dataset, "class_names", None), getattr(dataset, "feature_names", None),
                   prov)

    @classmethod
    def from_trainer(cls, trainer, dataset=None) -> WeightsBundle:
        """Weights of a Trainer's network with its progress (epoch, samples seen, last E)."""
        E = trainer.last_epoch_E if np.isfinite(trainer.last_epoch_E) else trainer.last_E_n
        return cls.from_network(trainer.network, dataset if dataset is not None else trainer.data,
                                epoch=int(trainer.counters.epoch),
                                samples_seen=int(trainer.counters.samples_seen),
                                E=float(E) if np.isfinite(E) else None)

    def to_network(self) -> Network:
        """A new engine Network with these weights."""
        return Network.from_arrays(self.W, self.b, self.activations, self.loss)

    def forward_raw(self, X_raw: np.ndarray) -> np.ndarray:
        """Outputs (n, m) for raw inputs (n, d): normalise, run the network (what ONNX computes)."""
        X = X_raw if self.input_norm is None else self.input_norm.apply(X_raw)
        return self.to_network().forward(X)


def check_bundle(bundle: WeightsBundle, source: str | os.PathLike | None = None) -> WeightsBundle:
    """The one validator for weights: shapes fit the architecture, all values finite, names valid.

    Returns the bundle with float64 arrays; raises FileFormatError naming `source` and the layer.
    """
    at = where(source)
    sizes = tuple(bundle.sizes)
    try:
        if any(isinstance(n, bool) or int(n) != n for n in sizes):
            raise ValueError(f"layer sizes must be integers, got {list(sizes)}")
        sizes = tuple(int(n) for n in sizes)
        check_architecture(sizes, tuple(bundle.activations), bundle.loss)
    except (ValueError, TypeError, OverflowError) as exc:  # OverflowError: int(inf)
        raise FileFormatError(at + translate(
            "Weights", "architecture does not fit: {error}").format(
            error=exc)) from None
    L = len(sizes) - 1
    if len(bundle.W) != L or len(bundle.b) != L:
        raise FileFormatError(at + translate(
            "Weights", "architecture {arch} has {layer} weight layers, the file has {count} weight matrices "
            "and {count2} bias vectors").format(arch=_arch(sizes), layer=L, count=len(bundle.W), count2=len(bundle.b)))
    W, b = [], []
    for l in range(L):
        w = _finite_array(bundle.W[l], f"layer {l + 1} W", at)
        bias = _finite_array(bundle.b[l], f"layer {l + 1} b", at)
        if w.shape != (sizes[l + 1], sizes[l]):
            raise FileFormatError(at + translate(
                "Weights", "layer {number}: W has shape {shape}, architecture {arch} needs ({sizes}, {sizes2})").format(
                number=l + 1, shape=_shape(w), arch=_arch(sizes), sizes=sizes[l + 1], sizes2=sizes[l]))
        if bias.shape != (sizes[l + 1],):
            raise FileFormatError(at + translate(
                "Weights", "layer {number}: b has shape {shape}, architecture {arch} needs ({sizes},)").format(
                number=l + 1, shape=_shape(bias), arch=_arch(sizes), sizes=sizes[l + 1]))
        W.append(w)
        b.append(bias)
    if bundle.input_norm is not None and bundle.input_norm.shift.size != sizes[0]:
        raise FileFormatError(at + translate(
            "Weights", "input normalisation has {size} features, the network {sizes} inputs").format(
            size=bundle.input_norm.shift.size, sizes=sizes[0]))
    if bundle.target_scaling is not None and bundle.target_scaling.shift.size != sizes[-1]:
        raise FileFormatError(at + translate(
            "Weights", "target scaling has {size} values, the network {sizes} outputs").format(
            size=bundle.target_scaling.shift.size, sizes=sizes[-1]))
    names = bundle.class_names
    for what, value in (("class names", names), ("feature names", bundle.feature_names)):
        if value is not None and not isinstance(value, (list, tuple)):
            raise FileFormatError(at + translate("Weights", "{what} must be a list of text").format(what=what))
    if names is not None and (len(names) != (2 if sizes[-1] == 1 else sizes[-1])
                              or not all(isinstance(c, str) for c in names)):
        raise FileFormatError(at + translate(
            "Weights", "{count} class names do not fit {sizes} outputs").format(
            count=len(names), sizes=sizes[-1]))
    feats = bundle.feature_names
    if feats is not None and (len(feats) != sizes[0] or not all(isinstance(c, str) for c in feats)):
        raise FileFormatError(at + translate(
            "Weights", "{count} feature names do not fit {sizes} inputs").format(
            count=len(feats), sizes=sizes[0]))
    if not isinstance(bundle.provenance, dict):
        raise FileFormatError(at + translate("Weights", "provenance must be an object"))
    bundle.sizes, bundle.activations = sizes, tuple(bundle.activations)
    bundle.W, bundle.b = W, b
    return bundle


def check_compatible(bundle: WeightsBundle, *, sizes=None, activations=None, loss=None,
                     n_inputs=None, n_outputs=None, source=None) -> None:
    """Refuse weights that do not fit what they are loaded into, saying what differs."""
    at = where(source)
    if sizes is not None and tuple(sizes) != tuple(bundle.sizes):
        raise FileFormatError(at + translate(
            "Weights", "the weights are for a {arch} network, not {arch2}").format(
            arch=_arch(bundle.sizes), arch2=_arch(sizes)))
    if activations is not None and tuple(activations) != tuple(bundle.activations):
        raise FileFormatError(at + translate(
            "Weights", "the weights use activations {names}, not {names2}").format(
            names='/'.join(bundle.activations), names2='/'.join(activations)))
    if loss is not None and loss != bundle.loss:
        raise FileFormatError(at + translate(
            "Weights", "the weights were trained with loss {loss}, not {loss2}").format(
            loss=bundle.loss, loss2=loss))
    if n_inputs is not None and n_inputs != bundle.sizes[0]:
        raise FileFormatError(at + translate(
            "Weights", "the weights take {sizes} inputs, the data has {n_inputs}").format(
            sizes=bundle.sizes[0], n_inputs=n_inputs))
    if n_outputs is not None and n_outputs != bundle.sizes[-1]:
        raise FileFormatError(at + translate(
            "Weights", "the weights give {sizes} outputs, the data has {n_outputs} target columns").format(
            sizes=bundle.sizes[-1], n_outputs=n_outputs))


WRITABLE = (".json", ".npz", ".csv", ".onnx")  # the formats save_weights writes


def save_weights(path: str | os.PathLike, bundle: WeightsBundle, *,
                 replace_read_only: bool = False) -> Path:
    """Write `bundle` in the format named by the extension (.json .npz .csv .onnx); a read-only
    file is replaced only with `replace_read_only` (core/files/atomic_write.py)."""
    from core.files import weights_csv_writer, weights_json, weights_npz, weights_onnx  # they import this module

    writers = {".json": weights_json.save_weights_json, ".npz": weights_npz.save_weights_npz,
               ".csv": weights_csv_writer.save_weights_csv, ".onnx": weights_onnx.save_weights_onnx}
    assert tuple(writers) == WRITABLE
    return _format_for(writers, path, writing=True)(path, bundle,
                                                         replace_read_only=replace_read_only)


def check_weights_path(path: str | os.PathLike, *, replace_read_only: bool = False) -> None:
    """Refuse, as save_weights would, a path whose extension names no format or that cannot be
    written (no such folder, a folder, a read-only file), without writing anything: for callers
    that check their outputs before long work."""
    from core.files.atomic_write import writable_target

    _format_for(dict.fromkeys(WRITABLE), path, writing=True)
    writable_target(path, replace_read_only=replace_read_only)


def load_weights(path: str | os.PathLike) -> WeightsBundle:
    """Read weights from a .json or .npz file written by `save_weights` (or by hand, see docs)."""
    from core.files import weights_json, weights_npz  # they import this module

    readers = {".json": weights_json.load_weights_json, ".npz": weights_npz.load_weights_npz}
    return _format_for(readers, path, writing=False)(path)


def _format_for(table: dict, path, writing: bool):
    ext = Path(path).suffix.lower()
    if ext not in table:
        ext_text = ext or translate("Weights", "no extension")
        message = (translate("Weights", "{name}: cannot save weights as '{ext}'; use {names}") if writing else
                   translate("Weights", "{name}: cannot read weights from '{ext}'; use {names}"))
        raise FileFormatError(message.format(name=Path(path).name, ext=ext_text, names=" ".join(table)))
    return table[ext]


def _finite_array(value, what: str, at: str) -> np.ndarray:
    try:
        a = np.asarray(value, dtype=np.float64)
    except (ValueError, TypeError, OverflowError):
        raise FileFormatError(at + translate(
            "Weights", "{what} is not a rectangular array of numbers").format(
            what=what)) from None
    bad = ~np.isfinite(a)
    if bad.any():
        pos = tuple(int(i) for i in np.argwhere(bad)[0])
        raise FileFormatError(at + translate(
            "Weights", "{what} has a non-finite value ({flat}) at index {value}").format(
            what=what, flat=a[bad].flat[0], value=pos if len(pos) != 1 else pos[0]))
    return a


def _shape(a: np.ndarray) -> str:
    return "(" + ", ".join(map(str, a.shape)) + ("," if a.ndim == 1 else "") + ")"


def _arch(sizes) -> str:
    return "-".join(map(str, sizes))


def _app_version() -> str:
    import core

    return getattr(core, "__version__", "unknown")
